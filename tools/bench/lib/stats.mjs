// Pure statistics of the benchmark harness: medians and percentiles over repeated measurements.

/** The median of the numbers (the mean of the two middle ones for an even count); null when empty. */
export function median(values) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The nearest-rank percentile (p in [0, 100]) of the numbers: the smallest value with at least p % of
 * the values at or below it, as load generators report it; null when empty.
 */
export function percentile(values, p) {
  if (!values.length) return null;
  if (p < 0 || p > 100) throw new RangeError(`percentile ${p} is outside [0, 100]`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

/** A ratio rounded to two decimals; null when either side is missing or the divisor is zero. */
export function ratio(numerator, denominator) {
  if (numerator == null || denominator == null || denominator === 0) return null;
  return Math.round((numerator / denominator) * 100) / 100;
}

/** Milliseconds elapsed while `work` runs, with its result. */
export async function timed(work) {
  const started = process.hrtime.bigint();
  const result = await work();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
}
