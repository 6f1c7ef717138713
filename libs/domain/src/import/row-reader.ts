import {
  parseBooleanCell,
  parseChoiceCell,
  parseDateCell,
  parseInstantCell,
  parseIntegerCell,
  parsePartsCell,
  parsePhoneCell,
  type CellResult,
  type PartLine,
} from './cell-parsers';
import type { ImportProblem, ImportProblemCode } from './import-problem';
import type { ImportFileRef, RowSource } from './import-record-type';

/** What every row of an import shares: the organisation's zone and the clock. */
export interface ImportContext {
  timeZone: string;
  now: Date;
}

/** Clock skew between the machine that wrote the file and the server, not yet "the future". */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

/**
 * Reads the cells of one row by column key and collects its problems, each named by the header as
 * written in the file. A reader returns null for an empty or invalid cell, so a row mapper reads
 * every cell (reporting all problems of the row at once) and then asks `failed`.
 */
export class RowReader<K extends string = string> {
  private errors = 0;

  constructor(
    private readonly file: ImportFileRef,
    readonly row: number,
    private readonly cells: readonly string[],
    private readonly problems: ImportProblem[],
    readonly context: ImportContext,
  ) {}

  /** File and row of the record read, for problems found later (duplicates, references). */
  get source(): RowSource {
    return { file: this.file, row: this.row };
  }

  get failed(): boolean {
    return this.errors > 0;
  }

  /** The header of `key` as the file writes it. */
  columnName(key: K): string {
    return this.file.header.positions.get(key)?.header ?? key;
  }

  problem(key: K, code: ImportProblemCode, params?: Record<string, string | number>): void {
    this.errors++;
    this.problems.push({ file: this.file.name, row: this.row, column: this.columnName(key), code, severity: 'error', ...(params ? { params } : {}) });
  }

  /** The trimmed cell, or null when it is empty or the column is not in the file. */
  raw(key: K): string | null {
    const position = this.file.header.positions.get(key);
    if (!position) return null;
    const value = this.cells[position.index]?.trim();
    return value ? value : null;
  }

  private read<T>(key: K, required: boolean, parse: (text: string) => CellResult<T>): T | null {
    const text = this.raw(key);
    if (text === null) {
      if (required) this.problem(key, 'required');
      return null;
    }
    const result = parse(text);
    if (result.ok) return result.value;
    this.problem(key, result.code, result.params);
    return null;
  }

  text(key: K, max: number, required = false): string | null {
    return this.read(key, required, (text) => (text.length > max ? { ok: false, code: 'tooLong', params: { max } } : { ok: true, value: text }));
  }

  choice<T extends string>(key: K, allowed: readonly T[], required = false): T | null {
    return this.read(key, required, (text) => parseChoiceCell(text, allowed));
  }

  instant(key: K, required = false): Date | null {
    const { timeZone, now } = this.context;
    return this.read(key, required, (text) => {
      const result = parseInstantCell(text, timeZone);
      if (result.ok && result.value.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) return { ok: false, code: 'inFuture' };
      return result;
    });
  }

  date(key: K, required = false): string | null {
    return this.read(key, required, parseDateCell);
  }

  boolean(key: K, required = false): boolean | null {
    return this.read(key, required, parseBooleanCell);
  }

  integer(key: K, min: number, max: number, required = false): number | null {
    return this.read(key, required, (text) => parseIntegerCell(text, min, max));
  }

  phone(key: K, required = false): string | null {
    return this.read(key, required, parsePhoneCell);
  }

  parts(key: K): PartLine[] {
    return this.read(key, false, parsePartsCell) ?? [];
  }

  /** Orders two times of the row: `later` may not be before `earlier` (both read already). */
  notBefore(key: K, later: Date | null, earlier: Date | null, code: ImportProblemCode, params?: Record<string, string | number>): void {
    if (later && earlier && later.getTime() < earlier.getTime()) this.problem(key, code, params);
  }
}
