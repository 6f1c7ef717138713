/**
 * Saved views of a list: a name and the query string of its filters (`status=NEW&outlet=…`), kept in
 * localStorage per browser. The filters themselves stay in the URL, so applying a view is navigating
 * to its query; a view is "current" when the URL's filters equal its own, whatever their order.
 */
export interface SavedView {
  id: string;
  name: string;
  query: string;
}

export const SAVED_VIEWS_STORAGE_KEY = 'stardesk.requests.savedViews';
export const SAVED_VIEW_NAME_MAX = 40;
export const SAVED_VIEWS_MAX = 20;

function isSavedView(value: unknown): value is SavedView {
  if (typeof value !== 'object' || value === null) return false;
  const view = value as Record<string, unknown>;
  return typeof view['id'] === 'string' && typeof view['name'] === 'string' && typeof view['query'] === 'string' && view['name'].trim() !== '';
}

/** Views from storage; anything malformed (an old format, a hand edit) is dropped rather than breaking the page. */
export function parseSavedViews(stored: string | null): SavedView[] {
  if (!stored) return [];
  try {
    const parsed: unknown = JSON.parse(stored);
    return Array.isArray(parsed) ? parsed.filter(isSavedView).slice(0, SAVED_VIEWS_MAX) : [];
  } catch {
    return [];
  }
}

export function serialiseSavedViews(views: readonly SavedView[]): string {
  return JSON.stringify(views);
}

/** Only the listed parameters, sorted, so the same filters always give the same text. */
export function canonicalQuery(params: URLSearchParams, keys: readonly string[]): string {
  const entries = [...params].filter(([key, value]) => keys.includes(key) && value !== '');
  entries.sort(([keyA, valueA], [keyB, valueB]) => keyA.localeCompare(keyB) || valueA.localeCompare(valueB));
  return new URLSearchParams(entries).toString();
}

export type SaveViewResult = { ok: true; views: SavedView[]; view: SavedView } | { ok: false; reason: 'nameRequired' | 'nameTooLong' | 'noFilters' | 'tooMany' };

/**
 * Adds a view, or replaces the one with the same name (case-insensitive): saving "我的待派工" again
 * updates it instead of listing it twice.
 */
export function saveView(views: readonly SavedView[], name: string, query: string, newId: () => string): SaveViewResult {
  const trimmed = name.trim();
  if (!trimmed) return { ok: false, reason: 'nameRequired' };
  if (trimmed.length > SAVED_VIEW_NAME_MAX) return { ok: false, reason: 'nameTooLong' };
  if (!query) return { ok: false, reason: 'noFilters' };
  const existing = views.find((view) => view.name.toLowerCase() === trimmed.toLowerCase());
  if (existing) {
    const view = { ...existing, name: trimmed, query };
    return { ok: true, view, views: views.map((item) => (item.id === existing.id ? view : item)) };
  }
  if (views.length >= SAVED_VIEWS_MAX) return { ok: false, reason: 'tooMany' };
  const view = { id: newId(), name: trimmed, query };
  return { ok: true, view, views: [...views, view] };
}

export function removeView(views: readonly SavedView[], id: string): SavedView[] {
  return views.filter((view) => view.id !== id);
}

/** The saved view the current filters are, if any. */
export function currentView(views: readonly SavedView[], query: string): SavedView | null {
  return views.find((view) => view.query === query) ?? null;
}
