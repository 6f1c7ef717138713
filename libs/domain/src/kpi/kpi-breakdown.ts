import { KPI_KEYS } from './kpi-catalog';
import { calendarBuckets, KPI_TIME_DIMENSIONS, type KpiTimeDimension } from './kpi-calendar';
import { buildKpiLookup, buildKpiScope, type KpiContext } from './kpi-context';
import { KPI_RECORD_DIMENSIONS, partitionScope, type KpiRecordDimension } from './kpi-dimensions';
import { resolvePeriod, type Period } from './kpi-period';
import type { KpiDataset } from './kpi-records';
import type { KpiTargets } from './kpi-targets';
import { summariseKpis, type KpiSummary } from './compute-kpis';

export const KPI_DIMENSIONS = [...KPI_TIME_DIMENSIONS, ...KPI_RECORD_DIMENSIONS] as const;
export type KpiDimension = KpiTimeDimension | KpiRecordDimension;

export interface KpiBreakdownRow extends KpiSummary {
  /** Bucket label (`2026-01-05`, `2026-W02`, `2026-01`) or dimension value; null: records without one. */
  key: string | null;
  /** The sub-period of a calendar bucket, clipped to the period; null for other dimensions. */
  period: Period | null;
}

export interface KpiBreakdown {
  dimension: KpiDimension;
  total: KpiSummary;
  rows: KpiBreakdownRow[];
}

function isTimeDimension(dimension: KpiDimension): dimension is KpiTimeDimension {
  return (KPI_TIME_DIMENSIONS as readonly string[]).includes(dimension);
}

/**
 * Every KPI cut by `dimension`. Calendar rows are the local day / ISO week / month buckets of the
 * period, every one listed (an empty bucket is a null point on a chart, not a gap); people KPIs of a
 * bucket are taken at the bucket's end, so their head counts are snapshots and do not add up over
 * time. Other rows partition the records by value, so every population adds up to the total's;
 * values with no record counted in the period are left out. The same whole-dataset lookup serves
 * every row, so a repeat repair is found even when it falls in another row.
 */
export function computeKpiBreakdown(
  dataset: KpiDataset,
  period: Period,
  targets: KpiTargets,
  now: Date,
  dimension: KpiDimension,
): KpiBreakdown {
  const lookup = buildKpiLookup(dataset);
  const context: KpiContext = { window: resolvePeriod(period), targets, now, scope: buildKpiScope(dataset, lookup), lookup };
  const total = summariseKpis(context);
  if (isTimeDimension(dimension)) {
    const rows = calendarBuckets(context.window.from, context.window.to, dimension).map((bucket) => {
      const bucketPeriod: Period = { from: bucket.from, to: bucket.to, timeZone: context.window.timeZone };
      return { key: bucket.key, period: bucketPeriod, ...summariseKpis({ ...context, window: resolvePeriod(bucketPeriod) }) };
    });
    return { dimension, total, rows };
  }
  const rows: KpiBreakdownRow[] = [];
  for (const [key, scope] of partitionScope(context.scope, lookup, dimension)) {
    const summary = summariseKpis({ ...context, scope });
    if (KPI_KEYS.some((kpi) => summary.populations[kpi] > 0)) rows.push({ key, period: null, ...summary });
  }
  rows.sort(byKeyNullLast);
  return { dimension, total, rows };
}

function byKeyNullLast(a: KpiBreakdownRow, b: KpiBreakdownRow): number {
  if (a.key === b.key) return 0;
  if (a.key === null) return 1;
  if (b.key === null) return -1;
  return a.key < b.key ? -1 : 1;
}
