import archiver from 'archiver';
import { PassThrough, type Transform, type Writable } from 'node:stream';

export interface ZipEntryOptions {
  /** Stored as is, not deflated (content that is compressed already: a workbook, a PDF). */
  store?: boolean;
}

export interface OpenZipEntry<T extends Transform> {
  sink: T;
  /** Writes with back-pressure; fails when the archive does. */
  write(chunk: Buffer | string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A ZIP written one entry after the other straight to `out`, each entry streamed with back-pressure
 * and never held whole. Every entry carries the same fixed timestamp, so the container depends only
 * on its content.
 */
export class SequentialZip {
  private readonly archive: archiver.Archiver;
  private readonly failure: Promise<never>;

  constructor(
    out: Writable,
    private readonly date: Date,
    level: number,
  ) {
    // archiver buffers up to 1 MiB of its output by default, compressed (several MiB of CSV) when the
    // reader is slow; 64 KiB keeps what a stalled download holds small.
    this.archive = archiver('zip', { zlib: { level }, highWaterMark: 64 * 1024 });
    this.failure = new Promise<never>((_resolve, reject) => {
      this.archive.on('error', reject);
      this.archive.on('warning', reject);
    });
    this.failure.catch(() => undefined);
    this.archive.pipe(out);
  }

  /**
   * Opens one entry: what is written into `sink` (created by `through`, a pass-through by default,
   * e.g. a hashing transform) is its content until `close`, which resolves once the archive has taken
   * the whole entry. One entry is open at a time.
   */
  begin<T extends Transform>(path: string, options: ZipEntryOptions & { through?: () => T } = {}): OpenZipEntry<T> {
    const sink = options.through ? options.through() : (new PassThrough() as Transform as T);
    const taken = new Promise<void>((resolve) => {
      const onEntry = (entry: { name: string }): void => {
        if (entry.name !== path) return;
        this.archive.off('entry', onEntry);
        resolve();
      };
      this.archive.on('entry', onEntry);
    });
    this.archive.append(sink, { name: path, date: this.date, store: options.store === true });
    return {
      sink,
      write: (chunk) => Promise.race([writeTo(sink, chunk), this.failure]),
      close: async () => {
        sink.end();
        await Promise.race([taken, this.failure]);
      },
    };
  }

  /** Adds one entry whose content `produce` writes into the sink (with back-pressure). Resolves once the archive has taken it. */
  async add<T extends Transform>(path: string, produce: (sink: T) => Promise<void>, options: ZipEntryOptions & { through?: () => T } = {}): Promise<T> {
    const entry = this.begin(path, options);
    await Promise.race([produce(entry.sink), this.failure]);
    await entry.close();
    return entry.sink;
  }

  /** Adds a last entry from a buffer (if any) and closes the archive. */
  async finish(last?: { path: string; content: Buffer }): Promise<void> {
    if (last) this.archive.append(last.content, { name: last.path, date: this.date });
    await Promise.race([this.archive.finalize(), this.failure]);
  }

  abort(): void {
    this.archive.abort();
  }
}

/** Writes with back-pressure. */
export async function writeTo(sink: Writable, chunk: Buffer | string): Promise<void> {
  if (!sink.write(chunk)) {
    await new Promise<void>((resolve, reject) => {
      const done = (): void => {
        sink.off('error', failed);
        resolve();
      };
      const failed = (error: Error): void => {
        sink.off('drain', done);
        reject(error);
      };
      sink.once('drain', done);
      sink.once('error', failed);
    });
  }
}
