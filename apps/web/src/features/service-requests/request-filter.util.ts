import { REQUEST_STATUSES, type RequestStatus } from '@stardesk/domain';
import type { ServiceRequestFilter } from '../../gql/graphql';
import { dayRangeToInterval, isLocalDate } from '../../shared/local-date.util';

/**
 * The list filters as the user sees them: statuses, outlets and an inclusive range of calendar days
 * in the organisation's time zone. They live in the URL (`?status=NEW&status=ON_HOLD&outlet=…&from=
 * 2025-03-01&to=2025-03-31`) so a filtered view can be bookmarked and shared.
 */
export interface RequestListFilters {
  statuses: RequestStatus[];
  outletIds: string[];
  /** First reported day, `YYYY-MM-DD`, inclusive. */
  from: string | null;
  /** Last reported day, `YYYY-MM-DD`, inclusive. */
  to: string | null;
  /** Start of a code, serial or phone number, or part of a customer name (`?q=`). */
  search: string | null;
}

export const EMPTY_FILTERS: RequestListFilters = { statuses: [], outletIds: [], from: null, to: null, search: null };

export const FILTER_PARAMS = { status: 'status', outlet: 'outlet', from: 'from', to: 'to', search: 'q' } as const;

/** Longest search text sent to the API. */
export const SEARCH_MAX = 100;

function isRequestStatus(value: string): value is RequestStatus {
  return (REQUEST_STATUSES as readonly string[]).includes(value);
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** Reads filters from a URL, ignoring anything malformed (a hand-edited or outdated link still opens). */
export function filtersFromSearchParams(params: URLSearchParams): RequestListFilters {
  const statuses = unique(params.getAll(FILTER_PARAMS.status).filter(isRequestStatus));
  const outletIds = unique(params.getAll(FILTER_PARAMS.outlet).map((id) => id.trim()).filter(Boolean));
  let from = params.get(FILTER_PARAMS.from);
  let to = params.get(FILTER_PARAMS.to);
  from = isLocalDate(from) ? from : null;
  to = isLocalDate(to) ? to : null;
  if (from && to && from > to) [from, to] = [to, from];
  const search = params.get(FILTER_PARAMS.search)?.trim().slice(0, SEARCH_MAX) || null;
  return { statuses, outletIds, from, to, search };
}

/** Writes filters into a copy of `current`, keeping parameters that are not filters. */
export function applyFiltersToSearchParams(filters: RequestListFilters, current: URLSearchParams): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const name of Object.values(FILTER_PARAMS)) next.delete(name);
  for (const status of unique(filters.statuses)) next.append(FILTER_PARAMS.status, status);
  for (const outletId of unique(filters.outletIds)) next.append(FILTER_PARAMS.outlet, outletId);
  if (filters.from) next.set(FILTER_PARAMS.from, filters.from);
  if (filters.to) next.set(FILTER_PARAMS.to, filters.to);
  const search = filters.search?.trim();
  if (search) next.set(FILTER_PARAMS.search, search);
  return next;
}

export function hasActiveFilters(filters: RequestListFilters): boolean {
  return filters.statuses.length > 0 || filters.outletIds.length > 0 || filters.from !== null || filters.to !== null || Boolean(filters.search?.trim());
}

/** The API filter: days become [start of first day, start of the day after the last) in `timeZone`. */
export function toServiceRequestFilter(filters: RequestListFilters, timeZone: string): ServiceRequestFilter {
  const filter: ServiceRequestFilter = {};
  if (filters.statuses.length) filter.statuses = [...filters.statuses];
  if (filters.outletIds.length) filter.outletIds = [...filters.outletIds];
  const interval = dayRangeToInterval(filters.from, filters.to, timeZone);
  if (interval.from) filter.reportedFrom = interval.from;
  if (interval.to) filter.reportedTo = interval.to;
  const search = filters.search?.trim();
  if (search) filter.search = search;
  return filter;
}
