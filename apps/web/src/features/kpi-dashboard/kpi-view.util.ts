import { CHANNELS, isKpiKey, KPI_DIMENSIONS, PRIORITIES, type Channel, type KpiDimension, type KpiKey, type Priority } from '@stardesk/domain';
import { addDays, addMonths, isLocalDate } from '../../shared/local-date.util';

/** The record dimensions a breakdown table can cut by (calendar buckets are the trend's). */
export const BREAKDOWN_DIMENSIONS = ['outlet', 'technician', 'productCategory', 'productModel', 'channel', 'priority', 'region'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

/** The cards in the sections of kpis.md; the breakdown table shows one section's KPIs as columns. */
export const KPI_GROUPS = {
  service: ['requestCount', 'responseMinutes', 'responseOnTimeRate', 'arrivalOnTimeRate', 'resolutionHours', 'firstTimeFixRate', 'repeatRepairRate', 'returnVisitRate'],
  satisfaction: ['csatRate', 'avgRating', 'nps', 'surveyResponseRate', 'csi'],
  complaints: ['complaintRate', 'complaintTimelyRate', 'complaintResolutionRate', 'complaintHours'],
  people: ['certifiedStaffRate', 'trainingHoursPerStaff'],
} as const satisfies Record<string, readonly KpiKey[]>;
export type KpiGroup = keyof typeof KPI_GROUPS;
export const KPI_GROUP_KEYS = Object.keys(KPI_GROUPS) as KpiGroup[];

export const DATE_PRESETS = ['thisMonth', 'lastMonth', 'last30Days', 'thisYear', 'last12Months'] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];

/** Longest period the API accepts (MAX_PERIOD_DAYS of the KPI service). */
export const MAX_PERIOD_DAYS = 3660;

export interface KpiViewFilters {
  outletId: string | null;
  productCategory: string | null;
  channel: Channel | null;
  priority: Priority | null;
}

/** Which records the drill-down shows: a KPI, optionally one row of a breakdown (value null: rows without one). */
export interface RecordsSelection {
  kpi: KpiKey;
  dimension: KpiDimension | null;
  value: string | null;
  onlyFailing: boolean;
}

/** Everything the dashboard shows, as kept in the URL. `from` and `to` are the first and last day, both included. */
export interface KpiView {
  from: string;
  to: string;
  filters: KpiViewFilters;
  trendKpi: KpiKey;
  by: BreakdownDimension;
  group: KpiGroup;
  records: RecordsSelection | null;
}

export const DEFAULT_TREND_KPI: KpiKey = 'requestCount';

/** Inclusive first and last day of a preset, relative to `today` (the organisation's local date). */
export function presetRange(preset: DatePreset, today: string): { from: string; to: string } {
  const month = today.slice(0, 7);
  switch (preset) {
    case 'thisMonth':
      return { from: `${month}-01`, to: today };
    case 'lastMonth': {
      const previous = addMonths(month, -1);
      return { from: `${previous}-01`, to: addDays(`${month}-01`, -1) };
    }
    case 'last30Days':
      return { from: addDays(today, -29), to: today };
    case 'thisYear':
      return { from: `${today.slice(0, 4)}-01-01`, to: today };
    case 'last12Months':
      return { from: `${addMonths(month, -11)}-01`, to: today };
  }
}

export function defaultView(today: string): KpiView {
  return {
    ...presetRange('thisMonth', today),
    filters: { outletId: null, productCategory: null, channel: null, priority: null },
    trendKpi: DEFAULT_TREND_KPI,
    by: 'outlet',
    group: 'service',
    records: null,
  };
}

const daysBetween = (from: string, to: string): number => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | null {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
}

const text = (value: string | null): string | null => (value === null || value.trim() === '' ? null : value);

/**
 * The view a URL describes; anything missing or malformed falls back to the default (this month so
 * far, every outlet), so a hand-edited or outdated link still opens a dashboard.
 */
export function viewFromSearchParams(params: URLSearchParams, today: string): KpiView {
  const fallback = defaultView(today);
  const from = params.get('from');
  const to = params.get('to');
  const range =
    isLocalDate(from) && isLocalDate(to) && from <= to && daysBetween(from, to) < MAX_PERIOD_DAYS ? { from, to } : { from: fallback.from, to: fallback.to };
  const recordsKpi = params.get('records');
  return {
    ...range,
    filters: {
      outletId: text(params.get('outlet')),
      productCategory: text(params.get('category')),
      channel: oneOf(params.get('channel'), CHANNELS),
      priority: oneOf(params.get('priority'), PRIORITIES),
    },
    trendKpi: oneOf(params.get('trend'), KPI_GROUP_KEYS.flatMap((group) => KPI_GROUPS[group])) ?? fallback.trendKpi,
    by: oneOf(params.get('by'), BREAKDOWN_DIMENSIONS) ?? fallback.by,
    group: oneOf(params.get('group'), KPI_GROUP_KEYS) ?? fallback.group,
    records:
      recordsKpi !== null && isKpiKey(recordsKpi)
        ? {
            kpi: recordsKpi,
            dimension: oneOf(params.get('recordsBy'), KPI_DIMENSIONS),
            value: text(params.get('recordsValue')),
            onlyFailing: params.get('failing') === '1',
          }
        : null,
  };
}

/**
 * The URL parameters of a view: only what differs from the default, except the period, which is
 * always written so that a shared link shows the same days whenever it is opened.
 */
export function viewToSearchParams(view: KpiView, today: string): URLSearchParams {
  const fallback = defaultView(today);
  const params = new URLSearchParams();
  params.set('from', view.from);
  params.set('to', view.to);
  const optional: [string, string | null][] = [
    ['outlet', view.filters.outletId],
    ['category', view.filters.productCategory],
    ['channel', view.filters.channel],
    ['priority', view.filters.priority],
    ['trend', view.trendKpi === fallback.trendKpi ? null : view.trendKpi],
    ['by', view.by === fallback.by ? null : view.by],
    ['group', view.group === fallback.group ? null : view.group],
    ['records', view.records?.kpi ?? null],
    ['recordsBy', view.records?.dimension ?? null],
    ['recordsValue', view.records?.dimension ? view.records.value : null],
    ['failing', view.records?.onlyFailing ? '1' : null],
  ];
  for (const [name, value] of optional) if (value !== null) params.set(name, value);
  return params;
}

/** The preset a range is, if any (to highlight it). */
export function presetOf(view: Pick<KpiView, 'from' | 'to'>, today: string): DatePreset | null {
  return DATE_PRESETS.find((preset) => {
    const range = presetRange(preset, today);
    return range.from === view.from && range.to === view.to;
  }) ?? null;
}

/** The API's period `[from, to)` and filters of a view. */
export function periodInput(view: Pick<KpiView, 'from' | 'to' | 'filters'>): { from: string; to: string; filters: Partial<KpiViewFilters> } {
  const filters: Partial<Record<keyof KpiViewFilters, unknown>> = {};
  for (const [name, value] of Object.entries(view.filters) as [keyof KpiViewFilters, unknown][]) if (value !== null) filters[name] = value;
  return { from: view.from, to: addDays(view.to, 1), filters: filters as Partial<KpiViewFilters> };
}
