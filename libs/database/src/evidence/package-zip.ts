import archiver from 'archiver';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ManifestFile } from './manifest';

/** Passes bytes through unchanged while counting them and hashing them with SHA-256. */
class Digest extends Transform {
  private readonly hash = createHash('sha256');
  size = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null, data?: Buffer) => void): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    callback(null, chunk);
  }

  hex(): string {
    return this.hash.digest('hex');
  }
}

/**
 * The evidence ZIP, written one entry after the other straight to `out`: each entry's content is
 * hashed while it streams (the manifest lists path, size and SHA-256), so no entry is ever held in
 * memory whole. Every entry carries the same fixed timestamp, so the container does not depend on
 * when it was written either.
 */
export class PackageZip {
  private readonly archive = archiver('zip', { zlib: { level: 6 } });
  private readonly files: ManifestFile[] = [];
  private readonly failure: Promise<never>;

  constructor(
    out: Writable,
    private readonly date: Date,
  ) {
    this.failure = new Promise<never>((_resolve, reject) => {
      this.archive.on('error', reject);
      this.archive.on('warning', reject);
    });
    this.failure.catch(() => undefined);
    this.archive.pipe(out);
  }

  get entries(): readonly ManifestFile[] {
    return this.files;
  }

  /**
   * Adds one entry whose content `produce` writes into the given stream (with back-pressure: it waits
   * for `drain`). Resolves once the archive has taken the whole entry.
   */
  async add(path: string, produce: (sink: Writable) => Promise<void>): Promise<ManifestFile> {
    const digest = new Digest();
    const taken = new Promise<void>((resolve) => {
      const onEntry = (entry: { name: string }): void => {
        if (entry.name !== path) return;
        this.archive.off('entry', onEntry);
        resolve();
      };
      this.archive.on('entry', onEntry);
    });
    this.archive.append(digest, { name: path, date: this.date });
    await Promise.race([
      (async () => {
        await produce(digest);
        digest.end();
        await taken;
      })(),
      this.failure,
    ]);
    const file = { path, size: digest.size, sha256: digest.hex() };
    this.files.push(file);
    return file;
  }

  addBuffer(path: string, content: Buffer | string): Promise<ManifestFile> {
    return this.add(path, (sink) => writeTo(sink, typeof content === 'string' ? Buffer.from(content, 'utf8') : content));
  }

  addReadable(path: string, source: () => Readable): Promise<ManifestFile> {
    return this.add(path, (sink) => pipeline(source(), sink, { end: false }));
  }

  addFile(path: string, file: string): Promise<ManifestFile> {
    return this.addReadable(path, () => createReadStream(file));
  }

  /** Adds the manifest itself (not listed in it) and closes the archive. */
  async finish(manifest: Buffer): Promise<void> {
    this.archive.append(manifest, { name: 'manifest.json', date: this.date });
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
