import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { applyFiltersToSearchParams, filtersFromSearchParams, type RequestListFilters } from '../request-filter.util';

/** The list filters, kept in the URL so that a filtered view can be shared. */
export function useRequestFilters(): [RequestListFilters, (filters: RequestListFilters) => void] {
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(searchParams), [searchParams]);
  const setFilters = useCallback(
    (next: RequestListFilters) => {
      // Replace rather than push: each tweak of a filter is not a page the Back button should revisit.
      void setSearchParams((current) => applyFiltersToSearchParams(next, current), { replace: true });
    },
    [setSearchParams],
  );
  return [filters, setFilters];
}
