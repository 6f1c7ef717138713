import { matchHeaders } from './column-spec';
import { hasErrors, type ImportProblem } from './import-problem';
import type { ImportFileRef, ImportRecordType, RowSource } from './import-record-type';
import { RowReader, type ImportContext } from './row-reader';

export interface ParsedImportFile<R> {
  file: ImportFileRef;
  records: R[];
  problems: ImportProblem[];
  /** Data rows read (blank rows excluded), valid or not. */
  rowCount: number;
  /** Keys of the rows refused, so that rows referring to them are not also reported as "not found". */
  rejectedKeys: string[];
  /** False when the file could not be read to the end or its header was unusable: its keys are unknown. */
  complete: boolean;
}

const isBlank = (cells: readonly string[]): boolean => cells.every((cell) => cell.trim() === '');

/**
 * Turns the rows of one file into records, row by row as they are read (so a large file is never
 * held as text): the first row is the header, blank rows are skipped, and every problem is kept.
 * A file whose header is unusable (a required column missing or twice) reads no rows.
 */
export class ImportFileParser<R extends { source: RowSource }> {
  private file: ImportFileRef | null = null;
  private headerWidth = 0;
  private readonly records: R[] = [];
  private readonly problems: ImportProblem[] = [];
  private headerUsable = false;
  private rowCount = 0;
  private readonly rejectedKeys: string[] = [];
  private readFailed = false;

  constructor(
    private readonly name: string,
    private readonly type: ImportRecordType<R>,
    private readonly context: ImportContext,
  ) {}

  /** Feeds one row; `rowNumber` is the row as the spreadsheet shows it (the header is row 1). */
  push(cells: readonly string[], rowNumber: number): void {
    if (!this.file) {
      if (isBlank(cells)) return;
      const header = matchHeaders(this.name, cells, this.type.columns);
      this.file = { name: this.name, header };
      this.headerWidth = cells.length;
      this.problems.push(...header.problems);
      this.headerUsable = !hasErrors(header.problems);
      return;
    }
    if (isBlank(cells)) return;
    this.rowCount++;
    if (!this.headerUsable) return;
    if (cells.slice(this.headerWidth).some((cell) => cell.trim() !== '')) {
      this.problems.push({ file: this.name, row: rowNumber, column: null, code: 'tooManyCells', severity: 'error' });
      return;
    }
    const reader = new RowReader(this.file, rowNumber, cells, this.problems, this.context);
    const record = this.type.readRow(reader);
    if (record) this.records.push(record);
    else this.rejectedKeys.push(reader.raw(this.type.keyColumn) ?? '');
  }

  /** Records a problem of the file as a whole (unreadable, not UTF-8). */
  fail(problem: Omit<ImportProblem, 'file' | 'row' | 'column' | 'severity'>): void {
    this.readFailed = true;
    this.problems.push({ file: this.name, row: null, column: null, severity: 'error', ...problem });
  }

  finish(): ParsedImportFile<R> {
    if (!this.file) {
      if (!hasErrors(this.problems)) this.problems.push({ file: this.name, row: null, column: null, code: 'emptyFile', severity: 'error' });
      return { file: { name: this.name, header: { positions: new Map(), problems: [] } }, records: [], problems: this.problems, rowCount: 0, rejectedKeys: [], complete: false };
    }
    return { file: this.file, records: this.records, problems: this.problems, rowCount: this.rowCount, rejectedKeys: this.rejectedKeys, complete: this.headerUsable && !this.readFailed };
  }
}
