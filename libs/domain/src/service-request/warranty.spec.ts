import { warrantyEnd, warrantyStatusOn } from './warranty';

describe('warranty', () => {
  it.each([
    ['2025-06-01', 12, '2026-05-31'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2020-01-15', 72, '2026-01-14'],
  ])('a %s purchase with %i months is covered until %s', (purchase, months, end) => {
    expect(warrantyEnd(purchase, months)).toBe(end);
  });

  it('covers the last day and not the day after', () => {
    expect(warrantyStatusOn('2026-05-31', '2026-05-31')).toBe('IN_WARRANTY');
    expect(warrantyStatusOn('2026-06-01', '2026-05-31')).toBe('OUT_OF_WARRANTY');
    expect(warrantyStatusOn('2026-06-01', null)).toBe('UNKNOWN');
  });
});
