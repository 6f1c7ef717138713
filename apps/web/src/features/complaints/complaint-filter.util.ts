import { COMPLAINT_SEVERITIES, COMPLAINT_STATUSES, OPEN_COMPLAINT_STATUSES, type ComplaintSeverity, type ComplaintStatus } from '@stardesk/domain';
import type { ComplaintFilter } from '../../gql/graphql';

/**
 * The complaint list filters, kept in the URL (`?status=RECEIVED&severity=MAJOR&overdue=1`). With no
 * status chosen the list shows open complaints: that is the work to do.
 */
export interface ComplaintListFilters {
  statuses: ComplaintStatus[];
  severities: ComplaintSeverity[];
  overdueOnly: boolean;
}

export const COMPLAINT_FILTER_PARAMS = { status: 'status', severity: 'severity', overdue: 'overdue' } as const;
export const EMPTY_COMPLAINT_FILTERS: ComplaintListFilters = { statuses: [], severities: [], overdueOnly: false };

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value);

export function complaintFiltersFromSearchParams(params: URLSearchParams): ComplaintListFilters {
  return {
    statuses: [...new Set(params.getAll(COMPLAINT_FILTER_PARAMS.status).filter(oneOf(COMPLAINT_STATUSES)))],
    severities: [...new Set(params.getAll(COMPLAINT_FILTER_PARAMS.severity).filter(oneOf(COMPLAINT_SEVERITIES)))],
    overdueOnly: params.get(COMPLAINT_FILTER_PARAMS.overdue) === '1',
  };
}

export function applyComplaintFilters(filters: ComplaintListFilters, current: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const name of Object.values(COMPLAINT_FILTER_PARAMS)) next.delete(name);
  for (const status of new Set(filters.statuses)) next.append(COMPLAINT_FILTER_PARAMS.status, status);
  for (const severity of new Set(filters.severities)) next.append(COMPLAINT_FILTER_PARAMS.severity, severity);
  if (filters.overdueOnly) next.set(COMPLAINT_FILTER_PARAMS.overdue, '1');
  return next;
}

export function toComplaintFilter(filters: ComplaintListFilters): ComplaintFilter {
  const filter: ComplaintFilter = { statuses: filters.statuses.length ? [...filters.statuses] : [...OPEN_COMPLAINT_STATUSES] };
  if (filters.severities.length) filter.severities = [...filters.severities];
  if (filters.overdueOnly) filter.overdue = true;
  return filter;
}
