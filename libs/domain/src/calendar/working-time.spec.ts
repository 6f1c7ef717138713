import { buildWorkingCalendar, DEFAULT_WEEKLY_HOURS, type CalendarDay, type WeeklyHours } from './working-calendar';
import { addWorkingDuration, isWithinWorkingHours } from './working-time';

/** A wall-clock time in Shanghai (UTC+8, no daylight saving). */
const sh = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+08:00`);
const shText = (instant: Date): string => new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** 2025 as published by the State Council: 国庆节+中秋节 1–8 October, worked Sunday 28 Sep and Saturday 11 Oct. */
const NATIONAL_DAY_2025: CalendarDay[] = [
  ...['01', '02', '03', '04', '05', '06', '07', '08'].map((day): CalendarDay => ({ date: `2025-10-${day}`, kind: 'HOLIDAY', name: '国庆节、中秋节' })),
  { date: '2025-09-28', kind: 'MAKEUP_WORKDAY', name: '国庆节调休上班' },
  { date: '2025-10-11', kind: 'MAKEUP_WORKDAY', name: '国庆节调休上班' },
];

const officeWeek = buildWorkingCalendar('Asia/Shanghai', DEFAULT_WEEKLY_HOURS, NATIONAL_DAY_2025);

const LUNCH_BREAK: WeeklyHours = {
  ...DEFAULT_WEEKLY_HOURS,
  TUE: [{ start: '08:30', end: '12:00' }, { start: '13:30', end: '18:00' }],
  SAT: [{ start: '09:00', end: '17:00' }],
};
const withLunchAndSaturdays = buildWorkingCalendar('Asia/Shanghai', LUNCH_BREAK, []);

describe('addWorkingDuration (Mon–Fri 08:30–18:00, Asia/Shanghai, National Day 2025)', () => {
  it.each([
    ['within one working day', '2025-09-23 09:00', 120, '2025-09-23 11:00'],
    ['landing exactly on closing time', '2025-09-26 17:50', 10, '2025-09-26 18:00'],
    ['Friday evening to Monday morning', '2025-09-19 17:50', 120, '2025-09-22 10:20'],
    ['Friday evening to the make-up Sunday (调休)', '2025-09-26 17:50', 120, '2025-09-28 10:20'],
    ['starting at closing time', '2025-09-19 18:00', 10, '2025-09-22 08:40'],
    ['starting on a Saturday', '2025-09-20 10:00', 30, '2025-09-22 09:00'],
    ['into a make-up Sunday (调休)', '2025-09-27 12:00', 60, '2025-09-28 09:30'],
    ['over the whole National Day holiday', '2025-09-30 17:00', 120, '2025-10-09 09:30'],
    ['starting inside the holiday', '2025-10-03 10:00', 1, '2025-10-09 08:31'],
    ['24 working hours, ending on the make-up Saturday', '2025-09-30 17:00', 24 * 60, '2025-10-11 12:30'],
    ['past midnight local, which is still the previous day in UTC', '2025-09-26 00:30', 60, '2025-09-26 09:30'],
    ['zero minutes inside working hours', '2025-09-23 10:00', 0, '2025-09-23 10:00'],
  ])('%s: %s + %i min → %s', (_case, start, minutes, due) => {
    expect(shText(addWorkingDuration(sh(start), minutes, officeWeek))).toBe(due);
  });

  it('skips the lunch break and works Saturdays when the week says so', () => {
    expect(shText(addWorkingDuration(sh('2025-09-23 11:30'), 60, withLunchAndSaturdays))).toBe('2025-09-23 14:00');
    expect(shText(addWorkingDuration(sh('2025-09-26 17:00'), 120, withLunchAndSaturdays))).toBe('2025-09-27 10:00');
  });

  it('counts local hours in a zone with daylight saving (Berlin, spring forward on 29 March 2026)', () => {
    const berlin = buildWorkingCalendar('Europe/Berlin', DEFAULT_WEEKLY_HOURS, []);
    expect(addWorkingDuration(new Date('2026-03-27T16:00:00Z'), 120, berlin).toISOString()).toBe('2026-03-30T07:30:00.000Z');
  });

  it('refuses a negative duration and a calendar without working time', () => {
    expect(() => addWorkingDuration(sh('2025-09-23 09:00'), -1, officeWeek)).toThrow(RangeError);
    const never = buildWorkingCalendar('Asia/Shanghai', { MON: [], TUE: [], WED: [], THU: [], FRI: [], SAT: [], SUN: [] }, []);
    expect(() => addWorkingDuration(sh('2025-09-23 09:00'), 1, never)).toThrow(RangeError);
  });
});

describe('isWithinWorkingHours', () => {
  it.each([
    ['opening time', '2025-09-26 08:30', true],
    ['a minute before closing', '2025-09-26 17:59', true],
    ['closing time', '2025-09-26 18:00', false],
    ['before opening', '2025-09-26 08:29', false],
    ['early morning, still Thursday in UTC', '2025-09-26 07:00', false],
    ['morning, the same instant as Friday 01:00 UTC', '2025-09-26 09:00', true],
    ['an ordinary Sunday', '2025-10-12 10:00', false],
    ['a make-up Saturday (调休)', '2025-10-11 10:00', true],
    ['a make-up Sunday (调休)', '2025-09-28 10:00', true],
    ['National Day, a Wednesday', '2025-10-01 10:00', false],
  ])('%s (%s): %s', (_case, local, expected) => {
    expect(isWithinWorkingHours(sh(local), officeWeek)).toBe(expected);
  });

  it('is closed during the lunch break', () => {
    expect(isWithinWorkingHours(sh('2025-09-23 12:30'), withLunchAndSaturdays)).toBe(false);
    expect(isWithinWorkingHours(sh('2025-09-23 13:30'), withLunchAndSaturdays)).toBe(true);
  });
});
