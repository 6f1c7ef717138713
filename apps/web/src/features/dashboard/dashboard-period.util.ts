import { monthOf, monthRangeToInterval, monthsEndingWith } from '../../shared/local-date.util';

export const DASHBOARD_MONTHS = 12;

export interface DashboardPeriod {
  /** The calendar months covered, oldest first, ending with the current month. */
  months: string[];
  /** ISO bounds for the stats query: start of the first month, start of the month after the last. */
  reportedFrom: string;
  reportedTo: string;
}

/** The last twelve calendar months, the current one included, in the organisation's time zone. */
export function dashboardPeriod(now: Date, timeZone: string, monthCount = DASHBOARD_MONTHS): DashboardPeriod {
  const months = monthsEndingWith(monthOf(now, timeZone), monthCount);
  const interval = monthRangeToInterval(months[0]!, months[months.length - 1]!, timeZone);
  return { months, reportedFrom: interval.from!, reportedTo: interval.to! };
}
