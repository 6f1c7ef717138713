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

const QUARTER_HOUR_MS = 15 * 60_000;
/** Offsets by zone and quarter hour, for quarters without a change of offset (bounded: cleared when full). */
const offsetCache = new Map<string, number>();
const OFFSET_CACHE_LIMIT = 50_000;

/**
 * Offset of `zone` from UTC at `instant`, in minutes (Asia/Shanghai → +480). Exports format hundreds
 * of thousands of instants: the offset is computed once per zone and quarter hour (offsets change on
 * quarter hours; a quarter whose two ends differ is never cached).
 */
export function zoneOffsetMinutes(zone: string, instant: Date): number {
  const quarter = Math.floor(instant.getTime() / QUARTER_HOUR_MS);
  if (!Number.isFinite(quarter)) return computeZoneOffsetMinutes(zone, instant);
  const key = `${zone}|${quarter}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const start = computeZoneOffsetMinutes(zone, new Date(quarter * QUARTER_HOUR_MS));
  const end = computeZoneOffsetMinutes(zone, new Date((quarter + 1) * QUARTER_HOUR_MS - 1000));
  if (start !== end) return computeZoneOffsetMinutes(zone, instant);
  if (offsetCache.size >= OFFSET_CACHE_LIMIT) offsetCache.clear();
  offsetCache.set(key, start);
  return start;
}

function computeZoneOffsetMinutes(zone: string, instant: Date): number {
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
