/**
 * localStorage can be missing or throw (private browsing, disabled storage, tests); preferences are a
 * convenience, so failures fall back to defaults instead of breaking the app.
 */
export function readStored(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    // Not persisted; the choice still applies to this session.
  }
}
