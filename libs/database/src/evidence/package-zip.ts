import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Transform, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ManifestFile } from './manifest';
import { SequentialZip, writeTo, type ZipEntryOptions } from './sequential-zip';

export { writeTo } from './sequential-zip';

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
  private readonly zip: SequentialZip;
  private readonly files: ManifestFile[] = [];

  constructor(out: Writable, date: Date, level = 6) {
    this.zip = new SequentialZip(out, date, level);
  }

  get entries(): readonly ManifestFile[] {
    return this.files;
  }

  /**
   * Adds one entry whose content `produce` writes into the given stream (with back-pressure: it waits
   * for `drain`). Resolves once the archive has taken the whole entry.
   */
  async add(path: string, produce: (sink: Writable) => Promise<void>, options: ZipEntryOptions = {}): Promise<ManifestFile> {
    const digest = await this.zip.add(path, produce, { ...options, through: () => new Digest() });
    const file = { path, size: digest.size, sha256: digest.hex() };
    this.files.push(file);
    return file;
  }

  addBuffer(path: string, content: Buffer | string, options: ZipEntryOptions = {}): Promise<ManifestFile> {
    return this.add(path, (sink) => writeTo(sink, typeof content === 'string' ? Buffer.from(content, 'utf8') : content), options);
  }

  addReadable(path: string, source: () => Readable, options: ZipEntryOptions = {}): Promise<ManifestFile> {
    return this.add(path, (sink) => pipeline(source(), sink, { end: false }), options);
  }

  addFile(path: string, file: string, options: ZipEntryOptions = {}): Promise<ManifestFile> {
    return this.addReadable(path, () => createReadStream(file), options);
  }

  /** Adds the manifest itself (not listed in it) and closes the archive. */
  finish(manifest: Buffer): Promise<void> {
    return this.zip.finish({ path: 'manifest.json', content: manifest });
  }

  abort(): void {
    this.zip.abort();
  }
}
