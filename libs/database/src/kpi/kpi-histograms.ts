import { durationBucket } from './kpi-duration-buckets';

/**
 * Upkeep of the per-day duration histograms (KpiDurationHistogramEntity): the statement that adds
 * `sign` × the fact rows of `source` to them, called by the rollups' trigger function and rebuild
 * (kpi-rollups.ts) right beside the rollups' own, so both always describe the same facts. Only
 * organisations with a rollup policy (its time zone says what a day is) are kept, as for the rollups.
 */
export function applyHistogramContributions(source: string, sign: '+' | '-', shard: string | null): string {
  const dims = 'f.org_id, f.outlet_id, f.product_id, f.first_technician_id, f.channel, f.priority';
  const from = `${source} f JOIN kpi_rollup_policies p ON p.org_id = f.org_id`;
  const measures = `SELECT ${dims}, 'RESPONSE' AS measure, (f.reported_at AT TIME ZONE p.time_zone)::date AS day,
         ${durationBucket('f.reported_at', 'f.acknowledged_at')} AS bucket
      FROM ${from} WHERE NOT f.cancelled AND f.acknowledged_at IS NOT NULL
    UNION ALL
    SELECT ${dims}, 'RESOLUTION', (f.resolved_at AT TIME ZONE p.time_zone)::date, ${durationBucket('f.reported_at', 'f.resolved_at')}
      FROM ${from} WHERE NOT f.cancelled AND f.resolved_at IS NOT NULL`;
  // Every contribution twice: to its day, and to its month (the first day of the month).
  return `INSERT INTO kpi_duration_histograms AS t (org_id, dimension, dim_value, span, day, measure, bucket, shard, n)
  SELECT c.org_id,
         CASE WHEN GROUPING(c.outlet_id) = 0 THEN 'OUTLET' WHEN GROUPING(c.product_id) = 0 THEN 'PRODUCT'
              WHEN GROUPING(c.first_technician_id) = 0 THEN 'TECHNICIAN' WHEN GROUPING(c.channel) = 0 THEN 'CHANNEL'
              WHEN GROUPING(c.priority) = 0 THEN 'PRIORITY' ELSE 'ALL' END,
         COALESCE(c.outlet_id::text, c.product_id::text, c.first_technician_id::text, c.channel::text, c.priority::text, ''),
         s.span, s.day, c.measure, c.bucket, ${shard ?? '0'}, ${sign === '-' ? '-' : ''}count(*)
    FROM (${measures}) c
   CROSS JOIN LATERAL (VALUES ('DAY', c.day), ('MONTH', date_trunc('month', c.day::timestamp)::date)) AS s(span, day)
   GROUP BY c.org_id, s.span, s.day, c.measure, c.bucket,
         GROUPING SETS ((), (c.outlet_id), (c.product_id), (c.first_technician_id), (c.channel), (c.priority))
   ORDER BY 1, 2, 3, 4, 5, 6, 7
  ON CONFLICT (org_id, dimension, dim_value, span, day, measure, bucket, shard) DO UPDATE SET n = t.n + EXCLUDED.n`;
}

/**
 * Indexes of the exact step (kpi-exact-percentiles.ts): the facts of one duration bucket in a period, for
 * one outlet (the dashboard's usual filter) or for the organisation (other filters, read from the
 * included columns). Expression indexes, which TypeORM cannot generate: the entity declares them with
 * `synchronize: false` and the migration KpiDurationHistograms creates them.
 */
export const KPI_BUCKET_INDEXES: readonly { name: string; sql: string }[] = [
  {
    name: 'ix_kpi_request_facts_outlet_response_bucket',
    sql: `(org_id, outlet_id, ${durationBucket('reported_at', 'acknowledged_at')}, reported_at) INCLUDE (acknowledged_at)
      WHERE NOT cancelled AND acknowledged_at IS NOT NULL`,
  },
  {
    name: 'ix_kpi_request_facts_outlet_resolution_bucket',
    sql: `(org_id, outlet_id, ${durationBucket('reported_at', 'resolved_at')}, resolved_at) INCLUDE (reported_at)
      WHERE NOT cancelled AND resolved_at IS NOT NULL`,
  },
  {
    name: 'ix_kpi_request_facts_response_bucket',
    sql: `(org_id, ${durationBucket('reported_at', 'acknowledged_at')}, reported_at)
      INCLUDE (acknowledged_at, outlet_id, product_id, first_technician_id, channel, priority) WHERE NOT cancelled AND acknowledged_at IS NOT NULL`,
  },
  {
    name: 'ix_kpi_request_facts_resolution_bucket',
    sql: `(org_id, ${durationBucket('reported_at', 'resolved_at')}, resolved_at)
      INCLUDE (reported_at, outlet_id, product_id, first_technician_id, channel, priority) WHERE NOT cancelled AND resolved_at IS NOT NULL`,
  },
];
