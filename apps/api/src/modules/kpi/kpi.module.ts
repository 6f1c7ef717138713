import { Module } from '@nestjs/common';
import { KpiQueryService } from './kpi-query.service';
import { KpiResolver } from './kpi.resolver';

/** The KPI engine: dashboards, breakdowns and drill-downs; exports KpiQueryService for the self-assessment. */
@Module({ providers: [KpiResolver, KpiQueryService], exports: [KpiQueryService] })
export class KpiModule {}
