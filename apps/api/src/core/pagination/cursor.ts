import { decodeKeysetCursor, encodeKeysetCursor } from './keyset-cursor';

/** The request list's cursor: the keyset codec with the report instant as the key. */
export interface RequestCursor {
  reportedAt: string;
  id: string;
}

export function encodeCursor(cursor: RequestCursor): string {
  return encodeKeysetCursor({ key: cursor.reportedAt, id: cursor.id });
}

export function decodeCursor(value: string): RequestCursor | null {
  const cursor = decodeKeysetCursor(value);
  return cursor && !Number.isNaN(Date.parse(cursor.key)) ? { reportedAt: cursor.key, id: cursor.id } : null;
}
