/** A value axis: its ends and the values that get a gridline and a label. */
export interface AxisScale {
  min: number;
  max: number;
  ticks: number[];
  step: number;
}

/** The tick step nearest to `rough` among 1, 2, 2.5 and 5 times a power of ten. */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  const nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
  return nice * power;
}

/** Rounds away the binary noise of repeated steps (0.1 + 0.2). */
const clean = (value: number): number => Number.parseFloat(value.toPrecision(12));

/**
 * A value axis holding every value (nulls ignored) and the target, with about `tickCount` round
 * ticks. Zero is kept on the axis when all values are on one side of it (bars and rates read from
 * zero); `bounds` clips the axis to the KPI's range (a rate never shows above 100 %). With nothing
 * to show, the axis is the bounds or 0..1.
 */
export function valueScale(values: readonly (number | null)[], options: { tickCount?: number; bounds?: { min: number; max: number | null } } = {}): AxisScale {
  const present = values.filter((value): value is number => value !== null && Number.isFinite(value));
  const bounds = options.bounds ?? { min: Number.NEGATIVE_INFINITY, max: null };
  let low = Math.min(0, ...present);
  let high = Math.max(0, ...present);
  if (present.length === 0 || low === high) {
    low = Number.isFinite(bounds.min) ? Math.min(bounds.min, low) : low;
    high = bounds.max ?? high + 1;
    if (low === high) high = low + 1;
  }
  const step = niceStep((high - low) / Math.max(1, (options.tickCount ?? 5) - 1));
  let min = clean(Math.floor(low / step) * step);
  let max = clean(Math.ceil(high / step) * step);
  if (Number.isFinite(bounds.min) && min < bounds.min) min = bounds.min;
  if (bounds.max !== null && max > bounds.max) max = bounds.max;
  const ticks: number[] = [];
  for (let tick = Math.ceil(min / step) * step; tick <= max + step * 1e-9; tick += step) ticks.push(clean(tick));
  return { min, max, ticks, step };
}

/** Maps a value to a y coordinate: `min` at `bottom`, `max` at `top` (PDF space grows downwards). */
export function yOf(scale: AxisScale, value: number, top: number, bottom: number): number {
  const share = scale.max === scale.min ? 0 : (value - scale.min) / (scale.max - scale.min);
  return bottom - share * (bottom - top);
}

/** The centres and the width of `count` equal bands across [left, right], each with `gap` share of padding. */
export function bands(count: number, left: number, right: number, gap = 0.3): { centres: number[]; width: number } {
  if (count <= 0) return { centres: [], width: 0 };
  const band = (right - left) / count;
  return { centres: Array.from({ length: count }, (_, index) => left + band * (index + 0.5)), width: band * (1 - gap) };
}

/** Every `every`-th label is kept so that labels `labelWidth` wide do not overlap in `band` points. */
export function labelStride(count: number, band: number, labelWidth: number): number {
  if (count <= 1 || band <= 0) return 1;
  return Math.max(1, Math.ceil((labelWidth + 4) / band));
}
