import { createReadStream } from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';

/** One file of an import set: a file on disk (CLI) or an upload held in memory (API). */
export interface ImportSource {
  /** The file name as the report shows it (no directory). */
  name: string;
  open(): Readable;
}

export function fileSource(filePath: string): ImportSource {
  return { name: path.basename(filePath), open: () => createReadStream(filePath, { highWaterMark: 1 << 20 }) };
}

export function bufferSource(name: string, content: Buffer): ImportSource {
  return { name: path.basename(name), open: () => Readable.from([content]) };
}
