import { MEDIA_TYPE_SNIFF_BYTES } from '@stardesk/domain';
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { Transform, pipeline, type Readable } from 'node:stream';
import type { FileStore } from '../../core/files/file-store';

/** What multer hands the route for an uploaded file once the engine has written it. */
export interface ReceivedUpload {
  /** As the client named it. */
  originalname: string;
  /** The temporary file in the store; accepted uploads are moved, refused ones removed. */
  path: string;
  size: number;
  sha256: string;
  /** The first bytes, enough to tell the real type of the content. */
  head: Buffer;
}

interface IncomingFile {
  originalname: string;
  stream: Readable;
}

type HandleCallback = (error: Error | null, info?: Omit<ReceivedUpload, 'originalname'>) => void;

/**
 * A multer storage engine that streams the upload straight into the file store's temporary folder
 * while hashing it, so a 10 MB photo is never held in memory, and keeps its first bytes for the type
 * check. multer calls `_removeFile` for anything it stored when the request fails (e.g. over the
 * size limit: busboy stops at the limit and the truncated file is removed).
 */
export class HashingStorageEngine {
  constructor(private readonly store: FileStore) {}

  _handleFile(_req: unknown, file: IncomingFile, callback: HandleCallback): void {
    const path = this.store.tempPath();
    const hash = createHash('sha256');
    const headChunks: Buffer[] = [];
    let headLength = 0;
    let size = 0;
    const measure = new Transform({
      transform(chunk: Buffer, _encoding, next) {
        hash.update(chunk);
        size += chunk.length;
        if (headLength < MEDIA_TYPE_SNIFF_BYTES) {
          const part = chunk.subarray(0, MEDIA_TYPE_SNIFF_BYTES - headLength);
          headChunks.push(part);
          headLength += part.length;
        }
        next(null, chunk);
      },
    });
    pipeline(file.stream, measure, createWriteStream(path, { flags: 'wx' }), (error) => {
      if (error) {
        void this.store.discard(path).finally(() => callback(error));
        return;
      }
      callback(null, { path, size, sha256: hash.digest('hex'), head: Buffer.concat(headChunks) });
    });
  }

  _removeFile(_req: unknown, file: { path?: string }, callback: (error: Error | null) => void): void {
    if (!file.path) return callback(null);
    this.store.discard(file.path).then(() => callback(null), callback);
  }
}
