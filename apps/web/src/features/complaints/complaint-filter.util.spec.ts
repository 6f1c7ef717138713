import { describe, expect, it } from 'vitest';
import { applyComplaintFilters, complaintFiltersFromSearchParams, EMPTY_COMPLAINT_FILTERS, toComplaintFilter } from './complaint-filter.util';

describe('complaint filters in the URL', () => {
  it('reads known values, drops unknown and duplicate ones', () => {
    expect(complaintFiltersFromSearchParams(new URLSearchParams('status=RECEIVED&status=BOGUS&status=RECEIVED&severity=MAJOR&overdue=1'))).toEqual({
      statuses: ['RECEIVED'],
      severities: ['MAJOR'],
      overdueOnly: true,
    });
    expect(complaintFiltersFromSearchParams(new URLSearchParams('overdue=yes'))).toEqual(EMPTY_COMPLAINT_FILTERS);
  });

  it('round-trips and keeps unrelated parameters', () => {
    const filters = { statuses: ['ACKNOWLEDGED' as const], severities: ['NORMAL' as const], overdueOnly: true };
    const params = applyComplaintFilters(filters, new URLSearchParams('tab=x&status=CLOSED'));
    expect(params.toString()).toBe('tab=x&status=ACKNOWLEDGED&severity=NORMAL&overdue=1');
    expect(complaintFiltersFromSearchParams(params)).toEqual(filters);
  });
});

describe('toComplaintFilter', () => {
  it('shows open complaints when no status is chosen', () => {
    expect(toComplaintFilter(EMPTY_COMPLAINT_FILTERS)).toEqual({ statuses: ['RECEIVED', 'ACKNOWLEDGED'] });
  });
  it('passes the chosen statuses, severities and the overdue flag', () => {
    expect(toComplaintFilter({ statuses: ['CLOSED'], severities: ['MAJOR'], overdueOnly: true })).toEqual({ statuses: ['CLOSED'], severities: ['MAJOR'], overdue: true });
  });
});
