import type { KpiComparator, KpiUnit, Locale } from '@stardesk/domain';

const UNIT_SUFFIX: Record<Locale, Partial<Record<KpiUnit, string>>> = {
  'zh-CN': { minutes: ' 分钟', hours: ' 小时', perThousand: '‰' },
  en: { minutes: ' min', hours: ' h', perThousand: '‰' },
};

/** Trailing zeros off a fixed-point number: 4.50 → 4.5, 3.00 → 3. */
const trimmed = (value: number, decimals: number): string => String(Number(value.toFixed(decimals)));

/**
 * A KPI value as kpis.md shows it: rates as percent with one decimal, counts whole, durations with
 * one decimal and their unit, scores with up to two decimals, complaints per thousand with two.
 * Null (an empty population) is "—", never 0.
 */
export function formatKpiValue(value: number | null, unit: KpiUnit, locale: Locale): string {
  if (value === null || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'rate':
      return `${(value * 100).toFixed(1)}%`;
    case 'count':
      return String(Math.round(value));
    case 'minutes':
    case 'hours':
      return `${value.toFixed(1)}${UNIT_SUFFIX[locale][unit]}`;
    case 'score':
      return trimmed(value, 2);
    case 'perThousand':
      return `${value.toFixed(2)}${UNIT_SUFFIX[locale][unit]}`;
  }
}

/** An axis label: like the value, with no more decimals than the tick step needs. */
export function formatAxisValue(value: number, unit: KpiUnit, step: number): string {
  const decimalsOf = (stepValue: number): number => Math.min(3, String(Number(stepValue.toPrecision(12))).split('.')[1]?.length ?? 0);
  if (unit === 'rate') return `${trimmed(value * 100, decimalsOf(step * 100))}%`;
  return trimmed(value, decimalsOf(step));
}

export function formatTarget(target: { comparator: KpiComparator; threshold: number }, unit: KpiUnit, locale: Locale): string {
  return `${target.comparator === '>=' ? '≥' : '≤'} ${formatKpiValue(target.threshold, unit, locale)}`;
}
