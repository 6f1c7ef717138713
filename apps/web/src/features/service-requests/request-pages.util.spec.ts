import { describe, expect, it } from 'vitest';
import { mergePages } from './request-pages.util';
import { aConnection, aServiceRequestRow } from './testing/service-request.factory';

describe('mergePages', () => {
  it('is empty with no pages', () => {
    expect(mergePages([])).toEqual({ rows: [], totalCount: 0, hasNextPage: false, endCursor: null });
  });

  it('appends pages in order and takes paging from the last page', () => {
    const a = aServiceRequestRow().withId('a').build();
    const b = aServiceRequestRow().withId('b').build();
    const c = aServiceRequestRow().withId('c').build();
    const merged = mergePages([aConnection([a, b], { totalCount: 3, hasNextPage: true }), aConnection([c], { totalCount: 3 })]);
    expect(merged.rows.map((row) => row.id)).toEqual(['a', 'b', 'c']);
    expect(merged).toMatchObject({ totalCount: 3, hasNextPage: false, endCursor: 'cursor:c' });
  });

  it('lists a request that appears on two pages once', () => {
    const a = aServiceRequestRow().withId('a').build();
    const b = aServiceRequestRow().withId('b').build();
    const merged = mergePages([aConnection([a, b], { hasNextPage: true }), aConnection([b])]);
    expect(merged.rows.map((row) => row.id)).toEqual(['a', 'b']);
  });
});
