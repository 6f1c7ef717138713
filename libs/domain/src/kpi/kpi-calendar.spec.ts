import { addLocalDays, calendarBuckets, isoWeekKey, startOfIsoWeek } from './kpi-calendar';

describe('local calendar buckets', () => {
  it.each([
    ['2026-01-01', '2026-W01'],
    ['2026-01-04', '2026-W01'],
    ['2026-01-05', '2026-W02'],
    ['2024-12-30', '2025-W01'],
    ['2027-01-01', '2026-W53'],
    ['2021-01-03', '2020-W53'],
  ])('puts %s in ISO week %s', (date, week) => {
    expect(isoWeekKey(date)).toBe(week);
  });

  it('starts weeks on Monday and steps over month and leap-day ends', () => {
    expect(startOfIsoWeek('2026-01-04')).toBe('2025-12-29');
    expect(startOfIsoWeek('2026-01-05')).toBe('2026-01-05');
    expect(addLocalDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addLocalDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('clips week buckets to the period at both ends', () => {
    expect(calendarBuckets('2026-01-01', '2026-01-20', 'week')).toEqual([
      { key: '2026-W01', from: '2026-01-01', to: '2026-01-05' },
      { key: '2026-W02', from: '2026-01-05', to: '2026-01-12' },
      { key: '2026-W03', from: '2026-01-12', to: '2026-01-19' },
      { key: '2026-W04', from: '2026-01-19', to: '2026-01-20' },
    ]);
  });

  it('cuts months at the first of each month and days one by one', () => {
    expect(calendarBuckets('2026-01-15', '2026-03-10', 'month').map((bucket) => [bucket.key, bucket.from, bucket.to])).toEqual([
      ['2026-01', '2026-01-15', '2026-02-01'],
      ['2026-02', '2026-02-01', '2026-03-01'],
      ['2026-03', '2026-03-01', '2026-03-10'],
    ]);
    expect(calendarBuckets('2025-12-30', '2026-01-02', 'day').map((bucket) => bucket.key)).toEqual(['2025-12-30', '2025-12-31', '2026-01-01']);
  });
});
