import ExcelJS from 'exceljs';
import type { Readable } from 'node:stream';
import type { SheetRow } from './read-csv-rows';

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * Excel keeps a date as a wall-clock time without zone, which exceljs hands over as that time in
 * UTC: written back without offset, the import reads it in the organisation's zone, as the spec says.
 */
function wallClock(date: Date): string {
  const rounded = new Date(Math.round(date.getTime() / 1000) * 1000);
  return `${rounded.getUTCFullYear()}-${pad(rounded.getUTCMonth() + 1)}-${pad(rounded.getUTCDate())} ${pad(rounded.getUTCHours())}:${pad(rounded.getUTCMinutes())}:${pad(rounded.getUTCSeconds())}`;
}

/** The text of a cell whatever Excel stored: text, number, boolean, date, rich text, formula result, link. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return wallClock(value);
  if (typeof value === 'object') {
    const cell = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: string };
    if (cell.richText) return cell.richText.map((run) => run.text).join('');
    if ('result' in cell) return cellText(cell.result);
    if ('text' in cell) return cellText(cell.text);
    if (cell.error) return cell.error;
  }
  return String(value);
}

function toSheetRow(row: ExcelJS.Row): SheetRow {
  const values = Array.isArray(row.values) ? row.values : [];
  const cells: string[] = [];
  // exceljs numbers columns from 1; index 0 is always empty.
  for (let index = 1; index < values.length; index++) cells.push(cellText(values[index]));
  return { cells, number: row.number };
}

/**
 * Streams the rows of the sheet named like the record type (e.g. "visits"), or else of the first
 * sheet, of an XLSX workbook. Row numbers are Excel's.
 */
export async function* readXlsxRows(stream: Readable, recordType: string): AsyncGenerator<SheetRow> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookReader(stream, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'emit',
  });
  let firstSheet: SheetRow[] | null = null;
  for await (const sheet of workbook) {
    const name = (sheet as unknown as { name?: string }).name?.trim().toLowerCase();
    if (name === recordType) {
      for await (const row of sheet) yield toSheetRow(row);
      return;
    }
    const rows: SheetRow[] = [];
    for await (const row of sheet) if (firstSheet === null) rows.push(toSheetRow(row));
    firstSheet ??= rows;
  }
  yield* firstSheet ?? [];
}
