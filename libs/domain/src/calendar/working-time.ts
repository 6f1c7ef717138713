import { localDateOf, zoneOffsetMinutes } from '../common/time-zone';
import { addLocalDays } from '../kpi/kpi-calendar';
import { minuteOfDay, workingPeriodsOn, type WorkingCalendar } from './working-calendar';

const MS_PER_MINUTE = 60_000;
/** Ten years: a calendar with no working time left would otherwise search forever. */
const MAX_DAYS_SEARCHED = 3_660;

/** The instant at `minute` minutes after local midnight of `localDate` in `zone`. */
export function localTimeToInstant(localDate: string, minute: number, zone: string): Date {
  const [year, month, day] = localDate.split('-').map(Number) as [number, number, number];
  const naiveUtc = Date.UTC(year, month - 1, day) + minute * MS_PER_MINUTE;
  // Two passes settle the offset on days when it changes (DST zones); China has none.
  let guess = naiveUtc - zoneOffsetMinutes(zone, new Date(naiveUtc)) * MS_PER_MINUTE;
  guess = naiveUtc - zoneOffsetMinutes(zone, new Date(guess)) * MS_PER_MINUTE;
  return new Date(guess);
}

/** The working intervals of a local date as instants `[from, to)`. */
function workingIntervals(localDate: string, calendar: WorkingCalendar): [number, number][] {
  return workingPeriodsOn(localDate, calendar).map((period) => [
    localTimeToInstant(localDate, minuteOfDay(period.start)!, calendar.timeZone).getTime(),
    localTimeToInstant(localDate, minuteOfDay(period.end)!, calendar.timeZone).getTime(),
  ]);
}

/**
 * The instant when `minutes` of working time have passed since `start`: time outside working hours,
 * on holidays and on non-working weekends does not count; make-up working days (调休) do. A start
 * outside working hours begins counting at the next opening. Landing exactly on a closing time
 * returns the closing time (a deadline met "by 18:00").
 */
export function addWorkingDuration(start: Date, minutes: number, calendar: WorkingCalendar): Date {
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError(`Working minutes must be zero or more, got ${minutes}`);
  let remaining = minutes * MS_PER_MINUTE;
  let date = localDateOf(start, calendar.timeZone);
  for (let day = 0; day < MAX_DAYS_SEARCHED; day += 1, date = addLocalDays(date, 1)) {
    for (const [opens, closes] of workingIntervals(date, calendar)) {
      const from = Math.max(opens, start.getTime());
      if (from >= closes) continue;
      if (remaining <= closes - from) return new Date(from + remaining);
      remaining -= closes - from;
    }
  }
  throw new RangeError('The working calendar has no working time left in the next ten years');
}

/** True when `instant` falls in a working period of its local day (start inclusive, end exclusive). */
export function isWithinWorkingHours(instant: Date, calendar: WorkingCalendar): boolean {
  const time = instant.getTime();
  return workingIntervals(localDateOf(instant, calendar.timeZone), calendar).some(([opens, closes]) => opens <= time && time < closes);
}
