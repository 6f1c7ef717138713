import type { PassThrough, Writable } from 'node:stream';
import { SequentialZip, writeTo, type OpenZipEntry } from '../sequential-zip';
import { SHEET_END, SHEET_START, columnName, rowXml } from './sheet-xml.util';
import { sheetPath, workbookParts } from './workbook-parts';

/** Excel opens at most 1,048,576 rows a sheet: the header and this many rows, then a continuation sheet. */
export const MAX_SHEET_DATA_ROWS = 1_048_575;

/** Rows are joined into pieces of about this many characters before they are written. */
const PIECE_CHARS = 256 * 1024;

/**
 * An XLSX workbook written as it goes, sheet after sheet, straight into `out`: a sheet's rows are
 * XML text streamed into its ZIP entry with back-pressure, never held, and there is no shared-string
 * table (inline strings), so memory does not grow with the rows. The bytes depend only on the sheets'
 * names and rows and on `date` (entries' timestamps and the document's properties).
 *
 * One sheet is open at a time: `openSheet`, its rows, `close`, then the next; `finish` at the end.
 */
export class StreamingWorkbook {
  private readonly zip: SequentialZip;
  private readonly names: string[] = [];

  constructor(
    out: Writable,
    private readonly date: Date,
    level = 1,
  ) {
    this.zip = new SequentialZip(out, date, level);
  }

  openSheet(name: string): SheetWriter {
    const index = this.names.push(name) - 1;
    return new SheetWriter(this.zip.begin<PassThrough>(sheetPath(index)));
  }

  /** Writes the workbook's other parts and closes it. */
  async finish(): Promise<void> {
    const parts = workbookParts(this.names, this.date);
    for (const [path, xml] of parts.slice(0, -1)) await this.zip.add(path, (sink) => writeTo(sink, xml));
    const [path, xml] = parts[parts.length - 1]!;
    await this.zip.finish({ path, content: Buffer.from(xml, 'utf8') });
  }

  abort(): void {
    this.zip.abort();
  }
}

/** The rows of one sheet, numbered from 1, written in pieces with back-pressure. */
export class SheetWriter {
  private rowNumber = 0;
  private readonly columns: string[] = [];
  private pending = SHEET_START;

  constructor(private readonly entry: OpenZipEntry<PassThrough>) {}

  /** Rows written so far (the header included). */
  get rows(): number {
    return this.rowNumber;
  }

  async add(cells: readonly string[]): Promise<void> {
    while (this.columns.length < cells.length) this.columns.push(columnName(this.columns.length));
    this.rowNumber += 1;
    this.pending += rowXml(this.rowNumber, cells, this.columns);
    if (this.pending.length >= PIECE_CHARS) await this.flush();
  }

  async close(): Promise<void> {
    this.pending += SHEET_END;
    await this.flush();
    await this.entry.close();
  }

  private async flush(): Promise<void> {
    const piece = this.pending;
    this.pending = '';
    await this.entry.write(piece);
  }
}

/** One record type's rows as sheets `name`, `name (2)`, ... each with the header and at most `limit` rows. */
export class SheetSeries {
  private sheet: SheetWriter | null = null;
  private rows = 0;
  private number = 0;

  constructor(
    private readonly workbook: StreamingWorkbook,
    private readonly name: string,
    private readonly headers: readonly string[],
    private readonly limit = MAX_SHEET_DATA_ROWS,
  ) {}

  async add(cells: readonly string[]): Promise<void> {
    if (this.sheet && this.rows === this.limit) {
      await this.sheet.close();
      this.sheet = null;
    }
    const sheet = this.sheet ?? (await this.next());
    await sheet.add(cells);
    this.rows += 1;
  }

  /** Closes the last sheet (a record type without rows still gets its sheet with the header). */
  async close(): Promise<void> {
    await (this.sheet ?? (await this.next())).close();
    this.sheet = null;
  }

  private async next(): Promise<SheetWriter> {
    this.number += 1;
    const sheet = this.workbook.openSheet(this.number === 1 ? this.name : `${this.name} (${this.number})`);
    await sheet.add(this.headers);
    this.sheet = sheet;
    this.rows = 0;
    return sheet;
  }
}
