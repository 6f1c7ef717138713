import { csvLine, headerRow, startOfLocalDay, type ImportRecordTypeName } from '@stardesk/domain';
import type { DataSource } from 'typeorm';
import type { ImportOrganisation } from '../import/import-session';
import type { HeaderLanguage, RecordExport } from './export-spec';
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

/** The instants that bound local days `from`..`to` (inclusive) in `zone`: [start of from, start of the day after to). */
export function localPeriodBounds(fromDay: string | undefined, toDay: string | undefined, zone: string): [Date | null, Date | null] {
  const from = fromDay ? startOfLocalDay(fromDay, zone) : null;
  const dayAfter = toDay ? startOfLocalDay(new Date(Date.parse(`${toDay}T00:00:00Z`) + ONE_DAY_MS).toISOString().slice(0, 10), zone) : null;
  if ((fromDay && !from) || (toDay && !dayAfter)) throw new Error('The period needs dates written YYYY-MM-DD');
  return [from, dayAfter];
}

/** What a paged read needs of a table: see RecordExport. */
export type PagedQuery = Pick<RecordExport, 'select' | 'from' | 'where' | 'period' | 'keyset'>;

/**
 * Reads the organisation's rows of `query` in the period a page at a time in keyset order (stable:
 * the keyset ends with a unique key) and hands each page to `onPage`; never the whole period at once.
 * The export below and the evidence package read through this one loop.
 */
export async function readPages(
  dataSource: DataSource,
  orgId: string,
  query: PagedQuery,
  [from, until]: [Date | null, Date | null],
  pageSize: number,
  onPage: (rows: Record<string, unknown>[]) => Promise<void>,
): Promise<number> {
  const keys = query.keyset.map((term) => term.expression);
  /** The query of the page after the row whose keys are `last` (the first page when null). */
  const page = (last: unknown[] | null): [string, unknown[]] => {
    const params: unknown[] = [orgId];
    const param = (value: unknown, type: string): string => `$${params.push(value)}::${type}`;
    const conditions = [query.where];
    if (query.period && from) conditions.push(`${query.period} >= ${param(from, 'timestamptz')}`);
    if (query.period && until) conditions.push(`${query.period} < ${param(until, 'timestamptz')}`);
    if (last) conditions.push(`(${keys.join(', ')}) > (${query.keyset.map((term, index) => param(last[index], term.type)).join(', ')})`);
    // Keys travel as text: a timestamptz read into a Date loses its microseconds, and the next page would repeat rows.
    const sql = `SELECT ${query.select}, ${keys.map((key, index) => `(${key})::text AS _k${index}`).join(', ')}
                   FROM ${query.from} WHERE ${conditions.join(' AND ')}
                  ORDER BY ${keys.join(', ')} LIMIT ${pageSize}`;
    return [sql, params];
  };
  const fetch = (last: unknown[] | null): Promise<Record<string, unknown>[]> => dataSource.query(...page(last));
  let count = 0;
  let next: Promise<Record<string, unknown>[]> | null = fetch(null);
  while (next) {
    const rows: Record<string, unknown>[] = await next;
    if (rows.length === 0) break;
    // The next page is read while this one is written (its keys are known already): the database and
    // the writer work at the same time.
    const lastRow = rows[rows.length - 1]!;
    next = rows.length < pageSize ? null : fetch(query.keyset.map((_, index) => lastRow[`_k${index}`]));
    next?.catch(() => undefined);
    await onPage(rows);
    count += rows.length;
  }
  return count;
}

/** How many rows readPages would read. */
export async function countRows(dataSource: DataSource, orgId: string, query: PagedQuery, [from, until]: [Date | null, Date | null]): Promise<number> {
  const params: unknown[] = [orgId];
  const conditions = [query.where];
  if (query.period && from) conditions.push(`${query.period} >= $${params.push(from)}::timestamptz`);
  if (query.period && until) conditions.push(`${query.period} < $${params.push(until)}::timestamptz`);
  const [row] = await dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${query.from} WHERE ${conditions.join(' AND ')}`, params);
  return row?.n ?? 0;
}

/**
 * Writes one record type as CSV in exactly its import layout (UTF-8 with BOM, CRLF, English or
 * Chinese headers), a page of rows at a time, so a year of history never sits in memory. What it
 * writes imports back unchanged (into the same organisation with --update, or into another one).
 */
export async function exportRecords(dataSource: DataSource, org: ImportOrganisation, options: ExportOptions, sink: ExportSink): Promise<number> {
  const spec = RECORD_EXPORTS[options.type];
  const format = { timeZone: org.timeZone, language: options.headers ?? 'en' };
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? 5000));
  await sink.write(`\uFEFF${csvLine(headerRow(spec.columns, format.language))}\r\n`);
  return readPages(dataSource, org.id, spec, localPeriodBounds(options.from, options.to, org.timeZone), pageSize, (rows) =>
    sink.write(rows.map((row) => `${csvLine(spec.cells(row, format))}\r\n`).join('')),
  );
}
