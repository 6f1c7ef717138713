/**
 * A streaming RFC 4180 reader: text goes in chunk by chunk (a file read in pieces), complete records
 * come out. Quoted fields may hold commas, quotes ("") and line breaks; CRLF, LF and CR all end a
 * record; a byte order mark at the very start is dropped. Each record is one spreadsheet row, so the
 * n-th record is row n as Excel shows it, even when a cell spans several lines of the file.
 *
 * Lenient where spreadsheets are: a quote inside an unquoted field is kept as a character, and text
 * after a closing quote is appended to the field, rather than failing the whole file.
 */
export class CsvRecordReader {
  private record: string[] = [];
  private field = '';
  private inQuotes = false;
  /** Inside quotes, a quote was the last character: the next one decides ("" or the closing quote). */
  private quotePending = false;
  /** A CR ended the last record: a LF right after it belongs to the same line break. */
  private afterCr = false;
  private started = false;
  /** True once the current record has any content (so an empty line is a record of one empty cell). */
  private recordOpen = false;

  constructor(private readonly delimiter = ',') {}

  /** Feeds the next piece of text and returns the records it completed. */
  push(chunk: string): string[][] {
    const records: string[][] = [];
    let text = chunk;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const length = text.length;
    let start = 0;
    for (let i = 0; i < length; i++) {
      const char = text[i]!;
      if (this.afterCr) {
        this.afterCr = false;
        if (char === '\n') {
          start = i + 1;
          continue;
        }
      }
      if (this.inQuotes) {
        if (this.quotePending) {
          this.quotePending = false;
          if (char === '"') {
            this.field += '"';
            start = i + 1;
            continue;
          }
          this.inQuotes = false;
          // fall through: the character after the closing quote is read as unquoted text
        } else if (char === '"') {
          this.field += text.slice(start, i);
          this.quotePending = true;
          start = i + 1;
          continue;
        } else {
          continue;
        }
      }
      if (char === this.delimiter) {
        this.field += text.slice(start, i);
        this.endField();
        start = i + 1;
      } else if (char === '\n' || char === '\r') {
        this.field += text.slice(start, i);
        records.push(this.endRecord());
        this.afterCr = char === '\r';
        start = i + 1;
      } else if (char === '"' && this.field === '' && start === i) {
        this.inQuotes = true;
        this.recordOpen = true;
        start = i + 1;
      } else {
        this.recordOpen = true;
      }
    }
    if (start < length) {
      this.field += text.slice(start);
      this.recordOpen = true;
    }
    return records;
  }

  /** Ends the input: returns the last record when the text did not end with a line break. */
  end(): string[][] {
    if (this.quotePending) {
      this.quotePending = false;
      this.inQuotes = false;
    }
    if (this.recordOpen || this.field !== '' || this.record.length > 0) return [this.endRecord()];
    return [];
  }

  private endField(): void {
    this.record.push(this.field);
    this.field = '';
    this.recordOpen = true;
  }

  private endRecord(): string[] {
    this.record.push(this.field);
    const record = this.record;
    this.record = [];
    this.field = '';
    this.recordOpen = false;
    return record;
  }
}

/** Reads a whole CSV text at once (tests, small uploads). */
export function readCsv(text: string): string[][] {
  const reader = new CsvRecordReader();
  return [...reader.push(text), ...reader.end()];
}

/** Writes one CSV record: quotes a cell only when it holds a delimiter, a quote or a line break. */
export function csvLine(cells: readonly (string | null)[]): string {
  return cells
    .map((cell) => {
      const value = cell ?? '';
      return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
    })
    .join(',');
}
