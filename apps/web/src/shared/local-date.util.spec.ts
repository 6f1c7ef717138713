import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dayRangeToInterval,
  formatMonth,
  isLocalDate,
  monthOf,
  monthRangeToInterval,
  monthsEndingWith,
} from './local-date.util';

describe('isLocalDate', () => {
  it.each([
    ['2025-03-01', true],
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-13-01', false],
    ['2025-3-1', false],
    ['', false],
    [null, false],
    ['2025-03-01T00:00:00Z', false],
  ] as const)('%j → %s', (value, expected) => {
    expect(isLocalDate(value)).toBe(expected);
  });
});

describe('addDays / addMonths', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2025-03-01', -1, '2025-02-28'],
  ] as const)('addDays(%s, %d) = %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it.each([
    ['2025-01', 1, '2025-02'],
    ['2025-12', 1, '2026-01'],
    ['2025-01', -1, '2024-12'],
    ['2025-03', -11, '2024-04'],
    ['2025-03', 24, '2027-03'],
  ] as const)('addMonths(%s, %d) = %s', (month, count, expected) => {
    expect(addMonths(month, count)).toBe(expected);
  });

  it('rejects a malformed month', () => {
    expect(() => addMonths('2025-1', 1)).toThrow(RangeError);
  });
});

describe('monthsEndingWith', () => {
  it('lists the months oldest first, crossing the year', () => {
    expect(monthsEndingWith('2025-02', 4)).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
  });

  it('gives twelve distinct months for a year', () => {
    const months = monthsEndingWith('2025-06', 12);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2024-07');
    expect(new Set(months).size).toBe(12);
  });
});

describe('monthOf', () => {
  it('uses the organisation time zone, not UTC', () => {
    // 2025-02-28T17:00Z is already 1 March in Shanghai (UTC+8).
    expect(monthOf(new Date('2025-02-28T17:00:00Z'), 'Asia/Shanghai')).toBe('2025-03');
    expect(monthOf(new Date('2025-02-28T17:00:00Z'), 'UTC')).toBe('2025-02');
  });
});

describe('dayRangeToInterval', () => {
  it.each([
    {
      name: 'both ends, Shanghai',
      first: '2025-03-01',
      last: '2025-03-31',
      zone: 'Asia/Shanghai',
      expected: { from: '2025-02-28T16:00:00.000Z', to: '2025-03-31T16:00:00.000Z' },
    },
    {
      name: 'a single day is one whole day',
      first: '2025-03-05',
      last: '2025-03-05',
      zone: 'UTC',
      expected: { from: '2025-03-05T00:00:00.000Z', to: '2025-03-06T00:00:00.000Z' },
    },
    {
      name: 'last day of the year rolls over',
      first: null,
      last: '2025-12-31',
      zone: 'Asia/Shanghai',
      expected: { from: null, to: '2025-12-31T16:00:00.000Z' },
    },
    {
      name: 'open end',
      first: '2025-03-01',
      last: null,
      zone: 'UTC',
      expected: { from: '2025-03-01T00:00:00.000Z', to: null },
    },
    {
      name: 'DST day in New York is 23 hours long',
      first: '2025-03-09',
      last: '2025-03-09',
      zone: 'America/New_York',
      expected: { from: '2025-03-09T05:00:00.000Z', to: '2025-03-10T04:00:00.000Z' },
    },
    { name: 'no range', first: null, last: null, zone: 'UTC', expected: { from: null, to: null } },
  ])('$name', ({ first, last, zone, expected }) => {
    expect(dayRangeToInterval(first, last, zone)).toEqual(expected);
  });
});

describe('monthRangeToInterval', () => {
  it('covers whole months in the organisation time zone', () => {
    expect(monthRangeToInterval('2024-04', '2025-03', 'Asia/Shanghai')).toEqual({
      from: '2024-03-31T16:00:00.000Z',
      to: '2025-03-31T16:00:00.000Z',
    });
  });
});

describe('formatMonth', () => {
  it.each([
    ['2025-03', 'zh-CN', '2025年3月'],
    ['2025-03', 'en', 'Mar 2025'],
    ['2024-12', 'en', 'Dec 2024'],
  ] as const)('%s in %s → %s', (month, locale, expected) => {
    expect(formatMonth(month, locale)).toBe(expected);
  });
});
