import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  applyFiltersToSearchParams,
  filtersFromSearchParams,
  hasActiveFilters,
  toServiceRequestFilter,
  type RequestListFilters,
} from './request-filter.util';

describe('filtersFromSearchParams', () => {
  it.each<{ name: string; query: string; expected: RequestListFilters }>([
    { name: 'no parameters', query: '', expected: EMPTY_FILTERS },
    {
      name: 'every filter',
      query: 'status=NEW&status=ON_HOLD&outlet=o-1&outlet=o-2&from=2025-03-01&to=2025-03-31',
      expected: { statuses: ['NEW', 'ON_HOLD'], outletIds: ['o-1', 'o-2'], from: '2025-03-01', to: '2025-03-31', search: null },
    },
    {
      name: 'unknown statuses and duplicates are dropped',
      query: 'status=NEW&status=BOGUS&status=new&status=NEW',
      expected: { ...EMPTY_FILTERS, statuses: ['NEW'] },
    },
    {
      name: 'blank outlet ids are dropped',
      query: 'outlet=&outlet=%20&outlet=o-9',
      expected: { ...EMPTY_FILTERS, outletIds: ['o-9'] },
    },
    {
      name: 'malformed or impossible dates are ignored',
      query: 'from=2025-02-30&to=yesterday',
      expected: EMPTY_FILTERS,
    },
    {
      name: 'a reversed range is put in order',
      query: 'from=2025-03-31&to=2025-03-01',
      expected: { ...EMPTY_FILTERS, from: '2025-03-01', to: '2025-03-31' },
    },
    {
      name: 'search text is trimmed; blank search is none',
      query: 'q=%20SR-2025%20&status=NEW',
      expected: { ...EMPTY_FILTERS, statuses: ['NEW'], search: 'SR-2025' },
    },
    {
      name: 'blank search',
      query: 'q=%20%20',
      expected: EMPTY_FILTERS,
    },
    {
      name: 'open-ended range',
      query: 'from=2025-03-01',
      expected: { ...EMPTY_FILTERS, from: '2025-03-01' },
    },
  ])('$name', ({ query, expected }) => {
    expect(filtersFromSearchParams(new URLSearchParams(query))).toEqual(expected);
  });
});

describe('applyFiltersToSearchParams', () => {
  it('writes every filter', () => {
    const params = applyFiltersToSearchParams(
      { statuses: ['NEW', 'CLOSED'], outletIds: ['o-1'], from: '2025-01-01', to: '2025-01-31', search: null },
      new URLSearchParams(),
    );
    expect(params.toString()).toBe('status=NEW&status=CLOSED&outlet=o-1&from=2025-01-01&to=2025-01-31');
  });

  it('replaces old filters and keeps unrelated parameters', () => {
    const current = new URLSearchParams('status=NEW&from=2024-01-01&tab=mine');
    const params = applyFiltersToSearchParams({ ...EMPTY_FILTERS, statuses: ['CANCELLED'] }, current);
    expect(params.toString()).toBe('tab=mine&status=CANCELLED');
    expect(current.toString()).toBe('status=NEW&from=2024-01-01&tab=mine');
  });

  it('clearing filters leaves an empty query', () => {
    expect(applyFiltersToSearchParams(EMPTY_FILTERS, new URLSearchParams('status=NEW&outlet=o&to=2025-01-01')).toString()).toBe('');
  });

  it.each<RequestListFilters>([
    EMPTY_FILTERS,
    { statuses: ['IN_PROGRESS'], outletIds: [], from: null, to: '2025-06-30', search: null },
    { statuses: ['NEW', 'RESOLVED', 'CANCELLED'], outletIds: ['a', 'b c', 'd&e'], from: '2024-12-31', to: '2025-01-01', search: '138 张' },
  ])('round-trips %j through the URL', (filters) => {
    const url = `/requests?${applyFiltersToSearchParams(filters, new URLSearchParams()).toString()}`;
    expect(filtersFromSearchParams(new URL(url, 'http://localhost').searchParams)).toEqual(filters);
  });
});

describe('hasActiveFilters', () => {
  it.each<[Partial<RequestListFilters>, boolean]>([
    [{}, false],
    [{ statuses: ['NEW'] }, true],
    [{ outletIds: ['o'] }, true],
    [{ from: '2025-01-01' }, true],
    [{ to: '2025-01-01' }, true],
    [{ search: '  ' }, false],
    [{ search: 'SR-2025' }, true],
  ])('%j → %s', (partial, expected) => {
    expect(hasActiveFilters({ ...EMPTY_FILTERS, ...partial })).toBe(expected);
  });
});

describe('toServiceRequestFilter', () => {
  it('sends nothing when nothing is filtered', () => {
    expect(toServiceRequestFilter(EMPTY_FILTERS, 'Asia/Shanghai')).toEqual({});
  });

  it('turns the inclusive day range into a half-open interval in the organisation time zone', () => {
    expect(
      toServiceRequestFilter(
        { statuses: ['NEW'], outletIds: ['o-1'], from: '2025-03-01', to: '2025-03-31', search: ' 1380013 ' },
        'Asia/Shanghai',
      ),
    ).toEqual({
      statuses: ['NEW'],
      outletIds: ['o-1'],
      reportedFrom: '2025-02-28T16:00:00.000Z',
      reportedTo: '2025-03-31T16:00:00.000Z',
      search: '1380013',
    });
  });

  it('supports a range open at the start', () => {
    expect(toServiceRequestFilter({ ...EMPTY_FILTERS, to: '2025-01-15' }, 'UTC')).toEqual({
      reportedTo: '2025-01-16T00:00:00.000Z',
    });
  });
});
