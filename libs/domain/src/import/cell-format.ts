import { zoneOffsetMinutes } from '../common/time-zone';
import type { PartLine } from './cell-parsers';

/**
 * The export side of the cell parsers: what the CSV export writes reads back to the same values, so
 * an export imports into another organisation unchanged (import-format.md, round trip).
 */
const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/** ISO-8601 in the organisation's zone with its offset: `2026-03-01T09:30:00+08:00` (milliseconds only when set). */
export function formatInstantCell(instant: Date | null, zone: string): string {
  if (!instant) return '';
  const offset = zoneOffsetMinutes(zone, instant);
  const local = new Date(instant.getTime() + offset * 60_000);
  const ms = local.getUTCMilliseconds();
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}` +
    (ms ? `.${pad(ms, 3)}` : '') +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

export function formatBooleanCell(value: boolean | null, language: 'en' | 'zh'): string {
  if (value === null) return '';
  if (language === 'zh') return value ? '是' : '否';
  return value ? 'true' : 'false';
}

export function formatPartsCell(lines: readonly PartLine[]): string {
  return lines.map((line) => `${line.partNo}*${line.quantity}`).join(';');
}
