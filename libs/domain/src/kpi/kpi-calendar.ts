import type { LocalDate } from './kpi-records';

/**
 * Calendar arithmetic on local dates (`YYYY-MM-DD`). A local date names a day on the wall calendar
 * whatever the zone, so the arithmetic runs in UTC, where every day has 24 hours.
 */
const MS_PER_DAY = 86_400_000;

function toUtcDate(date: LocalDate): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day));
}

function fromUtcDate(date: Date): LocalDate {
  return date.toISOString().slice(0, 10);
}

export function addLocalDays(date: LocalDate, days: number): LocalDate {
  return fromUtcDate(new Date(toUtcDate(date).getTime() + days * MS_PER_DAY));
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: LocalDate): number {
  return toUtcDate(date).getUTCDay() || 7;
}

/** The Monday that starts the ISO week of `date`. */
export function startOfIsoWeek(date: LocalDate): LocalDate {
  return addLocalDays(date, 1 - isoWeekday(date));
}

/** ISO week label `YYYY-Www`; the year is the ISO week-year (2027-01-01 is in 2026-W53). */
export function isoWeekKey(date: LocalDate): string {
  // The Thursday of a week decides which year the week belongs to (ISO 8601).
  const thursday = addLocalDays(date, 4 - isoWeekday(date));
  const year = thursday.slice(0, 4);
  const dayOfYear = (toUtcDate(thursday).getTime() - toUtcDate(`${year}-01-01`).getTime()) / MS_PER_DAY;
  const week = Math.floor(dayOfYear / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Month label `YYYY-MM`. */
export function monthKey(date: LocalDate): string {
  return date.slice(0, 7);
}

export function startOfNextMonth(date: LocalDate): LocalDate {
  const utc = toUtcDate(date);
  return fromUtcDate(new Date(Date.UTC(utc.getUTCFullYear(), utc.getUTCMonth() + 1, 1)));
}

export const KPI_TIME_DIMENSIONS = ['day', 'week', 'month'] as const;
export type KpiTimeDimension = (typeof KPI_TIME_DIMENSIONS)[number];

/** One calendar bucket, clipped to the period: `[from, to)` local dates. */
export interface CalendarBucket {
  key: string;
  from: LocalDate;
  to: LocalDate;
}

/** The day, ISO week or month buckets covering [from, to), in order, clipped at both ends. */
export function calendarBuckets(from: LocalDate, to: LocalDate, dimension: KpiTimeDimension): CalendarBucket[] {
  const buckets: CalendarBucket[] = [];
  let start = from;
  while (start < to) {
    const next = nextBucketStart(start, dimension);
    const end = next < to ? next : to;
    buckets.push({ key: bucketKey(start, dimension), from: start, to: end });
    start = end;
  }
  return buckets;
}

function nextBucketStart(date: LocalDate, dimension: KpiTimeDimension): LocalDate {
  switch (dimension) {
    case 'day':
      return addLocalDays(date, 1);
    case 'week':
      return addLocalDays(startOfIsoWeek(date), 7);
    case 'month':
      return startOfNextMonth(date);
  }
}

function bucketKey(date: LocalDate, dimension: KpiTimeDimension): string {
  switch (dimension) {
    case 'day':
      return date;
    case 'week':
      return isoWeekKey(date);
    case 'month':
      return monthKey(date);
  }
}
