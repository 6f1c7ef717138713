import { CJK_FONT } from '@stardesk/database';
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

export const FONT = CJK_FONT;

const INK = '#1f2328';
const MUTED = '#57606a';
const RULE = '#d0d7de';
const SHADE = '#f2f4f7';
const PAD = 2.5;

export interface Column {
  header: string;
  /** Share of the line width; the shares of a table add up to 1. */
  width: number;
  align?: 'left' | 'right';
}

/**
 * The few building blocks of a printed sheet on top of pdfkit: section headings, label/value grids,
 * tables whose rows never split across pages (the header repeats on the next page) and signature
 * lines. Every block first makes sure it fits, so nothing is cut at the bottom margin.
 */
export class SheetLayout {
  constructor(private readonly doc: Doc) {}

  private get left(): number {
    return this.doc.page.margins.left;
  }

  private get width(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  private get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page when fewer than `height` points are left on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  title(text: string, subtitle: string): void {
    this.doc.font(FONT.bold).fontSize(18).fillColor(INK).text(text, this.left, this.doc.y, { width: this.width, align: 'center' });
    this.doc.moveDown(0.2).font(FONT.regular).fontSize(9).fillColor(MUTED).text(subtitle, { width: this.width, align: 'center' });
    this.doc.moveDown(0.5);
  }

  /** A heading is never left alone at the foot of a page: room for a few lines must follow it. */
  section(text: string): void {
    this.ensureSpace(96);
    this.doc.moveDown(0.4).font(FONT.bold).fontSize(11.5).fillColor(INK).text(text, this.left, this.doc.y, { width: this.width });
    const y = this.doc.y + 2;
    this.doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.8).strokeColor(INK).stroke();
    this.doc.y = y + 5;
  }

  subheading(text: string): void {
    this.ensureSpace(40);
    this.doc.moveDown(0.3).font(FONT.bold).fontSize(10).fillColor(INK).text(text, this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.2);
  }

  /** Label/value pairs in `columns` columns; a pair marked `wide` takes the whole line. */
  fields(pairs: { label: string; value: string; wide?: boolean }[], columns = 2): void {
    const columnWidth = this.width / columns;
    this.doc.font(FONT.regular).fontSize(9);
    const widest = Math.max(...pairs.map((pair) => this.doc.widthOfString(pair.label)));
    const labelWidth = Math.min(Math.max(widest + 10, 60), columnWidth * 0.45);
    let column = 0;
    let rowTop = this.doc.y;
    let rowHeight = 0;
    const newRow = (): void => {
      rowTop += rowHeight;
      rowHeight = 0;
      column = 0;
    };
    for (const pair of pairs) {
      if (pair.wide && column > 0) newRow();
      const width = pair.wide ? this.width : columnWidth;
      const valueWidth = width - labelWidth - PAD * 2;
      this.doc.font(FONT.regular).fontSize(9);
      const height = Math.max(this.doc.heightOfString(pair.value || '—', { width: valueWidth }), 11) + PAD * 2;
      if (column === 0 && rowTop + height > this.bottom) {
        this.doc.addPage();
        rowTop = this.doc.y;
      }
      const x = this.left + column * columnWidth;
      this.doc.fillColor(MUTED).text(pair.label, x, rowTop + PAD, { width: labelWidth - PAD });
      this.doc.fillColor(INK).text(pair.value || '—', x + labelWidth, rowTop + PAD, { width: valueWidth });
      rowHeight = Math.max(rowHeight, height);
      column = pair.wide ? columns : column + 1;
      if (column >= columns) newRow();
    }
    if (column > 0) newRow();
    this.doc.x = this.left;
    this.doc.y = rowTop + 2;
  }

  paragraph(text: string, muted = false): void {
    this.doc.font(FONT.regular).fontSize(9.5).fillColor(muted ? MUTED : INK);
    this.ensureSpace(this.doc.heightOfString(text, { width: this.width }) + 4);
    this.doc.text(text, this.left, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
  }

  table(columns: Column[], rows: string[][]): void {
    const fontSize = 8.5;
    const widths = columns.map((column) => column.width * this.width);
    const heightOf = (cells: string[], font: string): number => {
      this.doc.font(font).fontSize(fontSize);
      return Math.max(...cells.map((cell, index) => this.doc.heightOfString(cell || '—', { width: widths[index]! - PAD * 2 }))) + PAD * 2;
    };
    const drawRow = (cells: string[], font: string, shaded: boolean): void => {
      const height = heightOf(cells, font);
      const top = this.doc.y;
      if (shaded) this.doc.rect(this.left, top, this.width, height).fillColor(SHADE).fill();
      let x = this.left;
      this.doc.font(font).fontSize(fontSize).fillColor(INK);
      cells.forEach((cell, index) => {
        this.doc.text(cell || '—', x + PAD, top + PAD, { width: widths[index]! - PAD * 2, align: columns[index]!.align ?? 'left' });
        x += widths[index]!;
      });
      this.doc.moveTo(this.left, top + height).lineTo(this.left + this.width, top + height).lineWidth(0.4).strokeColor(RULE).stroke();
      this.doc.x = this.left;
      this.doc.y = top + height;
    };
    const headers = columns.map((column) => column.header);
    this.ensureSpace(heightOf(headers, FONT.bold) + heightOf(rows[0] ?? headers, FONT.regular));
    drawRow(headers, FONT.bold, true);
    for (const row of rows) {
      if (this.doc.y + heightOf(row, FONT.regular) > this.bottom) {
        this.doc.addPage();
        drawRow(headers, FONT.bold, true);
      }
      drawRow(row, FONT.regular, false);
    }
    this.doc.moveDown(0.4);
  }

  /** Blank lines to sign on paper, side by side; labels come with their colon. */
  signatures(labels: string[], dateLabel: string): void {
    this.ensureSpace(60);
    const top = this.doc.y + 28;
    const width = this.width / labels.length;
    this.doc.font(FONT.regular).fontSize(9.5).fillColor(INK).lineWidth(0.6).strokeColor(INK);
    const dateWidth = this.doc.widthOfString(dateLabel) + 4;
    labels.forEach((label, index) => {
      const x = this.left + index * width;
      const labelWidth = this.doc.widthOfString(label) + 4;
      const dateX = x + width - 50 - dateWidth;
      this.doc.text(label, x, top, { lineBreak: false });
      this.doc.moveTo(x + labelWidth, top + 12).lineTo(dateX - 8, top + 12).stroke();
      this.doc.text(dateLabel, dateX, top, { lineBreak: false });
      this.doc.moveTo(dateX + dateWidth, top + 12).lineTo(x + width - 10, top + 12).stroke();
    });
    this.doc.x = this.left;
    this.doc.y = top + 24;
  }

  /** Writes `text(page, pages)` at the foot of every page (call once, at the end; needs bufferPages). */
  footers(text: (page: number, pages: number) => string, left: string): void {
    const range = this.doc.bufferedPageRange();
    for (let index = range.start; index < range.start + range.count; index++) {
      this.doc.switchToPage(index);
      const bottomMargin = this.doc.page.margins.bottom;
      this.doc.page.margins.bottom = 0; // writing inside the margin must not open a new page
      const y = this.doc.page.height - bottomMargin + 14;
      this.doc.font(FONT.regular).fontSize(8).fillColor(MUTED);
      this.doc.text(left, this.left, y, { width: this.width / 2, lineBreak: false });
      this.doc.text(text(index + 1, range.count), this.left + this.width / 2, y, { width: this.width / 2, align: 'right', lineBreak: false });
      this.doc.page.margins.bottom = bottomMargin;
    }
  }
}
