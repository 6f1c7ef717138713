import { UseGuards } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { PageArgs } from '../../core/pagination/page-args';
import { KpiBreakdownInput, KpiDashboardInput, KpiRecordsInput } from './dto/kpi-period.input';
import { KpiQueryService } from './kpi-query.service';
import { KpiBreakdown, KpiDashboard, KpiRecordConnection } from './kpi.model';
import { Allow, ROLES } from '../../core/auth/access.decorators';

@Allow(...ROLES.OVERSIGHT)
@Resolver()
@UseGuards(OrgContextGuard)
export class KpiResolver {
  constructor(private readonly service: KpiQueryService) {}

  @Query(() => KpiDashboard, { description: 'Every KPI of kpis.md over [from, to) (local dates): cards, previous period, targets and the trend' })
  kpiDashboard(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: KpiDashboardInput): Promise<KpiDashboard> {
    return this.service.dashboard(organisation.id, input, organisation);
  }

  @Query(() => KpiBreakdown, { description: 'Every KPI cut by a calendar bucket or a record dimension; the rows add up to the total' })
  kpiBreakdown(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: KpiBreakdownInput): Promise<KpiBreakdown> {
    return this.service.breakdown(organisation.id, input);
  }

  @Query(() => KpiRecordConnection, { description: 'The records behind a KPI figure (drill-down), each with why it counts' })
  kpiRecords(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: KpiRecordsInput, @Args() page: PageArgs): Promise<KpiRecordConnection> {
    return this.service.records(organisation.id, input, page);
  }
}
