import { describe, expect, it } from 'vitest';
import { dashboardPeriod } from './dashboard-period.util';

describe('dashboardPeriod', () => {
  it('covers the twelve months ending with the current one, in the organisation time zone', () => {
    const period = dashboardPeriod(new Date('2025-03-15T08:00:00Z'), 'Asia/Shanghai');
    expect(period.months).toEqual([
      '2024-04', '2024-05', '2024-06', '2024-07', '2024-08', '2024-09',
      '2024-10', '2024-11', '2024-12', '2025-01', '2025-02', '2025-03',
    ]);
    expect(period.reportedFrom).toBe('2024-03-31T16:00:00.000Z');
    expect(period.reportedTo).toBe('2025-03-31T16:00:00.000Z');
  });

  it('takes the month from the local date, which may differ from UTC', () => {
    // Late evening of 31 Dec in UTC is already New Year's Day in Shanghai.
    const period = dashboardPeriod(new Date('2024-12-31T20:00:00Z'), 'Asia/Shanghai', 3);
    expect(period.months).toEqual(['2024-11', '2024-12', '2025-01']);
    expect(period.reportedTo).toBe('2025-01-31T16:00:00.000Z');
  });
});
