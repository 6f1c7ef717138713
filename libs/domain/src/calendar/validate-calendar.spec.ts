import { validateCalendarDays, validateWeeklyHours } from './validate-calendar';

const errorsOf = (result: { ok: boolean; errors?: { field: string; code: string }[] }) =>
  result.ok ? [] : result.errors!.map((error) => `${error.field}:${error.code}`);

describe('validateWeeklyHours', () => {
  it('accepts a week with a lunch break and leaves unlisted days off', () => {
    const result = validateWeeklyHours([
      { weekday: 'MON', periods: [{ start: '13:30', end: '18:00' }, { start: '08:30', end: '12:00' }] },
      { weekday: 'SAT', periods: [{ start: '09:00', end: '24:00' }] },
    ]);
    expect(result).toEqual({
      ok: true,
      value: {
        MON: [{ start: '08:30', end: '12:00' }, { start: '13:30', end: '18:00' }],
        TUE: [], WED: [], THU: [], FRI: [],
        SAT: [{ start: '09:00', end: '24:00' }],
        SUN: [],
      },
    });
  });

  it.each([
    [[{ weekday: 'MONDAY', periods: [] }], ['workingHours.0.weekday:invalidChoice']],
    [[{ weekday: 'MON', periods: [{ start: '8:30', end: '18:00' }] }], ['workingHours.0.periods.0.start:invalidTime']],
    [[{ weekday: 'MON', periods: [{ start: '08:30', end: '24:30' }] }], ['workingHours.0.periods.0.end:invalidTime']],
    [[{ weekday: 'MON', periods: [{ start: '18:00', end: '08:30' }] }], ['workingHours.0.periods.0.end:endNotAfterStart']],
    [[{ weekday: 'MON', periods: [{ start: '08:30', end: '12:00' }, { start: '11:00', end: '18:00' }] }], ['workingHours.0.periods.1.start:overlapping']],
    [[{ weekday: 'MON', periods: [{ start: '08:30', end: '12:00' }] }, { weekday: 'MON', periods: [] }], ['workingHours.1.weekday:listedTwice']],
    [[{ weekday: 'SUN', periods: [] }], ['workingHours:noWorkingHours']],
    [[{ weekday: 'MON', periods: [{ start: null, end: '12:00' }] }], ['workingHours.0.periods.0.start:required']],
  ])('refuses %j', (days, expected) => {
    expect(errorsOf(validateWeeklyHours(days))).toEqual(expected);
  });
});

describe('validateCalendarDays', () => {
  it('accepts holidays and make-up days of the year, sorted by date', () => {
    const result = validateCalendarDays(2025, [
      { date: '2025-10-11', kind: 'MAKEUP_WORKDAY', name: '国庆节调休上班' },
      { date: '2025-10-01', kind: 'HOLIDAY', name: ' 国庆节 ' },
    ]);
    expect(result).toEqual({
      ok: true,
      value: [
        { date: '2025-10-01', kind: 'HOLIDAY', name: '国庆节' },
        { date: '2025-10-11', kind: 'MAKEUP_WORKDAY', name: '国庆节调休上班' },
      ],
    });
  });

  it('names every bad field at once', () => {
    const result = validateCalendarDays(2025, [
      { date: '2025-02-30', kind: 'HOLIDAY', name: '?' },
      { date: '2026-01-01', kind: 'HOLIDAY', name: '元旦' },
      { date: '2025-10-01', kind: 'DAY_OFF', name: '' },
      { date: '2025-10-01', kind: 'HOLIDAY', name: '国庆节' },
    ]);
    expect(errorsOf(result)).toEqual([
      'days.0.date:invalidDate',
      'days.1.date:outsideYear',
      'days.2.kind:invalidChoice',
      'days.2.name:required',
      'days.3.date:listedTwice',
    ]);
  });

  it('refuses a missing or implausible year', () => {
    expect(errorsOf(validateCalendarDays(null, []))).toEqual(['year:required']);
    expect(errorsOf(validateCalendarDays(1999, []))).toEqual(['year:outOfRange']);
  });
});
