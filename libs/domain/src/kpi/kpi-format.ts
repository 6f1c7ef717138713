import { kpiDefinition, type KpiKey } from './kpi-catalog';

/**
 * How many decimals each KPI is shown with (kpis.md: rates as percent with one decimal, the average
 * rating and complaints per 1,000 with two); durations and scores with one, counts whole.
 */
const DECIMALS: Partial<Record<KpiKey, number>> = {
  requestCount: 0,
  avgRating: 2,
  complaintRate: 2,
};

export function kpiDecimals(key: KpiKey): number {
  return DECIMALS[key] ?? 1;
}

/** The figure in the unit it is read in: a rate as percent (0.853 → 85.3), everything else as it is. */
export function kpiDisplayNumber(key: KpiKey, value: number): number {
  const scaled = kpiDefinition(key).unit === 'rate' ? value * 100 : value;
  const factor = 10 ** kpiDecimals(key);
  return Math.round(scaled * factor) / factor;
}

/**
 * The figure as text without its unit ("85.3" for 85.3 %, "12.5" minutes); null (empty population)
 * as "—", never 0.
 */
export function formatKpiNumber(key: KpiKey, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return kpiDisplayNumber(key, value).toFixed(kpiDecimals(key));
}

/** A change between two figures, in display units and signed ("+2.5", "−1.0"; a rate's in percentage points). */
export function formatKpiChange(key: KpiKey, change: number): string {
  const shown = kpiDisplayNumber(key, Math.abs(change));
  const text = shown.toFixed(kpiDecimals(key));
  if (shown === 0) return text;
  return `${change > 0 ? '+' : '−'}${text}`;
}
