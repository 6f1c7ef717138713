import { OPEN_STATUSES, REQUEST_STATUSES, type RequestStatus } from '@stardesk/domain';
import type { CountRow } from '../../shared/charts/chart-row';
import { STATUS_CHART_COLORS } from '../../shared/enum-colors';

export interface MonthCount {
  month: string;
  count: number;
}

export interface StatusCount {
  status: RequestStatus;
  count: number;
}

/**
 * One row per month of the period, in order, with zero for months the API did not report (it only
 * returns months that have requests). Months outside the period are ignored.
 */
export function monthlyRows(byMonth: readonly MonthCount[], months: readonly string[], labelOf: (month: string) => string): CountRow[] {
  const counts = new Map<string, number>();
  for (const { month, count } of byMonth) counts.set(month, (counts.get(month) ?? 0) + count);
  return months.map((month) => ({ key: month, label: labelOf(month), count: counts.get(month) ?? 0 }));
}

/** One row per status in lifecycle order, zero included, coloured like the status tags. */
export function statusRows(byStatus: readonly StatusCount[], labelOf: (status: RequestStatus) => string): CountRow[] {
  const counts = countsByStatus(byStatus);
  return REQUEST_STATUSES.map((status) => ({
    key: status,
    label: labelOf(status),
    count: counts[status],
    color: STATUS_CHART_COLORS[status],
  }));
}

export interface StatusSummary {
  total: number;
  open: number;
  resolvedOrClosed: number;
  cancelled: number;
}

/** The dashboard cards: open is every status before resolution (NEW … ON_HOLD). */
export function statusSummary(total: number, byStatus: readonly StatusCount[]): StatusSummary {
  const counts = countsByStatus(byStatus);
  return {
    total,
    open: OPEN_STATUSES.reduce((sum, status) => sum + counts[status], 0),
    resolvedOrClosed: counts.RESOLVED + counts.CLOSED,
    cancelled: counts.CANCELLED,
  };
}

function countsByStatus(byStatus: readonly StatusCount[]): Record<RequestStatus, number> {
  const counts = Object.fromEntries(REQUEST_STATUSES.map((status) => [status, 0])) as Record<RequestStatus, number>;
  for (const { status, count } of byStatus) counts[status] += count;
  return counts;
}
