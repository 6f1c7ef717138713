import { describe, expect, it } from 'vitest';
import { canonicalQuery, currentView, parseSavedViews, removeView, saveView, serialiseSavedViews, SAVED_VIEWS_MAX, type SavedView } from './saved-views.util';

const ids = () => {
  let next = 0;
  return () => `v${++next}`;
};

describe('parseSavedViews', () => {
  it('reads what serialiseSavedViews wrote', () => {
    const views: SavedView[] = [{ id: 'a', name: '待派工', query: 'status=ACKNOWLEDGED' }];
    expect(parseSavedViews(serialiseSavedViews(views))).toEqual(views);
  });
  it.each([null, '', 'not json', '{"id":"a"}', '42'])('treats %j as no views', (stored) => {
    expect(parseSavedViews(stored)).toEqual([]);
  });
  it('drops malformed entries and keeps the rest', () => {
    const stored = JSON.stringify([{ id: 'a', name: 'ok', query: 'q=1' }, { id: 'b', name: '  ', query: 'q=2' }, { id: 3, name: 'x', query: '' }, null]);
    expect(parseSavedViews(stored)).toEqual([{ id: 'a', name: 'ok', query: 'q=1' }]);
  });
});

describe('canonicalQuery', () => {
  it('keeps only filter parameters, sorted, so equal filters give equal text', () => {
    const keys = ['status', 'outlet', 'q'];
    const a = canonicalQuery(new URLSearchParams('status=ON_HOLD&tab=x&status=NEW&outlet=o-1'), keys);
    const b = canonicalQuery(new URLSearchParams('outlet=o-1&status=NEW&status=ON_HOLD'), keys);
    expect(a).toBe('outlet=o-1&status=NEW&status=ON_HOLD');
    expect(b).toBe(a);
  });
  it('drops empty values', () => {
    expect(canonicalQuery(new URLSearchParams('q=&status=NEW'), ['q', 'status'])).toBe('status=NEW');
  });
});

describe('saveView', () => {
  it('adds a view with a trimmed name', () => {
    const result = saveView([], '  待派工 ', 'status=ACKNOWLEDGED', ids());
    expect(result).toEqual({ ok: true, view: { id: 'v1', name: '待派工', query: 'status=ACKNOWLEDGED' }, views: [{ id: 'v1', name: '待派工', query: 'status=ACKNOWLEDGED' }] });
  });
  it('replaces the view of the same name (case-insensitive) instead of listing it twice', () => {
    const views = [{ id: 'v1', name: 'Mine', query: 'status=NEW' }, { id: 'v2', name: 'Other', query: 'q=x' }];
    const result = saveView(views, 'mine', 'status=ON_HOLD', ids());
    expect(result.ok && result.views).toEqual([{ id: 'v1', name: 'mine', query: 'status=ON_HOLD' }, views[1]]);
  });
  it.each([
    ['', 'status=NEW', 'nameRequired'],
    ['x'.repeat(41), 'status=NEW', 'nameTooLong'],
    ['Everything', '', 'noFilters'],
  ])('refuses name %j with query %j: %s', (name, query, reason) => {
    expect(saveView([], name, query, ids())).toEqual({ ok: false, reason });
  });
  it('refuses a view beyond the limit', () => {
    const views = Array.from({ length: SAVED_VIEWS_MAX }, (_, index) => ({ id: `v${index}`, name: `v${index}`, query: `q=${index}` }));
    expect(saveView(views, 'one more', 'q=x', ids())).toEqual({ ok: false, reason: 'tooMany' });
  });
});

describe('currentView and removeView', () => {
  const views = [{ id: 'v1', name: 'A', query: 'status=NEW' }, { id: 'v2', name: 'B', query: 'status=CLOSED' }];
  it('finds the view whose filters are the current ones', () => {
    expect(currentView(views, 'status=CLOSED')).toBe(views[1]);
    expect(currentView(views, 'status=ON_HOLD')).toBeNull();
  });
  it('removes by id', () => {
    expect(removeView(views, 'v1')).toEqual([views[1]]);
  });
});
