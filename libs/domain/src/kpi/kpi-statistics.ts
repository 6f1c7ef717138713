/**
 * The arithmetic every KPI shares (kpis.md, "Common rules"), written once so that no formula can
 * return 0 or NaN for an empty population.
 */

/** A duration KPI: arithmetic mean and nearest-rank percentiles of the population, null when n = 0. */
export interface DurationStats {
  mean: number | null;
  p50: number | null;
  p90: number | null;
  n: number;
}

/**
 * Nearest-rank percentile, as PostgreSQL `percentile_disc`: the smallest value whose cumulative
 * share is ≥ percent / 100. `sorted` must be ascending. Integer arithmetic keeps 0.9 × n exact.
 */
export function nearestRank(sorted: readonly number[], percent: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = Math.max(1, Math.ceil((percent * n) / 100));
  return sorted[Math.min(rank, n) - 1] as number;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function durationStats(values: readonly number[]): DurationStats {
  const sorted = [...values].sort((a, b) => a - b);
  return { mean: mean(sorted), p50: nearestRank(sorted, 50), p90: nearestRank(sorted, 90), n: sorted.length };
}

/** A share in [0, 1]; null (shown as "—") when nothing is in the denominator. */
export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

/**
 * `numerator / denominator` rounded half away from zero to `decimals` places, like PostgreSQL
 * `round(numeric, d)`. Dividing once after scaling keeps exact halves (4.125 → 4.13) exact.
 */
export function roundedRatio(numerator: number, denominator: number, decimals: number): number {
  const scale = 10 ** decimals;
  const scaled = (Math.abs(numerator) * scale) / Math.abs(denominator);
  const sign = Math.sign(numerator) * Math.sign(denominator);
  return sign * (Math.round(scaled) / scale) || 0;
}
