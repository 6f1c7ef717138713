import { isValidLocalDate } from '../common/time-zone';
import { FieldErrors } from '../common/validation.util';
import type { ValidationResult } from '../service-request/validate-new-service-request';
import {
  CALENDAR_DAY_KINDS,
  WEEKDAYS,
  minuteOfDay,
  type CalendarDay,
  type CalendarDayKind,
  type Weekday,
  type WeeklyHours,
  type WorkingPeriod,
} from './working-calendar';

export interface WorkingDayDraft {
  weekday?: string | null;
  periods?: readonly { start?: string | null; end?: string | null }[] | null;
}

/**
 * Weekly hours as a form sends them: one entry per working weekday; a weekday left out is not
 * worked. Periods must be well-formed, end after they start and not overlap within a day.
 */
export function validateWeeklyHours(days: readonly WorkingDayDraft[], prefix = 'workingHours'): ValidationResult<WeeklyHours> {
  const errors = new FieldErrors();
  const hours: Record<Weekday, WorkingPeriod[]> = { MON: [], TUE: [], WED: [], THU: [], FRI: [], SAT: [], SUN: [] };
  const seen = new Set<string>();
  days.forEach((day, index) => {
    const field = `${prefix}.${index}`;
    if (!errors.required(`${field}.weekday`, day.weekday) || !errors.oneOf(`${field}.weekday`, day.weekday, WEEKDAYS)) return;
    if (seen.has(day.weekday)) {
      errors.add({ field: `${field}.weekday`, code: 'listedTwice' });
      return;
    }
    seen.add(day.weekday);
    const periods: { start: number; end: number; index: number; period: WorkingPeriod }[] = [];
    (day.periods ?? []).forEach((period, periodIndex) => {
      const periodField = `${field}.periods.${periodIndex}`;
      const start = checkTime(errors, `${periodField}.start`, period.start);
      const end = checkTime(errors, `${periodField}.end`, period.end);
      if (start === null || end === null) return;
      if (end <= start) errors.add({ field: `${periodField}.end`, code: 'endNotAfterStart' });
      else periods.push({ start, end, index: periodIndex, period: { start: period.start!, end: period.end! } });
    });
    periods.sort((a, b) => a.start - b.start);
    periods.forEach((period, position) => {
      const previous = periods[position - 1];
      if (previous && period.start < previous.end) errors.add({ field: `${field}.periods.${period.index}.start`, code: 'overlapping' });
    });
    hours[day.weekday] = periods.map((period) => period.period);
  });
  if (errors.isEmpty && WEEKDAYS.every((weekday) => hours[weekday].length === 0)) errors.add({ field: prefix, code: 'noWorkingHours' });
  if (!errors.isEmpty) return { ok: false, errors: errors.list };
  return { ok: true, value: hours };
}

function checkTime(errors: FieldErrors, field: string, value: string | null | undefined): number | null {
  if (!errors.required(field, value)) return null;
  const minute = minuteOfDay(value!.trim());
  if (minute === null) errors.add({ field, code: 'invalidTime' });
  return minute;
}

export interface CalendarDayDraft {
  date?: string | null;
  kind?: string | null;
  name?: string | null;
}

export const CALENDAR_YEARS = { min: 2000, max: 2100 } as const;

/**
 * The holidays and make-up working days of one year, as published each year by the State Council
 * (e.g. 国庆节 1–7 October, worked on the Saturdays around it).
 */
export function validateCalendarDays(year: number | null | undefined, days: readonly CalendarDayDraft[], prefix = 'days'): ValidationResult<CalendarDay[]> {
  const errors = new FieldErrors();
  const yearValid = errors.required('year', year) && Number.isInteger(year) && year! >= CALENDAR_YEARS.min && year! <= CALENDAR_YEARS.max;
  if (year != null && !yearValid) errors.add({ field: 'year', code: 'outOfRange', params: CALENDAR_YEARS });
  const seen = new Set<string>();
  const valid: CalendarDay[] = [];
  days.forEach((day, index) => {
    const field = `${prefix}.${index}`;
    const date = day.date?.trim() ?? '';
    if (errors.required(`${field}.date`, date)) {
      if (!isValidLocalDate(date)) errors.add({ field: `${field}.date`, code: 'invalidDate' });
      else if (yearValid && !date.startsWith(`${year}-`)) errors.add({ field: `${field}.date`, code: 'outsideYear', params: { year: year! } });
      else if (seen.has(date)) errors.add({ field: `${field}.date`, code: 'listedTwice' });
      seen.add(date);
    }
    if (errors.required(`${field}.kind`, day.kind)) errors.oneOf(`${field}.kind`, day.kind, CALENDAR_DAY_KINDS);
    const name = day.name?.trim() ?? '';
    if (errors.required(`${field}.name`, name)) errors.maxLength(`${field}.name`, name, 64);
    valid.push({ date, kind: day.kind as CalendarDayKind, name });
  });
  if (!errors.isEmpty) return { ok: false, errors: errors.list };
  return { ok: true, value: valid.sort((a, b) => a.date.localeCompare(b.date)) };
}
