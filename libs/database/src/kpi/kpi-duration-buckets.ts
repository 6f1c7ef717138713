/**
 * The buckets of the per-day duration histograms (kpi_duration_histograms): a fixed grid of
 * whole-second bounds, 1-second steps up to 10 s then about 10 % apart, up to beyond a year. A
 * duration's bucket is the number of bounds it is not below (PostgreSQL width_bucket over exact
 * numeric seconds), so buckets are monotone in the exact duration: every fact of a lower bucket is
 * shorter than every fact of a higher one, which is what lets the exact percentile be looked up
 * inside one bucket. Negative durations fall in bucket 0.
 *
 * Why ~10 %: the share of a period's facts in the busiest bucket (what the exact step reads) against
 * the number of histogram rows per day (what the first step sums); the response and resolution
 * times are log-normal-like, so relative width gives every bucket a similar share.
 */
export const KPI_DURATION_BUCKET_BOUNDS: readonly number[] = (() => {
  const bounds = new Set<number>();
  for (let i = 0; i <= 10; i++) bounds.add(i);
  for (let value = 10; value < 400 * 86_400; value *= 1.1) bounds.add(Math.round(value));
  return [...bounds].sort((a, b) => a - b);
})();

/**
 * The SQL function giving a duration's bucket from its two instants. IMMUTABLE (timestamptz minus
 * timestamptz, the epoch of an interval and width_bucket all are), so that fact indexes can lead with it.
 */
export const KPI_DURATION_BUCKET_FUNCTION = `CREATE OR REPLACE FUNCTION kpi_duration_bucket(from_at timestamptz, to_at timestamptz) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN width_bucket(extract(epoch FROM to_at - from_at), '{${KPI_DURATION_BUCKET_BOUNDS.join(',')}}'::numeric[])`;

/** A duration's bucket in SQL: the same call in histograms, index expressions and the exact step. */
export const durationBucket = (from: string, to: string): string => `kpi_duration_bucket(${from}, ${to})`;

/** The durations the histograms hold: response (reported → acknowledged) and resolution (reported → resolved). */
export const KPI_HISTOGRAM_MEASURES = ['RESPONSE', 'RESOLUTION'] as const;
export type KpiHistogramMeasure = (typeof KPI_HISTOGRAM_MEASURES)[number];
