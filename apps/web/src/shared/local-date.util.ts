import { localDateOf, startOfLocalDay, type Locale } from '@stardesk/domain';

/**
 * Calendar dates (`YYYY-MM-DD`) and months (`YYYY-MM`) as the organisation sees them. Periods are
 * half-open, [start of first day, start of the day after the last day), in the organisation's time
 * zone, matching how the API groups by month.
 */

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

export function isLocalDate(value: string | null | undefined): value is string {
  const match = LOCAL_DATE.exec(value ?? '');
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function addDays(localDate: string, days: number): string {
  const [year, month, day] = localDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

export function addMonths(month: string, count: number): string {
  const match = MONTH.exec(month);
  if (!match) throw new RangeError(`Not a YYYY-MM month: ${month}`);
  const index = Number(match[1]) * 12 + (Number(match[2]) - 1) + count;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}

/** The `count` calendar months ending with `lastMonth`, oldest first. */
export function monthsEndingWith(lastMonth: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => addMonths(lastMonth, index - count + 1));
}

export function monthOf(instant: Date, timeZone: string): string {
  return localDateOf(instant, timeZone).slice(0, 7);
}

export interface Interval {
  /** Inclusive lower bound, ISO instant. */
  from: string | null;
  /** Exclusive upper bound, ISO instant. */
  to: string | null;
}

function startOfDayIso(localDate: string, timeZone: string): string {
  const start = startOfLocalDay(localDate, timeZone);
  if (!start) throw new RangeError(`Not a calendar date: ${localDate}`);
  return start.toISOString();
}

/**
 * An inclusive range of calendar days as a half-open interval of instants: from the start of the
 * first day to the start of the day after the last one. Either end may be open.
 */
export function dayRangeToInterval(firstDay: string | null, lastDay: string | null, timeZone: string): Interval {
  return {
    from: firstDay ? startOfDayIso(firstDay, timeZone) : null,
    to: lastDay ? startOfDayIso(addDays(lastDay, 1), timeZone) : null,
  };
}

/** Whole months, first to last inclusive, as a half-open interval of instants. */
export function monthRangeToInterval(firstMonth: string, lastMonth: string, timeZone: string): Interval {
  return {
    from: startOfDayIso(`${firstMonth}-01`, timeZone),
    to: startOfDayIso(`${addMonths(lastMonth, 1)}-01`, timeZone),
  };
}

/** "2025年3月" / "Mar 2025": a calendar month named in the UI language. */
export function formatMonth(month: string, locale: Locale): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, monthNumber - 1, 1)),
  );
}
