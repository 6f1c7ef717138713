/** A part of one table row on one page: lines [fromLine, toLine) of each of its cells. */
export interface RowSlice {
  row: number;
  fromLine: number;
  toLine: number;
}

export interface TablePage {
  slices: RowSlice[];
}

export interface TableGeometry {
  /** Lines of each row: the most lines any of its cells takes. */
  rowLines: readonly number[];
  lineHeight: number;
  /** Padding above and below the lines of a row. */
  rowPadding: number;
  /** The header row, repeated at the top of every page. */
  headerHeight: number;
  /** Room left on the page the table starts on, and on every new page. */
  firstPageHeight: number;
  pageHeight: number;
}

/**
 * Which rows (or parts of rows) go on which page. A row moves whole to the next page when it does
 * not fit in what is left; only a row taller than a whole page is split, by lines, so no text is
 * ever cut. The header repeats on every page. A first page with no room for the header and one line
 * stays empty (the table starts on the next page).
 */
export function paginateTable(geometry: TableGeometry): TablePage[] {
  const { rowLines, lineHeight, rowPadding, headerHeight, pageHeight } = geometry;
  const heightOf = (lines: number): number => lines * lineHeight + rowPadding * 2;
  const linesThatFit = (height: number): number => Math.max(0, Math.floor((height - rowPadding * 2 + 1e-6) / lineHeight));
  if (linesThatFit(pageHeight - headerHeight) < 1) throw new Error('A table page must hold its header and at least one line');
  const pages: TablePage[] = [{ slices: [] }];
  let left = geometry.firstPageHeight - headerHeight;
  let fullPage = false;
  const newPage = (): void => {
    pages.push({ slices: [] });
    left = pageHeight - headerHeight;
    fullPage = true;
  };
  if (linesThatFit(left) < 1) newPage();
  rowLines.forEach((total, row) => {
    const lines = Math.max(1, total);
    let fromLine = 0;
    while (fromLine < lines) {
      const remaining = lines - fromLine;
      const page = pages.at(-1) as TablePage;
      const fitsWhole = heightOf(remaining) <= left + 1e-6;
      const tallerThanAPage = heightOf(remaining) > pageHeight - headerHeight + 1e-6;
      const pageUntouched = fullPage && page.slices.length === 0;
      if (!fitsWhole && !pageUntouched && (!tallerThanAPage || linesThatFit(left) < 1)) {
        newPage();
        continue;
      }
      const take = fitsWhole ? remaining : Math.max(1, linesThatFit(left));
      page.slices.push({ row, fromLine, toLine: fromLine + take });
      left -= heightOf(take);
      fromLine += take;
    }
  });
  return pages;
}
