import PDFDocument from 'pdfkit';
import { registerCjkFonts } from './cjk-font';

export type PdfDoc = InstanceType<typeof PDFDocument>;

export interface PdfDocumentOptions {
  title: string;
  author: string;
  subject: string;
  language: 'zh-CN' | 'en';
  /** Written as the creation and modification date; the document ID is derived from it and the other fields. */
  date: Date;
  layout?: 'portrait' | 'landscape';
}

/** A4 margins of every evidence PDF; the footer sits inside the bottom margin. */
export const PAGE_MARGINS = { top: 48, bottom: 56, left: 48, right: 48 } as const;

/**
 * An A4 document with the CJK fonts registered, whose bytes depend on its content only: pdfkit
 * derives the file ID (and the subset font tags, from the font IDs) from the info dictionary, so a
 * fixed date makes two renders of one model byte-identical. `finished` resolves with the bytes once
 * `doc.end()` is called.
 */
export function createPdfDocument(options: PdfDocumentOptions): { doc: PdfDoc; finished: Promise<Buffer> } {
  const doc = new PDFDocument({
    size: 'A4',
    layout: options.layout ?? 'portrait',
    margins: { ...PAGE_MARGINS },
    bufferPages: true,
    lang: options.language,
    displayTitle: true,
    info: {
      Title: options.title,
      Author: options.author,
      Subject: options.subject,
      Creator: 'StarDesk',
      Producer: 'StarDesk (PDFKit)',
      CreationDate: options.date,
      ModDate: options.date,
    },
  });
  registerCjkFonts(doc);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, finished };
}

/** A date-time string of the model as an instant; an unreadable one is the epoch, so rendering never depends on the clock. */
export function documentDate(value: string): Date {
  const parsed = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  return Number.isNaN(parsed.getTime()) ? new Date(0) : parsed;
}
