import { create, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type PDFDocument from 'pdfkit';

/**
 * Noto Sans SC (Noto Sans CJK, SIL Open Font License 1.1) from the npm package @embedpdf/fonts-sc,
 * so Chinese renders the same on every machine without a system font. pdfkit embeds only the glyphs
 * a document uses (a few dozen KB) and writes a ToUnicode map, so the text can be searched and
 * copied. The files (about 8 MB each) are read and parsed once per process: reusing the parsed fonts
 * makes a document about five times faster than handing pdfkit the bytes. Every PDF StarDesk prints
 * (service sheets, the evidence package) takes its fonts from here.
 */
export interface CjkFonts {
  regular: Font;
  bold: Font;
}

/** The names the fonts are registered under in a document (registerCjkFonts). */
export const CJK_FONT = { regular: 'cjk-regular', bold: 'cjk-bold' } as const;

let fonts: CjkFonts | undefined;

function load(folder: string, file: string): Font {
  const font = create(readFileSync(path.join(folder, file)));
  if (!('layout' in font)) throw new Error(`${file} is a font collection, not a font`);
  return font;
}

export function cjkFonts(): CjkFonts {
  if (!fonts) {
    // The package exports only its index (dist/index.cjs); the font files sit beside dist/.
    const folder = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
    fonts = { regular: load(folder, 'NotoSansHans-Regular.otf'), bold: load(folder, 'NotoSansHans-Bold.otf') };
  }
  return fonts;
}

/** Registers the regular and bold CJK fonts in `doc` under the names of CJK_FONT. */
export function registerCjkFonts(doc: InstanceType<typeof PDFDocument>): void {
  const { regular, bold } = cjkFonts();
  // pdfkit takes a parsed fontkit font as well as bytes (it checks for `layout`); its types lag behind.
  doc.registerFont(CJK_FONT.regular, regular as unknown as Buffer);
  doc.registerFont(CJK_FONT.bold, bold as unknown as Buffer);
}
