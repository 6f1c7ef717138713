import { isUuid } from '../ids';

/**
 * The one codec of opaque keyset cursors: the sort key of the last row seen (a name, an instant or a
 * date, as text) and its id. Keyset paging is stable while rows are inserted and costs the same on
 * every page.
 */
export interface KeysetCursor {
  key: string;
  id: string;
}

export function encodeKeysetCursor(cursor: KeysetCursor): string {
  return Buffer.from(JSON.stringify([cursor.key, cursor.id]), 'utf8').toString('base64url');
}

export function decodeKeysetCursor(value: string): KeysetCursor | null {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [key, id] = parsed as unknown[];
    if (typeof key !== 'string' || typeof id !== 'string' || !isUuid(id)) return null;
    return { key, id };
  } catch {
    return null;
  }
}
