import { csvLine, headerRow, startOfLocalDay, type ImportRecordTypeName } from '@stardesk/domain';
import type { DataSource } from 'typeorm';
import type { ImportOrganisation } from '../import/import-session';
import type { HeaderLanguage } from './export-spec';
import { RECORD_EXPORTS } from './record-exports';

export interface ExportOptions {
  type: ImportRecordTypeName;
  /** First local day of the period (`YYYY-MM-DD`), inclusive; all history when absent. */
  from?: string;
  /** Last local day of the period, inclusive. */
  to?: string;
  headers?: HeaderLanguage;
  /** Rows read per query. */
  pageSize?: number;
}

/** Where the CSV text goes; `write` resolves when the sink can take more (back-pressure). */
export interface ExportSink {
  write(text: string): Promise<void>;
}

const ONE_DAY_MS = 24 * 60 * 60 * 1000;

function periodBounds(options: ExportOptions, zone: string): [Date | null, Date | null] {
  const from = options.from ? startOfLocalDay(options.from, zone) : null;
  const dayAfter = options.to ? startOfLocalDay(new Date(Date.parse(`${options.to}T00:00:00Z`) + ONE_DAY_MS).toISOString().slice(0, 10), zone) : null;
  if ((options.from && !from) || (options.to && !dayAfter)) throw new Error('The period needs dates written YYYY-MM-DD');
  return [from, dayAfter];
}

/**
 * Writes one record type as CSV in exactly its import layout (UTF-8 with BOM, CRLF, English or
 * Chinese headers), a page of rows at a time, so a year of history never sits in memory. What it
 * writes imports back unchanged (into the same organisation with --update, or into another one).
 */
export async function exportRecords(dataSource: DataSource, org: ImportOrganisation, options: ExportOptions, sink: ExportSink): Promise<number> {
  const spec = RECORD_EXPORTS[options.type];
  const format = { timeZone: org.timeZone, language: options.headers ?? 'en' };
  const [from, until] = periodBounds(options, org.timeZone);
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? 5000));
  const keys = spec.keyset.map((term) => term.expression);
  /** The query of the page after the row whose keys are `last` (the first page when null). */
  const page = (last: unknown[] | null): [string, unknown[]] => {
    const params: unknown[] = [org.id];
    const param = (value: unknown, type: string): string => `$${params.push(value)}::${type}`;
    const conditions = [spec.where];
    if (spec.period && from) conditions.push(`${spec.period} >= ${param(from, 'timestamptz')}`);
    if (spec.period && until) conditions.push(`${spec.period} < ${param(until, 'timestamptz')}`);
    if (last) conditions.push(`(${keys.join(', ')}) > (${spec.keyset.map((term, index) => param(last[index], term.type)).join(', ')})`);
    // Keys travel as text: a timestamptz read into a Date loses its microseconds, and the next page would repeat rows.
    const sql = `SELECT ${spec.select}, ${keys.map((key, index) => `(${key})::text AS _k${index}`).join(', ')}
                   FROM ${spec.from} WHERE ${conditions.join(' AND ')}
                  ORDER BY ${keys.join(', ')} LIMIT ${pageSize}`;
    return [sql, params];
  };

  await sink.write(`\uFEFF${csvLine(headerRow(spec.columns, format.language))}\r\n`);
  let last: unknown[] | null = null;
  let count = 0;
  for (;;) {
    const rows: Record<string, unknown>[] = await dataSource.query(...page(last));
    if (rows.length === 0) break;
    await sink.write(rows.map((row) => `${csvLine(spec.cells(row, format))}\r\n`).join(''));
    count += rows.length;
    const lastRow = rows[rows.length - 1]!;
    last = spec.keyset.map((_, index) => lastRow[`_k${index}`]);
    if (rows.length < pageSize) break;
  }
  return count;
}
