/**
 * Opaque keyset cursors for lists sorted by one text key and the id (customers by name, units by
 * serial number): stable while rows are inserted, the same cost on every page.
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
    if (typeof key !== 'string' || typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) return null;
    return { key, id };
  } catch {
    return null;
  }
}
