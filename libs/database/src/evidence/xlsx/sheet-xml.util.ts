/**
 * The XML of a SpreadsheetML worksheet written as text, row by row: every cell an inline string
 * (no shared-string table, which would hold every distinct value of a million rows in memory).
 */

/** Characters XML 1.0 cannot carry at all (control characters other than tab, line feed, carriage return; lone surrogates). */
// eslint-disable-next-line no-control-regex -- these control characters are exactly what must go
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Anything escapeXml may change: most cells have none of it and are returned after this one test. */
// eslint-disable-next-line no-control-regex -- see INVALID_XML
const NEEDS_WORK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF&<>"]/;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text safe inside an element or a double-quoted attribute. */
export function escapeXml(value: string): string {
  if (!NEEDS_WORK.test(value)) return value;
  return value.replace(INVALID_XML, '').replace(/[&<>"]/g, (char) => ENTITIES[char]!);
}

/** The column letters of a zero-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** One `<row>` of text cells; empty cells are left out (Excel reads them as blank). */
export function rowXml(rowNumber: number, cells: readonly string[], columns: readonly string[] = cells.map((_, index) => columnName(index))): string {
  let xml = `<row r="${rowNumber}">`;
  for (let index = 0; index < cells.length; index++) {
    const value = cells[index]!;
    if (value === '') continue;
    // xml:space keeps leading and trailing spaces that Excel would otherwise drop.
    const space = value.trim() === value ? '' : ' xml:space="preserve"';
    xml += `<c r="${columns[index]}${rowNumber}" t="inlineStr"><is><t${space}>${escapeXml(value)}</t></is></c>`;
  }
  return `${xml}</row>`;
}

export const SHEET_START =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  // The header row stays in view while scrolling.
  '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>' +
  '<sheetData>';

export const SHEET_END = '</sheetData></worksheet>';
