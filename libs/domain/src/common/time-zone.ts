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

/** Offset of `zone` from UTC at `instant`, in minutes (Asia/Shanghai → +480). */
export function zoneOffsetMinutes(zone: string, instant: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The instant at which local date `YYYY-MM-DD` begins in `zone`; null for a malformed date. */
export function startOfLocalDay(localDate: string, zone: string): Date | null {
  const match = LOCAL_DATE.exec(localDate);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const naiveUtc = Date.UTC(year, month - 1, day);
  const check = new Date(naiveUtc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  // Two passes settle days on which the offset itself changes (DST zones).
  let guess = naiveUtc - zoneOffsetMinutes(zone, new Date(naiveUtc)) * 60000;
  guess = naiveUtc - zoneOffsetMinutes(zone, new Date(guess)) * 60000;
  return new Date(guess);
}

/** Local calendar date `YYYY-MM-DD` of `instant` in `zone`. */
export function localDateOf(instant: Date, zone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}
