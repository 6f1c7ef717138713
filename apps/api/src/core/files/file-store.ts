import { Inject, Injectable } from '@nestjs/common';
import { storedFilePath } from '@stardesk/database';
import { randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { access, mkdir, readdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FILES_OPTIONS, type FilesOptions } from './files-options';

const SHA256 = /^[0-9a-f]{64}$/;
/** Uploads interrupted by a crash leave a temporary file; older than this at start-up, it is removed. */
const STALE_UPLOAD_MS = 24 * 3_600_000;

/**
 * Content-addressed storage on disk: a file's place is its SHA-256 (`sha256/ab/cd/abcd…`), so the
 * same content is kept once however often it is attached. Content arrives in `tmp/` (same file
 * system) and is renamed into place only once it has been accepted, so a reader never sees half a
 * file and a refused upload leaves nothing behind. Files are never changed or deleted afterwards,
 * except to undo a rename whose database row could not be written.
 */
@Injectable()
export class FileStore {
  constructor(@Inject(FILES_OPTIONS) readonly options: FilesOptions) {}

  /** A new, unused path for an incoming upload. */
  tempPath(): string {
    return path.join(this.options.dir, 'tmp', `${randomUUID()}.part`);
  }

  pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    // The layout is defined once in the database library: the evidence package (CLI too) reads the same files.
    return storedFilePath(this.options.dir, sha256);
  }

  /**
   * Moves an accepted upload to its address. When the content is there already the upload is
   * dropped: `created` tells whether this call added the file (and so may undo it).
   */
  async commit(tempPath: string, sha256: string): Promise<{ created: boolean }> {
    const target = this.pathOf(sha256);
    if (await exists(target)) {
      await discard(tempPath);
      return { created: false };
    }
    await mkdir(path.dirname(target), { recursive: true });
    // Two uploads of the same content may race here: rename replaces atomically and both files are
    // identical, so either order leaves one complete file.
    await rename(tempPath, target);
    return { created: true };
  }

  /** Undoes `commit` for a file that no row refers to. */
  async remove(sha256: string): Promise<void> {
    await discard(this.pathOf(sha256));
  }

  /** Removes a temporary upload; a path already moved or removed is fine. */
  async discard(tempPath: string): Promise<void> {
    await discard(tempPath);
  }

  open(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256));
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

async function discard(file: string): Promise<void> {
  try {
    await unlink(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Start-up check of STARDESK_FILES_DIR: creates the folders, proves they are writable and removes
 * temporary files that a crash left behind. Throws with the reason when the folder cannot be used.
 */
export async function prepareFileStore(dir: string): Promise<void> {
  const tmp = path.join(dir, 'tmp');
  await mkdir(path.join(dir, 'sha256'), { recursive: true });
  await mkdir(tmp, { recursive: true });
  const probe = path.join(tmp, `${randomUUID()}.probe`);
  await writeFile(probe, '');
  await unlink(probe);
  const now = Date.now();
  for (const name of await readdir(tmp)) {
    const file = path.join(tmp, name);
    const info = await stat(file).catch(() => null);
    if (info?.isFile() && now - info.mtimeMs > STALE_UPLOAD_MS) await discard(file);
  }
}
