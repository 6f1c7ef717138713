import {
  calendarBuckets,
  KPI_KEYS,
  KPI_TIME_DIMENSIONS,
  resolvePeriod,
  type KpiBreakdown,
  type KpiBreakdownRow,
  type KpiDimension,
  type KpiKey,
  type KpiSummary,
  type KpiTargets,
  type KpiRecordDimension,
  type KpiTimeDimension,
  type KpiValues,
  type PeriodWindow,
} from '@stardesk/domain';
import type { EntityManager } from 'typeorm';
import { OrganisationEntity } from '../entities';
import type { KpiRollupDimension } from '../entities/kpi-daily-rollup.entity';
import { rollupTargetsJson } from './kpi-rollups';
import { AGGREGATES, EMPTY_ROW, num, summaryOf, type AggregateRow } from './kpi-aggregate-row';
import { exactPercentiles, type ExactPercentiles, type PercentileRow } from './kpi-exact-percentiles';
import { rollupDimensionOf, rollupSelection } from './kpi-rollup-selection';
import { loadKpiTargets } from './kpi-targets.loader';
import {
  lateUnacknowledgedSelect,
  requestPercentilesSelect,
  SOURCE_ROLES,
  sourceSelect,
  type KpiDimensionFilters, type KpiGrouping, type SourceContext, type SourceRole } from './kpi-sql-sources';
import { SqlParams, targetsCte } from './kpi-sql-expressions';

/**
 * Every KPI of kpis.md computed in PostgreSQL, the same numbers as the domain's computeKpis and
 * computeKpiBreakdown (a property-based test holds them together). Request KPIs read the fact table
 * kept by triggers (kpi_request_facts); complaints, ratings, invitations and staff are read from their
 * own tables through their (org, instant) indexes. Rates and averages are assembled with the
 * domain's own arithmetic (rate, roundedRatio) from exact counts; percentiles are percentile_disc.
 *
 * Dashboards read the daily rollups (kpi-rollups.ts) instead of the facts when they can answer: totals,
 * calendar trends and breakdowns with at most one rollup dimension among the filters and the grouping
 * (region and outlet share the outlet rows, category and model the product rows), while the rollups
 * were built in the organisation's zone with the very targets of the query. Otherwise, and for the
 * drill-down, the facts. On the rollup path the exact percentiles of totals and trends come from the duration
 * histograms and one bucket of facts (kpi-exact-percentiles.ts), those of record breakdowns from one scan of the
 * facts; the late unacknowledged requests always from the facts.
 */

/** A reporting period of local dates `[from, to)` in the organisation's time zone. */
export interface KpiPeriodInput {
  from: string;
  to: string;
}

export interface KpiQueryOptions {
  filters?: KpiDimensionFilters;
  /** Evaluation time (decides which unacknowledged requests are already late); defaults to now. */
  now?: Date;
  /** The period's window and targets when the caller has already read them (prepare, with the same period and now). */
  prepared?: PreparedPeriod;
}

/** A period resolved in the organisation's zone, with the targets in force at its evaluation. */
export interface PreparedPeriod {
  window: PeriodWindow;
  targets: KpiTargets;
}

/** What a period is measured against: the organisation's zone and the targets in force. */
export interface KpiPolicy {
  timeZone: string;
  targets: KpiTargets;
}

/**
 * The organisation's time zone and its targets (defaults ← settings ← approved commitments ← outlet
 * overrides), as in force at `at`: the evaluation time, or the period's end for a past period.
 */
export async function loadKpiPolicy(manager: EntityManager, orgId: string, at: Date): Promise<KpiPolicy> {
  const [organisation, targets] = await Promise.all([
    manager.getRepository(OrganisationEntity).findOneByOrFail({ id: orgId }),
    loadKpiTargets(manager, orgId, at),
  ]);
  return { timeZone: organisation.timeZone, targets };
}

export function isTimeDimension(dimension: KpiDimension): dimension is KpiTimeDimension {
  return (KPI_TIME_DIMENSIONS as readonly string[]).includes(dimension);
}

function groupingOf(dimension: KpiDimension | null): KpiGrouping {
  if (dimension === null) return { kind: 'total' };
  return isTimeDimension(dimension) ? { kind: 'time', dimension } : { kind: 'record', dimension: dimension as KpiRecordDimension };
}

/** The sources a KPI's population is drawn from (the drill-down lists their records). */
export const KPI_SOURCE: Record<KpiKey, SourceRole> = {
  requestCount: 'reported',
  responseMinutes: 'reported',
  responseOnTimeRate: 'reported',
  arrivalOnTimeRate: 'reported',
  resolutionHours: 'resolved',
  firstTimeFixRate: 'resolved',
  repeatRepairRate: 'resolved',
  returnVisitRate: 'closed',
  csatRate: 'rating',
  avgRating: 'rating',
  nps: 'rating',
  surveyResponseRate: 'invitation',
  csi: 'rating',
  complaintRate: 'complaintReceived',
  complaintTimelyRate: 'complaintClosed',
  complaintResolutionRate: 'complaintClosed',
  complaintHours: 'complaintClosed',
  certifiedStaffRate: 'staff',
  trainingHoursPerStaff: 'staff',
};

/** A record behind a figure: why it is in the population and whether it counts. */
export interface KpiRecordRow {
  id: string;
  cursor_key: string;
  role: SourceRole;
  code: string | null;
  at: Date;
  k: string | null;
  value: number | null;
  value2: number | null;
  target: number | null;
  pop: boolean | null;
  ok: boolean | null;
  ok2: boolean | null;
}

/** Which records of a source are in a KPI's population, which count, and which pull the figure the wrong way. */
const RECORD_RULES: Record<KpiKey, { population: string; counts: string | null; failing: string }> = {
  requestCount: { population: 'true', counts: null, failing: 'false' },
  responseMinutes: { population: 'r.value IS NOT NULL', counts: null, failing: 'r.value > r.target' },
  responseOnTimeRate: { population: 'r.pop', counts: 'r.ok', failing: 'NOT r.ok' },
  arrivalOnTimeRate: { population: 'r.value2 IS NOT NULL', counts: 'r.ok2', failing: 'NOT r.ok2' },
  resolutionHours: { population: 'true', counts: null, failing: 'r.value > r.target' },
  firstTimeFixRate: { population: 'r.pop', counts: 'r.ok', failing: 'NOT r.ok' },
  repeatRepairRate: { population: 'r.pop', counts: 'r.ok2', failing: 'r.ok2' },
  returnVisitRate: { population: 'true', counts: 'r.ok', failing: 'NOT r.ok' },
  csatRate: { population: 'true', counts: 'r.ok', failing: 'NOT r.ok' },
  avgRating: { population: 'true', counts: null, failing: 'r.value < 4' },
  nps: { population: 'r.value2 IS NOT NULL', counts: 'r.value2 >= 9', failing: 'r.value2 <= 6' },
  surveyResponseRate: { population: 'true', counts: 'r.ok', failing: 'NOT r.ok' },
  csi: { population: 'r.target IS NOT NULL', counts: null, failing: 'r.target < 0.6' },
  complaintRate: { population: 'true', counts: null, failing: 'true' },
  complaintTimelyRate: { population: 'true', counts: 'r.ok', failing: 'NOT r.ok' },
  complaintResolutionRate: { population: 'true', counts: 'r.ok2', failing: 'NOT r.ok2' },
  complaintHours: { population: 'true', counts: null, failing: 'r.value > r.target' },
  certifiedStaffRate: { population: 'r.pop', counts: 'r.ok', failing: 'NOT r.ok' },
  trainingHoursPerStaff: { population: 'true', counts: null, failing: 'r.value = 0' },
};

/** A drill-down as a statement for keyset paging: `SELECT ... FROM (...) r` and its conditions. */
export interface KpiRecordsQuery {
  select: string;
  where: string;
  params: unknown[];
  keyColumn: string;
  idColumn: string;
  counts: string | null;
}

/**
 * Whether the engine reads the daily rollups (kpi-rollups.ts) where they can answer: `auto` (the
 * default), `never` (always the facts: the reference the benchmark compares with), `required` (as auto,
 * but an organisation whose rollups are missing or stale is an error: tests that must take the rollup path).
 */
export type KpiRollupUse = 'auto' | 'never' | 'required';

/** The roles whose additive parts the rollups hold, and the aggregate columns they answer. */
const ROLLED_UP_ROLES: readonly SourceRole[] = ['reported', 'resolved', 'closed', 'rating'];
const ROLLED_UP_COLUMNS = new Set(['request_count', 'resp_n', 'resp_mean', 'resp_p50', 'resp_p90', 'resp_pop', 'resp_ok', 'arr_pop', 'arr_ok',
  'res_n', 'res_mean', 'res_p50', 'res_p90', 'repair_n', 'ftf_ok', 'repeat_ok', 'closed_n', 'rv_ok', 'rating_n', 'csat_ok', 'rating_sum', 'nps_n',
  'promoters', 'detractors', 'csi_n', 'csi_mean']);

export class KpiSqlEngine {
  private readonly rollups: KpiRollupUse;

  constructor(
    private readonly manager: EntityManager,
    options: { rollups?: KpiRollupUse } = {},
  ) {
    this.rollups = options.rollups ?? 'auto';
  }

  /** The window of a period in the organisation's zone, with the targets in force at its evaluation. */
  async prepare(orgId: string, period: KpiPeriodInput, now: Date, organisation?: Pick<OrganisationEntity, 'id' | 'timeZone'>): Promise<PreparedPeriod> {
    // The caller's organisation row when it has one (the API's org guard read it for this request).
    const zone = organisation?.id === orgId ? organisation : await this.manager.getRepository(OrganisationEntity).findOneByOrFail({ id: orgId });
    const window = resolvePeriod({ from: period.from, to: period.to, timeZone: zone.timeZone });
    // Targets as they stood at the period's end, or now for a period still running.
    const at = now.getTime() < window.end.getTime() ? now : new Date(window.end.getTime() - 1);
    return { window, targets: await loadKpiTargets(this.manager, orgId, at) };
  }

  /** Every KPI of the period, in the shape of the domain's computeKpis. */
  async totals(orgId: string, period: KpiPeriodInput, options: KpiQueryOptions = {}): Promise<KpiValues> {
    return (await this.summary(orgId, period, options)).kpis;
  }

  async summary(orgId: string, period: KpiPeriodInput, options: KpiQueryOptions = {}): Promise<KpiSummary> {
    const now = options.now ?? new Date();
    const { window, targets } = options.prepared ?? (await this.prepare(orgId, period, now));
    const rows = await this.aggregate({ orgId, window, targets, now, filters: options.filters ?? {}, grouping: { kind: 'total' } });
    return summaryOf(rows[0] ?? EMPTY_ROW);
  }

  /** Every KPI cut by `dimension`, rows as the domain's computeKpiBreakdown (and adding up to the total). */
  async breakdown(orgId: string, period: KpiPeriodInput, dimension: KpiDimension, options: KpiQueryOptions = {}): Promise<KpiBreakdown> {
    const now = options.now ?? new Date();
    const { window, targets } = options.prepared ?? (await this.prepare(orgId, period, now));
    const base = { orgId, window, targets, now, filters: options.filters ?? {} };
    const grouping = groupingOf(dimension);
    const buckets = grouping.kind === 'time' ? calendarBuckets(window.from, window.to, grouping.dimension) : undefined;
    const [totalRows, rows] =
      grouping.kind === 'time'
        ? await this.aggregateWithTotal({ ...base, grouping, buckets })
        : await Promise.all([this.aggregate({ ...base, grouping: { kind: 'total' } }), this.aggregate({ ...base, grouping, buckets })]);
    const total = summaryOf(totalRows[0] ?? EMPTY_ROW);
    const byKey = new Map(rows.map((row) => [row.k, row]));
    if (buckets) {
      return {
        dimension,
        total,
        rows: buckets.map((bucket) => ({
          key: bucket.key,
          period: { from: bucket.from, to: bucket.to, timeZone: window.timeZone },
          ...summaryOf(byKey.get(bucket.key) ?? EMPTY_ROW),
        })),
      };
    }
    const breakdownRows: KpiBreakdownRow[] = rows
      .map((row) => ({ key: row.k, period: null, ...summaryOf(row) }))
      .filter((row) => KPI_KEYS.some((kpi) => row.populations[kpi] > 0));
    breakdownRows.sort((a, b) => (a.key === b.key ? 0 : a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : 1));
    return { dimension, total, rows: breakdownRows };
  }

  /**
   * The records behind one KPI's figure (raw rows: the drill-down), as a statement the API pages
   * through with its keyset helper, ordered by the instant that puts each in the period.
   */
  async recordsQuery(
    orgId: string,
    period: KpiPeriodInput,
    kpi: KpiKey,
    options: KpiQueryOptions & { onlyFailing?: boolean },
  ): Promise<KpiRecordsQuery> {
    const now = options.now ?? new Date();
    const { window, targets } = await this.prepare(orgId, period, now);
    const params = new SqlParams();
    const context: SourceContext = { orgId, window, targets, now, filters: options.filters ?? {}, grouping: { kind: 'total' } };
    const ctes = targetsCte(params, targets);
    const source = sourceSelect(params, context, KPI_SOURCE[kpi], { withCode: true });
    const rules = RECORD_RULES[kpi];
    const where = [rules.population];
    if (options.onlyFailing) where.push(`COALESCE(${rules.failing}, false)`);
    return {
      select: `WITH ${ctes} SELECT r.*, to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_key${
        rules.counts ? `, (${rules.counts}) AS counts` : ', NULL::boolean AS counts'
      }, COALESCE(${rules.failing}, false) AS failing FROM (${source}) r`,
      where: where.join(' AND '),
      params: params.values,
      keyColumn: 'r.at',
      idColumn: 'r.id',
      counts: rules.counts,
    };
  }

  /** The aggregates of a context: from the daily rollups when they can answer it, else from the facts. */
  private async aggregate(context: SourceContext): Promise<AggregateRow[]> {
    const dimension = this.rollups === 'never' ? null : rollupDimensionOf(context);
    if (dimension !== null && (await this.rollupsMatch(context))) return this.aggregateWithRollups(context, dimension);
    return this.aggregateFacts(context, SOURCE_ROLES);
  }

  /**
   * A calendar trend and its total together: on the rollups in one pass per source (GROUPING SETS, the total
   * as the row with key null; calendar keys are never null), on the facts as two aggregates.
   */
  private async aggregateWithTotal(context: SourceContext): Promise<[AggregateRow[], AggregateRow[]]> {
    const total: SourceContext = { ...context, grouping: { kind: 'total' } };
    const dimension = this.rollups === 'never' ? null : rollupDimensionOf(context);
    if (dimension === null || !(await this.rollupsMatch(context))) {
      return Promise.all([this.aggregateFacts(total, SOURCE_ROLES), this.aggregateFacts(context, SOURCE_ROLES)]);
    }
    const rows = await this.aggregateWithRollups(context, dimension, { withTotal: true });
    return [rows.filter((row) => row.k === null), rows.filter((row) => row.k !== null)];
  }

  private async aggregateFacts(context: SourceContext, roles: readonly SourceRole[]): Promise<AggregateRow[]> {
    const params = new SqlParams();
    const ctes = targetsCte(params, context.targets);
    const sources = roles.map((role) => sourceSelect(params, context, role)).join('\n UNION ALL\n');
    return this.manager.query(`WITH ${ctes} SELECT k, ${AGGREGATES} FROM (${sources}) u GROUP BY k`, params.values);
  }

  /** Whether the organisation's rollups were built in the period's zone with exactly these targets. */
  private async rollupsMatch(context: SourceContext): Promise<boolean> {
    const rows: { same: boolean }[] = await this.manager.query(
      `SELECT time_zone = $2 AND targets = $3::jsonb AS same FROM kpi_rollup_policies WHERE org_id = $1`,
      [context.orgId, context.window.timeZone, rollupTargetsJson(context.targets)],
    );
    const same = rows[0]?.same === true;
    if (!same && this.rollups === 'required') throw new Error(`The KPI rollups of organisation ${context.orgId} are missing or were built with other targets`);
    return same;
  }

  /**
   * Request KPIs from the daily rollups (days × groups rows), plus what they cannot hold: the exact
   * percentiles and the late unacknowledged requests from the facts; complaints, ratings, invitations
   * and staff from their own tables as always.
   */
  private async aggregateWithRollups(context: SourceContext, dimension: KpiRollupDimension, { withTotal = false } = {}): Promise<AggregateRow[]> {
    const others = SOURCE_ROLES.filter((role) => !ROLLED_UP_ROLES.includes(role));
    const lateParams = new SqlParams();
    const lateSql = `WITH ${targetsCte(lateParams, context.targets)} ${lateUnacknowledgedSelect(lateParams, context, { withTotal })}`;
    const [sums, { reported: responses, resolved: resolutions }, late, rest, restTotal] = await Promise.all([
      this.rollupSums(context, dimension, withTotal),
      this.percentiles(context, dimension, withTotal),
      this.manager.query(lateSql, lateParams.values) as Promise<AggregateRow[]>,
      this.aggregateFacts(context, others),
      // Staff are counted at the end of each calendar bucket and of the period: not a grouping set of the trend.
      withTotal ? this.aggregateFacts({ ...context, grouping: { kind: 'total' } }, others) : Promise.resolve([]),
    ]);
    const merged = new Map<string | null, AggregateRow>();
    const row = (k: string | null): AggregateRow => {
      let existing = merged.get(k);
      if (!existing) merged.set(k, (existing = { k }));
      return existing;
    };
    for (const other of [...restTotal, ...rest]) {
      for (const [column, value] of Object.entries(other)) if (!ROLLED_UP_COLUMNS.has(column)) row(other.k)[column] = value;
    }
    for (const sum of sums) Object.assign(row(sum.k), sum);
    for (const [prefix, percentileRows] of [['resp', responses], ['res', resolutions]] as const) {
      for (const { k, p } of percentileRows) Object.assign(row(k), { [`${prefix}_p50`]: p?.[0] ?? null, [`${prefix}_p90`]: p?.[1] ?? null });
    }
    for (const pending of late) {
      const target = row(pending.k);
      target.resp_pop = num(target, 'resp_pop') + num(pending, 'late_unacknowledged');
    }
    return [...merged.values()];
  }

  /** Totals and calendar trends: from the duration histograms and one bucket of facts; record breakdowns: one scan of the period's facts. */
  private async percentiles(context: SourceContext, dimension: KpiRollupDimension, withTotal: boolean): Promise<ExactPercentiles> {
    if (context.grouping.kind !== 'record') return exactPercentiles(this.manager, context, dimension, { withTotal });
    const scan = (role: 'reported' | 'resolved'): Promise<PercentileRow[]> => {
      const params = new SqlParams();
      return this.manager.query(requestPercentilesSelect(params, context, role), params.values);
    };
    const [reported, resolved] = await Promise.all([scan('reported'), scan('resolved')]);
    return { reported, resolved };
  }

  private rollupSums(context: SourceContext, dimension: KpiRollupDimension, withTotal: boolean): Promise<AggregateRow[]> {
    const params = new SqlParams();
    const { key, joins, where } = rollupSelection(params, context, dimension);
    return this.manager.query(
      `SELECT ${key} AS k, sum(r.rep_n) AS request_count, sum(r.ack_n) AS resp_n,
          (sum(r.ack_us) / NULLIF(sum(r.ack_n), 0))::float8 / 60000000 AS resp_mean, sum(r.ack_n) AS resp_pop, sum(r.resp_ok) AS resp_ok,
          sum(r.arr_pop) AS arr_pop, sum(r.arr_ok) AS arr_ok, sum(r.res_n) AS res_n,
          (sum(r.res_us) / NULLIF(sum(r.res_n), 0))::float8 / 3600000000 AS res_mean, sum(r.repair_n) AS repair_n, sum(r.ftf_ok) AS ftf_ok,
          sum(r.repeat_ok) AS repeat_ok, sum(r.closed_n) AS closed_n, sum(r.rv_ok) AS rv_ok, sum(r.rating_n) AS rating_n,
          sum(r.csat_ok) AS csat_ok, sum(r.rating_sum) AS rating_sum, sum(r.nps_n) AS nps_n, sum(r.promoters) AS promoters,
          sum(r.detractors) AS detractors, sum(r.csi_n) AS csi_n, (sum(r.csi_sum) / NULLIF(sum(r.csi_n), 0))::float8 AS csi_mean
        FROM kpi_daily_rollups r${joins} WHERE ${where.join(' AND ')} GROUP BY ${withTotal ? 'GROUPING SETS ((), (1))' : '1'}`,
      params.values,
    );
  }
}
