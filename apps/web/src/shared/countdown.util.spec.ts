import { describe, expect, it } from 'vitest';
import { countdownOf, formatMinutes, minutesUntil } from './countdown.util';

describe('formatMinutes', () => {
  it.each([
    [0, '0分钟', '0 min'],
    [45, '45分钟', '45 min'],
    [60, '1小时', '1h'],
    [125, '2小时5分钟', '2h 5 min'],
    [1440, '1天', '1d'],
    [1440 * 2 + 180 + 59, '2天3小时', '2d 3h'],
    [-90, '1小时30分钟', '1h 30 min'],
  ])('%i minutes → %s / %s', (minutes, zh, en) => {
    expect(formatMinutes(minutes, 'zh-CN')).toBe(zh);
    expect(formatMinutes(minutes, 'en')).toBe(en);
  });
});

describe('minutesUntil', () => {
  const now = new Date('2025-03-01T08:00:00.000Z');
  it('counts whole minutes left, rounding down', () => {
    expect(minutesUntil('2025-03-01T09:30:59.000Z', now)).toBe(90);
  });
  it('is negative once passed, one second late already counting as a minute', () => {
    expect(minutesUntil('2025-03-01T07:59:59.000Z', now)).toBe(-1);
    expect(minutesUntil(new Date('2025-02-28T08:00:00.000Z'), now)).toBe(-1440);
  });
  it('is zero at the deadline', () => {
    expect(minutesUntil('2025-03-01T08:00:00.000Z', now)).toBe(0);
  });
});

describe('countdownOf', () => {
  const now = new Date('2025-03-01T08:00:00.000Z');
  it.each([
    ['2025-03-01T12:00:00.000Z', 'ok', 240],
    ['2025-03-01T10:00:00.000Z', 'soon', 120],
    ['2025-03-01T08:00:00.000Z', 'soon', 0],
    ['2025-03-01T07:00:00.000Z', 'overdue', -60],
  ] as const)('%s → %s', (dueAt, tone, minutes) => {
    expect(countdownOf(dueAt, now)).toEqual({ tone, minutes });
  });
  it('takes the "soon" threshold from the caller', () => {
    expect(countdownOf('2025-03-01T12:00:00.000Z', now, 300).tone).toBe('soon');
  });
});
