import { isUuid } from '../ids';

/**
 * Opaque keyset cursors: the sort key of the last row seen (reportedAt, id). Keyset pagination stays
 * stable while rows are inserted and costs the same on page 1 and page 1,000.
 */
export interface RequestCursor {
  reportedAt: string;
  id: string;
}

export function encodeCursor(cursor: RequestCursor): string {
  return Buffer.from(`${cursor.reportedAt}|${cursor.id}`, 'utf8').toString('base64url');
}

export function decodeCursor(value: string): RequestCursor | null {
  const [reportedAt, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  if (!reportedAt || !id || Number.isNaN(Date.parse(reportedAt))) return null;
  if (!isUuid(id)) return null;
  return { reportedAt, id };
}
