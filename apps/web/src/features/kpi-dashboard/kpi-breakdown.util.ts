import type { KpiKey } from '@stardesk/domain';

export interface BreakdownSourceRow {
  key: string | null;
  label?: string | null;
  values: readonly { key: KpiKey; value: number | null; population: number }[];
}

export interface KpiCell {
  value: number | null;
  population: number;
}

export interface BreakdownTableRow {
  /** Unique React key; the row of records without a value has none of its own. */
  rowKey: string;
  /** The dimension value the drill-down asks for (null: records without one). */
  key: string | null;
  label: string;
  cells: Partial<Record<KpiKey, KpiCell>>;
}

export const NO_VALUE_ROW_KEY = '∅';

/** Table rows of a breakdown: every KPI of the row by key, labelled by `labelOf` (names, enum labels, "not set"). */
export function breakdownTableRows(rows: readonly BreakdownSourceRow[], labelOf: (row: BreakdownSourceRow) => string): BreakdownTableRow[] {
  return rows.map((row) => ({
    rowKey: row.key ?? NO_VALUE_ROW_KEY,
    key: row.key,
    label: labelOf(row),
    cells: Object.fromEntries(row.values.map((value) => [value.key, { value: value.value, population: value.population }])),
  }));
}

/**
 * Sorts by a KPI's figure; rows without one ("—") always sort last whichever the direction, since
 * antd flips the comparator for descending order, the empty rows are compared by `order`.
 */
export function compareCells(kpi: KpiKey, order: 'ascend' | 'descend' | null | undefined) {
  return (a: BreakdownTableRow, b: BreakdownTableRow): number => {
    const left = a.cells[kpi]?.value ?? null;
    const right = b.cells[kpi]?.value ?? null;
    if (left === null && right === null) return 0;
    const last = order === 'descend' ? -1 : 1;
    if (left === null) return last;
    if (right === null) return -last;
    return left - right;
  };
}

/** Sorts by label in the reader's collation (pinyin order for Chinese names). */
export function compareLabels(locale: string) {
  const collator = new Intl.Collator(locale);
  return (a: BreakdownTableRow, b: BreakdownTableRow): number => collator.compare(a.label, b.label);
}
