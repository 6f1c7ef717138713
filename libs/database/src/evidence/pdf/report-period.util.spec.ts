import { previousPeriodOf } from './report-period.util';

describe('previousPeriodOf', () => {
  it.each([
    ['2026-04-01', '2026-07-01', '2026-01-01', '2026-04-01'],
    ['2026-01-01', '2027-01-01', '2025-01-01', '2026-01-01'],
    ['2026-03-01', '2026-04-01', '2026-02-01', '2026-03-01'],
    ['2026-03-02', '2026-03-09', '2026-02-23', '2026-03-02'],
    ['2026-03-15', '2026-04-15', '2026-02-12', '2026-03-15'],
  ])('[%s, %s) → [%s, %s)', (from, to, previousFrom, previousTo) => {
    expect(previousPeriodOf(from, to)).toEqual({ from: previousFrom, to: previousTo });
  });
});
