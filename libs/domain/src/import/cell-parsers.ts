import { isValidPhone, normalisePhone } from '../common/phone';
import { isValidLocalDate, zoneOffsetMinutes } from '../common/time-zone';
import type { ImportProblemCode } from './import-problem';

/**
 * Parsers of one spreadsheet cell (already trimmed, never empty: empty cells are null before this).
 * Each returns the value or the problem code with what the message needs.
 */
export type CellResult<T> = { ok: true; value: T } | { ok: false; code: ImportProblemCode; params?: Record<string, string | number> };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const bad = <T>(code: ImportProblemCode, params?: Record<string, string | number>): CellResult<T> => ({ ok: false, code, params });

// ISO-8601 (T or space between date and time), plus the 2026/3/1 9:30 that Excel writes for dates
// shown in Chinese locales. The offset is optional: without it the time is the organisation's.
const INSTANT = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ]0{1,2}:00(?::00(?:\.0+)?)?)?$/;

function localDate(year: string, month: string, day: string): string | null {
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isValidLocalDate(date) ? date : null;
}

function offsetMinutes(text: string): number {
  if (text.toUpperCase() === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0));
}

// A zone's offset changes at most at quarter hours: one lookup per zone and quarter hour is enough,
// which keeps a 100 k-row import from asking Intl for the offset hundreds of thousands of times.
const QUARTER_HOUR_MS = 15 * 60_000;
const offsetCache = new Map<string, number>();

function cachedOffset(zone: string, instant: number): number {
  const key = `${zone}|${Math.floor(instant / QUARTER_HOUR_MS)}`;
  let offset = offsetCache.get(key);
  if (offset === undefined) {
    if (offsetCache.size > 200_000) offsetCache.clear();
    offset = zoneOffsetMinutes(zone, new Date(instant));
    offsetCache.set(key, offset);
  }
  return offset;
}

/** The instant of a local wall-clock time in `zone` (two passes settle the days the offset changes). */
export function instantOfLocalTime(naiveUtcMs: number, zone: string): Date {
  let guess = naiveUtcMs - cachedOffset(zone, naiveUtcMs) * 60_000;
  guess = naiveUtcMs - cachedOffset(zone, guess) * 60_000;
  return new Date(guess);
}

export function parseInstantCell(text: string, zone: string): CellResult<Date> {
  const match = INSTANT.exec(text);
  if (!match) return bad('invalidInstant', { value: text });
  const [, year, month, day, hour, minute, second, fraction, offset] = match;
  const date = localDate(year!, month!, day!);
  const [h, m, s] = [Number(hour), Number(minute), Number(second ?? 0)];
  if (!date || h > 23 || m > 59 || s > 59) return bad('invalidInstant', { value: text });
  const ms = fraction ? Math.floor(Number(`0.${fraction}`) * 1000) : 0;
  const naiveUtc = Date.parse(`${date}T00:00:00Z`) + ((h * 60 + m) * 60 + s) * 1000 + ms;
  if (offset) return ok(new Date(naiveUtc - offsetMinutes(offset) * 60_000));
  return ok(instantOfLocalTime(naiveUtc, zone));
}

/** A calendar date, normalised to `YYYY-MM-DD` (a midnight time, as spreadsheets add, is tolerated). */
export function parseDateCell(text: string): CellResult<string> {
  const match = DATE.exec(text);
  const date = match ? localDate(match[1]!, match[2]!, match[3]!) : null;
  return date ? ok(date) : bad('invalidDate', { value: text });
}

const TRUE_WORDS = ['true', '是'];
const FALSE_WORDS = ['false', '否'];

export function parseBooleanCell(text: string): CellResult<boolean> {
  const word = text.toLowerCase();
  if (TRUE_WORDS.includes(word)) return ok(true);
  if (FALSE_WORDS.includes(word)) return ok(false);
  return bad('invalidBoolean', { value: text });
}

/** Whole numbers; `3.0` is accepted because spreadsheets store every number as a float. */
export function parseIntegerCell(text: string, min: number, max: number): CellResult<number> {
  if (!/^[+-]?\d+(\.0+)?$/.test(text)) return bad('invalidInteger', { value: text });
  const value = Number.parseInt(text, 10);
  return value < min || value > max ? bad('outOfRange', { min, max }) : ok(value);
}

/** A value of a fixed vocabulary, case-insensitive, returned as written in the vocabulary. */
export function parseChoiceCell<T extends string>(text: string, allowed: readonly T[]): CellResult<T> {
  const found = allowed.find((choice) => choice === text.toUpperCase());
  return found ? ok(found) : bad('invalidChoice', { value: text, allowed: allowed.join(', ') });
}

/** A mainland mobile or landline, stored without separators so that lookups by phone find it. */
export function parsePhoneCell(text: string): CellResult<string> {
  return isValidPhone(text) ? ok(normalisePhone(text)) : bad('invalidPhone', { value: text });
}

export interface PartLine {
  partNo: string;
  quantity: number;
}

const PART = /^([^*\s;]{1,64})\s*\*\s*(\d{1,3})$/;

/** `PARTNO*QTY` items joined by `;` (a full-width ； too), e.g. `PCB-01*1;FAN-2*2`. */
export function parsePartsCell(text: string): CellResult<PartLine[]> {
  const lines: PartLine[] = [];
  for (const item of text.split(/[;；]/)) {
    const trimmed = item.trim();
    if (!trimmed) continue;
    const match = PART.exec(trimmed);
    const quantity = match ? Number(match[2]) : 0;
    if (!match || quantity < 1) return bad('invalidParts', { value: text });
    lines.push({ partNo: match[1]!, quantity });
  }
  return lines.length ? ok(lines) : bad('invalidParts', { value: text });
}

/** A list of codes joined by `;` or `,` (full-width too), e.g. the outlets of a staff member. */
export function parseCodeListCell(text: string): string[] {
  return [...new Set(text.split(/[;；,，]/).map((item) => item.trim()).filter(Boolean))];
}
