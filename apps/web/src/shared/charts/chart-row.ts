/** One bar: a stable key, the label shown on the axis, the figure and an optional fill. */
export interface CountRow {
  key: string;
  label: string;
  count: number;
  color?: string;
}
