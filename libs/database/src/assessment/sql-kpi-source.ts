import type { AssessmentKpiSource, KpiValues, Period } from '@stardesk/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { KpiSqlEngine } from '../kpi/kpi-sql-engine';

/** KPI criteria read the same figures the dashboards show: the SQL engine, in the organisation's zone. */
export class SqlKpiSource implements AssessmentKpiSource {
  constructor(
    private readonly database: DataSource | EntityManager,
    private readonly now: () => Date = () => new Date(),
  ) {}

  periodKpis(orgId: string, period: Period): Promise<KpiValues> {
    const manager = 'manager' in this.database ? this.database.manager : this.database;
    return new KpiSqlEngine(manager).totals(orgId, { from: period.from, to: period.to }, { now: this.now() });
  }
}
