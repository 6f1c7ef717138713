// The part of archiver 5 the evidence package uses (the package ships no types).
declare module 'archiver' {
  import type { Readable, Transform } from 'node:stream';

  interface EntryData {
    name: string;
    date?: Date;
    store?: boolean;
  }

  interface Archiver extends Transform {
    append(source: Readable | Buffer | string, data: EntryData): this;
    finalize(): Promise<void>;
    abort(): this;
  }

  function archiver(format: 'zip', options?: { zlib?: { level?: number }; highWaterMark?: number }): archiver.Archiver;
  namespace archiver {
    export type { Archiver };
  }
  export = archiver;
}
