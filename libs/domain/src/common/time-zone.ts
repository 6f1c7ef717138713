/**
 * Calendar arithmetic in an organisation's IANA time zone, without a date library, so that the API,
 * the CLI and the web agree on where a local day starts (kpis.md: periods are local and half-open).
 */
export function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

// Building an Intl.DateTimeFormat costs far more than using one; keep one per zone and purpose.
const partsFormatters = new Map<string, Intl.DateTimeFormat>();
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(zone, formatter);
  }
  return formatter;
}

/** Offset of `zone` from UTC at `instant`, in minutes (Asia/Shanghai → +480). */
export function zoneOffsetMinutes(zone: string, instant: Date): number {
  const parts = partsFormatter(zone).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (no 30 February). */
export function isValidLocalDate(localDate: string): boolean {
  const match = LOCAL_DATE.exec(localDate);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The instant at which local date `YYYY-MM-DD` begins in `zone`; null for a malformed date. */
export function startOfLocalDay(localDate: string, zone: string): Date | null {
  if (!isValidLocalDate(localDate)) return null;
  const [year, month, day] = localDate.split('-').map(Number) as [number, number, number];
  const naiveUtc = Date.UTC(year, month - 1, day);
  // Two passes settle days on which the offset itself changes (DST zones).
  let guess = naiveUtc - zoneOffsetMinutes(zone, new Date(naiveUtc)) * 60000;
  guess = naiveUtc - zoneOffsetMinutes(zone, new Date(guess)) * 60000;
  return new Date(guess);
}

/** Local calendar date `YYYY-MM-DD` of `instant` in `zone`. */
export function localDateOf(instant: Date, zone: string): string {
  let formatter = dateFormatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dateFormatters.set(zone, formatter);
  }
  return formatter.format(instant);
}
