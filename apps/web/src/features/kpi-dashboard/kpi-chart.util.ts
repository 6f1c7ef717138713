import { kpiDisplayNumber, type KpiKey, type Locale } from '@stardesk/domain';

/** What the chart needs of a trend row (a calendar bucket of the period). */
export interface TrendRow {
  key: string | null;
  from?: string | null;
  values: readonly { key: KpiKey; value: number | null; population: number }[];
}

export interface TrendPoint {
  /** The bucket key the drill-down asks for (2026-01-05, 2026-W02, 2026-01). */
  bucket: string;
  label: string;
  /** In display units (a rate in percent); null where the population is empty, so the line has a gap, not a false zero. */
  value: number | null;
  population: number;
}

/** One point per calendar bucket, in the API's (calendar) order. */
export function trendPoints(rows: readonly TrendRow[], kpi: KpiKey, labelOf: (row: TrendRow) => string): TrendPoint[] {
  return rows.flatMap((row) => {
    if (row.key === null) return [];
    const figure = row.values.find((value) => value.key === kpi);
    return [
      {
        bucket: row.key,
        label: labelOf(row),
        value: figure?.value === null || figure === undefined ? null : kpiDisplayNumber(kpi, figure.value),
        population: figure?.population ?? 0,
      },
    ];
  });
}

/** The target line of a chart, in the chart's display units. */
export function chartTarget(kpi: KpiKey, target: number | null | undefined): number | null {
  return target === null || target === undefined ? null : kpiDisplayNumber(kpi, target);
}

/**
 * A calendar bucket as people read it: a day as "11/5" / "Nov 5", an ISO week by its first day, a
 * month as "2026年11月" / "Nov 2026". Falls back to the key.
 */
export function bucketLabel(dimension: string, row: TrendRow, locale: Locale): string {
  const key = row.key ?? '';
  const day = /^\d{4}-\d{2}-\d{2}$/.test(row.from ?? '') ? row.from! : /^\d{4}-\d{2}-\d{2}$/.test(key) ? key : null;
  const format = (options: Intl.DateTimeFormatOptions, date: string): string =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  if (dimension === 'month' && /^\d{4}-\d{2}$/.test(key)) return format({ year: 'numeric', month: 'short' }, `${key}-01`);
  if (dimension === 'week' && day) return `${key.slice(5)} · ${format({ month: 'numeric', day: 'numeric' }, day)}`;
  if (dimension === 'day' && day) return format({ month: 'numeric', day: 'numeric' }, day);
  return key;
}
