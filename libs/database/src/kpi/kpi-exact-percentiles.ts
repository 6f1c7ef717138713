import { startOfNextMonth } from '@stardesk/domain';
import type { EntityManager } from 'typeorm';
import type { KpiRollupDimension } from '../entities/kpi-daily-rollup.entity';
import { durationBucket, type KpiHistogramMeasure } from './kpi-duration-buckets';
import { rollupSelection } from './kpi-rollup-selection';
import { hoursBetween, minutesBetween, SqlParams } from './kpi-sql-expressions';
import { leanRequestFrom, requestFilters, type SourceContext } from './kpi-sql-sources';

/**
 * The exact p50 and p90 (nearest rank, percentile_disc) of responseMinutes and resolutionHours for a
 * total or a calendar trend, in two steps whose cost does not follow the period's facts:
 *
 * 1. The per-day duration histograms (KpiDurationHistogramEntity), summed over the period's days per
 *    row key: each percentile's rank, the bucket holding it, and its rank inside that bucket. Buckets are
 *    monotone in the exact duration, so every fact of a lower bucket comes before every fact of this one.
 * 2. One lookup per percentile over the facts of that bucket only (an expression index leads with it),
 *    ordered by the exact duration: the value at that rank.
 *
 * Same figures as `percentile_disc(ARRAY[0.5, 0.9])` over the facts (requestPercentilesSelect), which
 * stays the path for record breakdowns; the KPI property test holds the two together.
 */

/** Percentiles per row key, in the shape of requestPercentilesSelect's rows: `p` = [p50, p90]. */
export interface PercentileRow {
  k: string | null;
  p: (number | null)[] | null;
}

export interface ExactPercentiles {
  reported: PercentileRow[];
  resolved: PercentileRow[];
}

const PERCENTS = [50, 90] as const;

/** What each measure reads: its instant (the day it counts on), the duration's two ends and its value in the KPI's unit. */
const MEASURES: Record<KpiHistogramMeasure, { role: 'reported' | 'resolved'; instant: string; end: string; value: string }> = {
  RESPONSE: { role: 'reported', instant: 'f.reported_at', end: 'f.acknowledged_at', value: minutesBetween('f.acknowledged_at', 'f.reported_at') },
  RESOLUTION: { role: 'resolved', instant: 'f.resolved_at', end: 'f.resolved_at', value: hoursBetween('f.resolved_at', 'f.reported_at') },
};

/**
 * `context.grouping` must be the total or a calendar one (with its buckets); `withTotal` adds the total's
 * row (k null) to a calendar grouping's rows in the same statements (GROUPING SETS).
 */
export async function exactPercentiles(
  manager: EntityManager,
  context: SourceContext,
  dimension: KpiRollupDimension,
  { withTotal = false }: { withTotal?: boolean } = {},
): Promise<ExactPercentiles> {
  if (context.grouping.kind === 'record') throw new Error('exactPercentiles answers totals and calendar trends only');
  const groups = await histogramGroups(manager, context, dimension, withTotal);
  const lookups = groups.flatMap(locate);
  const measures = Object.keys(MEASURES) as KpiHistogramMeasure[];
  const values = await Promise.all(measures.map((measure) => lookupValues(manager, context, lookups.filter((lookup) => lookup.group.measure === measure))));
  measures.forEach((measure, m) => {
    lookups.filter((lookup) => lookup.group.measure === measure).forEach((lookup, i) => (lookup.group.p[lookup.percentIndex] = values[m]![i] ?? null));
  });
  return {
    reported: groups.filter((group) => group.measure === 'RESPONSE').map(({ k, p }) => ({ k, p })),
    resolved: groups.filter((group) => group.measure === 'RESOLUTION').map(({ k, p }) => ({ k, p })),
  };
}

/** One row key of one measure: the local dates it covers, its buckets' counts in ascending bucket order, and its percentiles once found. */
interface HistogramGroup {
  measure: KpiHistogramMeasure;
  k: string | null;
  from: string;
  to: string;
  buckets: [bucket: number, n: number][];
  p: (number | null)[];
}

async function histogramGroups(manager: EntityManager, context: SourceContext, dimension: KpiRollupDimension, withTotal: boolean): Promise<HistogramGroup[]> {
  const params = new SqlParams();
  const { key, joins, where } = rollupSelection(params, context, dimension, { days: false });
  where.push(spanCondition(params, context));
  const grouping = context.grouping.kind === 'time' && withTotal ? 'GROUPING SETS ((r.measure, r.bucket), (1, r.measure, r.bucket))' : '1, r.measure, r.bucket';
  const rows: { k: string | null; measure: KpiHistogramMeasure; bucket: number; n: string }[] = await manager.query(
    `SELECT ${key} AS k, r.measure, r.bucket, sum(r.n)::int8 AS n FROM kpi_duration_histograms r${joins}
      WHERE ${where.join(' AND ')} GROUP BY ${grouping} HAVING sum(r.n) > 0 ORDER BY 2, 1, 3`,
    params.values,
  );
  const spans = new Map((context.buckets ?? []).map((bucket) => [bucket.key, bucket]));
  const whole = context.window;
  const groups = new Map<string, HistogramGroup>();
  for (const row of rows) {
    const id = `${row.measure}\u0000${row.k}`;
    let group = groups.get(id);
    if (!group) {
      // A calendar bucket's dates (calendarBuckets clips them to the period, as the histogram's days are).
      const span = row.k === null ? whole : (spans.get(row.k) ?? whole);
      groups.set(id, (group = { measure: row.measure, k: row.k, from: span.from, to: span.to, buckets: [], p: [null, null] }));
    }
    group.buckets.push([Number(row.bucket), Number(row.n)]);
  }
  return [...groups.values()];
}

/**
 * The histogram rows of the period: its whole calendar months from MONTH rows, the days before the first and
 * after the last whole month from DAY rows; a day or week trend reads DAY rows only (its buckets cut months).
 */
function spanCondition(params: SqlParams, context: SourceContext): string {
  const { from, to } = context.window;
  const days = (start: string, end: string) => `(r.span = 'DAY' AND r.day >= ${params.add(start)}::date AND r.day < ${params.add(end)}::date)`;
  const firstWhole = from.endsWith('-01') ? from : startOfNextMonth(from);
  const afterLastWhole = `${to.slice(0, 8)}01`;
  const byMonth = context.grouping.kind === 'total' || (context.grouping.kind === 'time' && context.grouping.dimension === 'month');
  if (!byMonth || firstWhole >= afterLastWhole) return days(from, to);
  const months = `(r.span = 'MONTH' AND r.day >= ${params.add(firstWhole)}::date AND r.day < ${params.add(afterLastWhole)}::date)`;
  return `(${[days(from, firstWhole), months, days(afterLastWhole, to)].join(' OR ')})`;
}

/** One percentile to look up: its group, which percentile, the bucket that holds its rank and the rank inside that bucket. */
interface Lookup {
  group: HistogramGroup;
  percentIndex: number;
  bucket: number;
  rank: number;
}

/** Nearest rank as percentile_disc and the domain's nearestRank: the ⌈percent × n / 100⌉-th value, at least the first. */
function rankOf(percent: number, n: number): number {
  return Math.max(1, Math.ceil((percent * n) / 100));
}

function locate(group: HistogramGroup): Lookup[] {
  const n = group.buckets.reduce((sum, [, count]) => sum + count, 0);
  return PERCENTS.map((percent, percentIndex) => {
    const rank = rankOf(percent, n);
    let before = 0;
    for (const [bucket, count] of group.buckets) {
      if (before + count >= rank) return { group, percentIndex, bucket, rank: rank - before };
      before += count;
    }
    throw new Error('A percentile rank beyond its histogram');
  });
}

/** The value at each lookup's rank among the facts of its bucket and dates (one statement per measure). */
async function lookupValues(manager: EntityManager, context: SourceContext, lookups: Lookup[]): Promise<(number | null)[]> {
  if (lookups.length === 0) return [];
  const { instant, end, value } = MEASURES[lookups[0]!.group.measure];
  const params = new SqlParams();
  const filters = requestFilters(params, context);
  const zone = params.add(context.window.timeZone);
  const where = [
    `f.org_id = ${params.add(context.orgId)}::uuid`,
    'NOT f.cancelled',
    `${end} IS NOT NULL`,
    `${durationBucket('f.reported_at', end)} = t.bucket`,
    `${instant} >= (t.from_day::timestamp AT TIME ZONE ${zone}::text)`,
    `${instant} < (t.to_day::timestamp AT TIME ZONE ${zone}::text)`,
    ...filters,
  ];
  const rows: { i: number; v: number | null }[] = await manager.query(
    `SELECT t.i, (SELECT ${value} FROM ${leanRequestFrom(filters.join(' '))} WHERE ${where.join(' AND ')}
        ORDER BY ${end} - f.reported_at OFFSET t.rank - 1 LIMIT 1) AS v
      FROM unnest(${params.add(lookups.map((_, i) => i))}::int[], ${params.add(lookups.map((lookup) => lookup.bucket))}::int[],
        ${params.add(lookups.map((lookup) => lookup.rank))}::int[], ${params.add(lookups.map((lookup) => lookup.group.from))}::date[],
        ${params.add(lookups.map((lookup) => lookup.group.to))}::date[]) AS t(i, bucket, rank, from_day, to_day)`,
    params.values,
  );
  const values: (number | null)[] = lookups.map(() => null);
  for (const row of rows) values[row.i] = row.v === null ? null : Number(row.v);
  return values;
}
