import { csvLine, headerRow, startOfLocalDay, type ImportRecordTypeName } from '@stardesk/domain';
import type { DataSource } from 'typeorm';
import type { ImportOrganisation } from '../import/import-session';
import type { HeaderLanguage } from './export-spec';
import { readPages } from './read-pages';
import { RECORD_EXPORTS } from './record-exports';

export { countRows, readPages, type PagedQuery, type ReadPagesOptions } from './read-pages';

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
  return readPages(dataSource, org.id, spec, localPeriodBounds(options.from, options.to, org.timeZone), { pageSize, timeZone: org.timeZone }, (rows) =>
    sink.write(rows.map((row) => `${csvLine(spec.cells(row, format))}\r\n`).join('')),
  );
}
