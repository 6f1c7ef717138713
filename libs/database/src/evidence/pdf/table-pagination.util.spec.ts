import fc from 'fast-check';
import { paginateTable, type TableGeometry } from './table-pagination.util';

const geometry = (rowLines: number[], changes: Partial<TableGeometry> = {}): TableGeometry => ({
  rowLines,
  lineHeight: 10,
  rowPadding: 2,
  headerHeight: 14,
  firstPageHeight: 114,
  pageHeight: 114,
  ...changes,
});

describe('paginateTable', () => {
  it('keeps rows whole and moves a row that does not fit to the next page', () => {
    // 100 points below the header: rows of 3 lines take 34.
    expect(paginateTable(geometry([3, 3, 3, 1]))).toEqual([
      { slices: [{ row: 0, fromLine: 0, toLine: 3 }, { row: 1, fromLine: 0, toLine: 3 }] },
      { slices: [{ row: 2, fromLine: 0, toLine: 3 }, { row: 3, fromLine: 0, toLine: 1 }] },
    ]);
  });

  it('starts on the next page when the first has no room for the header and a line', () => {
    expect(paginateTable(geometry([1], { firstPageHeight: 20 }))).toEqual([{ slices: [] }, { slices: [{ row: 0, fromLine: 0, toLine: 1 }] }]);
  });

  it('moves a row that would fit a whole page rather than splitting it on a part-filled first page', () => {
    expect(paginateTable(geometry([5], { firstPageHeight: 40 }))).toEqual([{ slices: [] }, { slices: [{ row: 0, fromLine: 0, toLine: 5 }] }]);
  });

  it('splits only a row taller than a page, by lines', () => {
    expect(paginateTable(geometry([1, 20]))).toEqual([
      { slices: [{ row: 0, fromLine: 0, toLine: 1 }, { row: 1, fromLine: 0, toLine: 8 }] },
      { slices: [{ row: 1, fromLine: 8, toLine: 17 }] },
      { slices: [{ row: 1, fromLine: 17, toLine: 20 }] },
    ]);
  });

  it('refuses a page too small for its header and one line', () => {
    expect(() => paginateTable(geometry([1], { pageHeight: 20 }))).toThrow();
  });

  it('places every line of every row exactly once, in order, and never overfills a page', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 40 }), fc.integer({ min: 0, max: 114 }), (rowLines, firstPageHeight) => {
        const pages = paginateTable(geometry(rowLines, { firstPageHeight }));
        const slices = pages.flatMap((page) => page.slices);
        const expected = rowLines.flatMap((lines, row) => Array.from({ length: Math.max(1, lines) }, (_, line) => `${row}:${line}`));
        expect(slices.flatMap((slice) => Array.from({ length: slice.toLine - slice.fromLine }, (_, n) => `${slice.row}:${slice.fromLine + n}`))).toEqual(expected);
        pages.forEach((page, index) => {
          const used = page.slices.reduce((sum, slice) => sum + (slice.toLine - slice.fromLine) * 10 + 4, 14);
          expect(used).toBeLessThanOrEqual(index === 0 ? Math.max(firstPageHeight, 14) : 114);
        });
      }),
    );
  });
});
