import { describe, expect, it } from 'vitest';
import { daysBetween, deadlineStatus, formatBytes, placeServerErrors, splitNames, toLocalDate } from './quality-registers.util';

describe('quality register helpers', () => {
  it('counts days between local dates across months', () => {
    expect(daysBetween('2026-02-27', '2026-03-02')).toBe(3);
    expect(daysBetween('2026-03-02', '2026-02-27')).toBe(-3);
  });

  it.each([
    [{ deadline: '2026-06-20', state: 'PENDING' as const }, { key: 'daysLeft', days: 5, tone: 'processing' }],
    [{ deadline: '2026-06-17', state: 'PENDING' as const }, { key: 'daysLeft', days: 2, tone: 'warning' }],
    [{ deadline: '2026-06-15', state: 'PENDING' as const }, { key: 'dueToday', days: 0, tone: 'warning' }],
    [{ deadline: '2026-06-10', state: 'OVERDUE' as const }, { key: 'daysLate', days: 5, tone: 'error' }],
    [{ deadline: '2026-06-10', state: 'NOTIFIED_LATE' as const }, { key: 'sentLate', days: 0, tone: 'warning' }],
  ])('reads the deadline %o on 2026-06-15', (notification, expected) => {
    expect(deadlineStatus(notification, '2026-06-15')).toEqual(expected);
  });

  it('splits names on commas, Chinese commas and lines', () => {
    expect(splitNames('张三，李四、王五\n 赵六 ,')).toEqual(['张三', '李四', '王五', '赵六']);
    expect(splitNames(null)).toEqual([]);
  });

  it('places field errors on the form and keeps the others', () => {
    const placed = placeServerErrors(
      [
        { field: 'auditors.1', code: 'listedTwice', message: '重复出现' },
        { field: 'title', code: 'required', message: '必填项' },
        { field: 'status', code: 'notDraft', message: '只有草稿版本可以修改或批准' },
      ],
      ['title', 'auditors'],
    );
    expect(placed.fields).toEqual([
      { name: 'auditors', errors: ['重复出现'] },
      { name: 'title', errors: ['必填项'] },
    ]);
    expect(placed.unmatched.map((error) => error.field)).toEqual(['status']);
  });

  it('formats dates and sizes', () => {
    expect(toLocalDate({ format: () => '2026-06-15' })).toBe('2026-06-15');
    expect(toLocalDate(null)).toBeNull();
    expect(formatBytes(2_500_000)).toBe('2.4 MB');
    expect(formatBytes(2048)).toBe('2 KB');
  });
});
