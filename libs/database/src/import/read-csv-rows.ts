import { CsvRecordReader } from '@stardesk/domain';
import type { Readable } from 'node:stream';

export interface SheetRow {
  cells: string[];
  /** The row as a spreadsheet shows it: the header is row 1. */
  number: number;
}

/** The bytes are not UTF-8: most often a CSV saved by Excel in the local code page (GBK). */
export class NotUtf8Error extends Error {
  constructor() {
    super('The file is not UTF-8');
    this.name = 'NotUtf8Error';
  }
}

/**
 * Streams the records of a UTF-8 CSV file (with or without BOM) as spreadsheet rows, decoding and
 * splitting chunk by chunk so that a large file is never held whole.
 */
export async function* readCsvRows(stream: Readable): AsyncGenerator<SheetRow> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const reader = new CsvRecordReader();
  let number = 0;
  const decode = (chunk?: Buffer): string => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      throw new NotUtf8Error();
    }
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    for (const cells of reader.push(decode(chunk))) yield { cells, number: ++number };
  }
  for (const cells of [...reader.push(decode()), ...reader.end()]) yield { cells, number: ++number };
}
