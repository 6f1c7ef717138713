import { isValidLocalDate, isValidTimeZone, startOfLocalDay } from '../common/time-zone';
import { DEFAULT_TIME_ZONE } from '../organisation/validate-organisation';
import { addLocalDays } from './kpi-calendar';
import type { LocalDate } from './kpi-records';

/** A reporting period: half-open [from, to) of local dates in an IANA time zone (kpis.md). */
export interface Period {
  from: LocalDate;
  to: LocalDate;
  /** Defaults to the organisation default, Asia/Shanghai. */
  timeZone?: string;
}

/** A period turned into instants: `start ≤ t < end`. */
export interface PeriodWindow {
  from: LocalDate;
  to: LocalDate;
  timeZone: string;
  start: Date;
  end: Date;
  /** The last local day inside the period: "at period end" means on this day. */
  lastDay: LocalDate;
}

/** Raised for a period that cannot be evaluated; names the offending part. */
export class InvalidKpiPeriod extends Error {
  constructor(
    readonly field: 'from' | 'to' | 'timeZone',
    readonly reason: 'invalidDate' | 'invalidTimeZone' | 'notAfterFrom',
  ) {
    super(`Invalid KPI period: ${field} (${reason})`);
    this.name = 'InvalidKpiPeriod';
  }
}

export function resolvePeriod(period: Period): PeriodWindow {
  const timeZone = period.timeZone ?? DEFAULT_TIME_ZONE;
  if (!isValidTimeZone(timeZone)) throw new InvalidKpiPeriod('timeZone', 'invalidTimeZone');
  if (!isValidLocalDate(period.from)) throw new InvalidKpiPeriod('from', 'invalidDate');
  if (!isValidLocalDate(period.to)) throw new InvalidKpiPeriod('to', 'invalidDate');
  // An empty period has no "period end" for the people KPIs, so it is refused rather than guessed.
  if (period.to <= period.from) throw new InvalidKpiPeriod('to', 'notAfterFrom');
  return {
    from: period.from,
    to: period.to,
    timeZone,
    start: startOfLocalDay(period.from, timeZone) as Date,
    end: startOfLocalDay(period.to, timeZone) as Date,
    lastDay: addLocalDays(period.to, -1),
  };
}

/** True when `instant` lies in the half-open window; null instants never do. */
export function isWithin(instant: Date | null, window: PeriodWindow): instant is Date {
  if (instant === null) return false;
  const time = instant.getTime();
  return time >= window.start.getTime() && time < window.end.getTime();
}

/** True when local date `date` lies in the period [from, to); `YYYY-MM-DD` strings sort as dates. */
export function isLocalDateWithin(date: LocalDate, window: PeriodWindow): boolean {
  return date >= window.from && date < window.to;
}
