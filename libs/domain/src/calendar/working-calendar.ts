/**
 * A working calendar: the hours an organisation works each weekday, in its IANA time zone, with
 * public holidays off and make-up working days (调休) on. Deadlines may count only working time
 * when the organisation switches its calendar on (kpis.md: off by default).
 */
export const WEEKDAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** A stretch of working time within one local day, `HH:MM` to `HH:MM` (end exclusive; `24:00` allowed). */
export interface WorkingPeriod {
  start: string;
  end: string;
}

export type WeeklyHours = Readonly<Record<Weekday, readonly WorkingPeriod[]>>;

export const CALENDAR_DAY_KINDS = ['HOLIDAY', 'MAKEUP_WORKDAY'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/** A date that departs from the week: a public holiday, or a weekend day worked instead (调休). */
export interface CalendarDay {
  /** Local date `YYYY-MM-DD`. */
  date: string;
  kind: CalendarDayKind;
  name: string;
}

export interface WorkingCalendar {
  timeZone: string;
  weeklyHours: WeeklyHours;
  holidays: ReadonlySet<string>;
  makeUpWorkdays: ReadonlySet<string>;
}

const OFFICE_DAY: readonly WorkingPeriod[] = [{ start: '08:30', end: '18:00' }];

/** Monday to Friday, 08:30–18:00: what an organisation gets until it says otherwise. */
export const DEFAULT_WEEKLY_HOURS: WeeklyHours = {
  MON: OFFICE_DAY,
  TUE: OFFICE_DAY,
  WED: OFFICE_DAY,
  THU: OFFICE_DAY,
  FRI: OFFICE_DAY,
  SAT: [],
  SUN: [],
};

export function buildWorkingCalendar(timeZone: string, weeklyHours: WeeklyHours, days: readonly CalendarDay[]): WorkingCalendar {
  return {
    timeZone,
    weeklyHours,
    holidays: new Set(days.filter((day) => day.kind === 'HOLIDAY').map((day) => day.date)),
    makeUpWorkdays: new Set(days.filter((day) => day.kind === 'MAKEUP_WORKDAY').map((day) => day.date)),
  };
}

const TIME = /^(\d{2}):(\d{2})$/;

/** Minutes after local midnight of `HH:MM`, 0 to 1440; null when malformed. */
export function minuteOfDay(time: string): number | null {
  const match = TIME.exec(time);
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes > 0)) return null;
  return hours * 60 + minutes;
}

/** Weekday of a local date (the date names a wall-calendar day, so UTC arithmetic is exact). */
export function weekdayOf(localDate: string): Weekday {
  const [year, month, day] = localDate.split('-').map(Number) as [number, number, number];
  const utcDay = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return WEEKDAYS[(utcDay + 6) % 7]!;
}

/**
 * A make-up working day (调休) is worked like an ordinary weekday: it takes the hours of the first
 * weekday, Monday to Friday, that has any.
 */
function makeUpDayHours(weeklyHours: WeeklyHours): readonly WorkingPeriod[] {
  for (const weekday of WEEKDAYS.slice(0, 5)) {
    if (weeklyHours[weekday].length) return weeklyHours[weekday];
  }
  return [];
}

/** The working periods of a local date: none on a holiday, weekday hours on a make-up day. */
export function workingPeriodsOn(localDate: string, calendar: WorkingCalendar): readonly WorkingPeriod[] {
  if (calendar.holidays.has(localDate)) return [];
  const weekly = calendar.weeklyHours[weekdayOf(localDate)];
  if (calendar.makeUpWorkdays.has(localDate) && weekly.length === 0) return makeUpDayHours(calendar.weeklyHours);
  return weekly;
}
