import { CJK_FONT } from './cjk-font';
import type { PdfDoc } from './pdf-document';
import { paginateTable } from './table-pagination.util';
import { wrapText } from './text-wrap.util';

export const INK = '#1f2328';
export const MUTED = '#57606a';
export const RULE = '#d0d7de';
export const SHADE = '#f2f4f7';
export const ACCENT = '#0b5cad';

export interface TableColumn {
  header: string;
  /** Share of the line width; the shares of a table add up to 1. */
  width: number;
  align?: 'left' | 'right';
}

const CELL_PAD = 3;
const TABLE_FONT_SIZE = 8.5;
/** Noto Sans CJK needs about 1.42 em per line. */
const TABLE_LINE = 12.5;

/**
 * The blocks of an evidence PDF on top of pdfkit: headings, label/value lines, paragraphs and
 * tables. Table text is wrapped here (text-wrap.util) and paginated by lines (table-pagination.util),
 * so a row is moved or split between pages without losing a line and the header repeats.
 */
export class PdfWriter {
  /** Widths of the strings measured so far, by font and size: wrapping measures the same pieces again and again. */
  private readonly widths = new Map<string, number>();

  constructor(readonly doc: PdfDoc) {}

  /** Selects the font and size, and gives the (remembered) width of strings in them. */
  private measurer(font: string, size: number): (text: string) => number {
    this.doc.font(font).fontSize(size);
    return (text) => {
      const key = `${font}|${size}|${text}`;
      let width = this.widths.get(key);
      if (width === undefined) this.widths.set(key, (width = this.doc.widthOfString(text)));
      return width;
    };
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  get top(): number {
    return this.doc.page.margins.top;
  }

  /** Starts a new page when fewer than `height` points are left on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.doc.x = this.left;
    this.doc.y = this.top;
  }

  /** A block of text in the full width, drawn line by line from our own wrapping. */
  lines(text: string, options: { size: number; bold?: boolean; color?: string; align?: 'left' | 'center'; gap?: number }): void {
    const measure = this.measurer(options.bold ? CJK_FONT.bold : CJK_FONT.regular, options.size);
    this.doc.fillColor(options.color ?? INK);
    const lineHeight = options.size * 1.45;
    for (const line of wrapText(text, this.width, measure)) {
      this.ensureSpace(lineHeight);
      const top = this.doc.y;
      const x = options.align === 'center' ? this.left + (this.width - this.doc.widthOfString(line)) / 2 : this.left;
      this.put(line, x, top);
      this.doc.y = top + lineHeight;
    }
    this.doc.y += options.gap ?? 0;
  }

  /**
   * One line of text at (x, y) with no wrapping and no width: pdfkit then never breaks the page
   * by itself, so the layout here alone decides what goes where.
   */
  put(text: string, x: number, y: number): void {
    this.doc.text(text, x, y, { lineBreak: false });
  }

  /** A heading is never left alone at the foot of a page: room for a few lines must follow it. */
  heading(text: string, level: 1 | 2 = 1): void {
    this.ensureSpace(level === 1 ? 110 : 70);
    this.doc.y += level === 1 ? 6 : 4;
    this.lines(text, { size: level === 1 ? 13 : 10.5, bold: true });
    if (level === 1) {
      const y = this.doc.y + 1;
      this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.8).strokeColor(INK).stroke();
      this.doc.y = y + 5;
    } else {
      this.doc.y += 2;
    }
  }

  paragraph(text: string, muted = false): void {
    this.lines(text, { size: 9, color: muted ? MUTED : INK, gap: 3 });
  }

  /** Label/value pairs, one per line, labels in a column `labelWidth` wide. */
  fields(pairs: readonly { label: string; value: string }[], labelWidth = 120): void {
    const size = 10;
    const lineHeight = size * 1.45;
    for (const pair of pairs) {
      const valueLines = wrapText(pair.value || '—', this.width - labelWidth, this.measurer(CJK_FONT.regular, size));
      this.ensureSpace(lineHeight * valueLines.length);
      const top = this.doc.y;
      this.doc.fillColor(MUTED);
      this.put(pair.label, this.left, top);
      this.doc.fillColor(INK);
      valueLines.forEach((line, index) => this.put(line, this.left + labelWidth, top + index * lineHeight));
      this.doc.y = top + lineHeight * valueLines.length;
    }
    this.doc.x = this.left;
  }

  /** A table whose rows wrap (CJK included), move whole to the next page when they do not fit, and split only when taller than a page. */
  table(columns: readonly TableColumn[], rows: readonly (readonly string[])[], options: { shadedRows?: ReadonlySet<number> } = {}): void {
    const widths = columns.map((column) => column.width * this.width);
    const wrapRow = (cells: readonly string[], font: string): string[][] => {
      const measure = this.measurer(font, TABLE_FONT_SIZE);
      return cells.map((cell, index) => wrapText(cell || '—', widths[index]! - CELL_PAD * 2, measure));
    };
    const header = wrapRow(columns.map((column) => column.header), CJK_FONT.bold);
    const body = rows.map((row) => wrapRow(row, CJK_FONT.regular));
    const linesOf = (cells: string[][]): number => Math.max(1, ...cells.map((cell) => cell.length));
    const headerHeight = linesOf(header) * TABLE_LINE + CELL_PAD * 2;
    const pages = paginateTable({
      rowLines: body.map(linesOf),
      lineHeight: TABLE_LINE,
      rowPadding: CELL_PAD,
      headerHeight,
      firstPageHeight: this.bottom - this.doc.y,
      pageHeight: this.bottom - this.top,
    });
    pages.forEach((page, index) => {
      if (index > 0) this.newPage();
      if (page.slices.length === 0) return;
      this.drawRow(header, widths, columns, 0, linesOf(header), CJK_FONT.bold, SHADE);
      for (const slice of page.slices) {
        const shade = options.shadedRows?.has(slice.row) ? SHADE : null;
        this.drawRow(body[slice.row]!, widths, columns, slice.fromLine, slice.toLine, CJK_FONT.regular, shade);
      }
    });
    this.doc.y += 6;
  }

  private drawRow(cells: string[][], widths: number[], columns: readonly TableColumn[], fromLine: number, toLine: number, font: string, shade: string | null): void {
    const top = this.doc.y;
    const height = (toLine - fromLine) * TABLE_LINE + CELL_PAD * 2;
    if (shade) this.doc.rect(this.left, top, this.width, height).fillColor(shade).fill();
    this.doc.font(font).fontSize(TABLE_FONT_SIZE).fillColor(INK);
    let x = this.left;
    cells.forEach((lines, column) => {
      const cellWidth = widths[column]! - CELL_PAD * 2;
      lines.slice(fromLine, toLine).forEach((line, index) => {
        const offset = columns[column]!.align === 'right' ? cellWidth - this.doc.widthOfString(line) : 0;
        this.put(line, x + CELL_PAD + offset, top + CELL_PAD + index * TABLE_LINE);
      });
      x += widths[column]!;
    });
    this.doc.moveTo(this.left, top + height).lineTo(this.left + this.width, top + height).lineWidth(0.4).strokeColor(RULE).stroke();
    this.doc.x = this.left;
    this.doc.y = top + height;
  }

  /** Writes the footer of every page (call once, at the end: needs bufferPages). */
  footers(left: string, pageLabel: (page: number, pages: number) => string): void {
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      this.doc.switchToPage(index);
      const bottomMargin = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0; // writing inside the margin must not open a new page
      const y = this.doc.page.height - bottomMargin + 16;
      this.doc.font(CJK_FONT.regular).fontSize(8).fillColor(MUTED);
      this.put(left, this.left, y);
      const label = pageLabel(index + 1, range.count);
      this.put(label, this.left + this.width - this.doc.widthOfString(label), y);
      this.doc.page.margins.bottom = bottomMargin;
    }
  }
}
