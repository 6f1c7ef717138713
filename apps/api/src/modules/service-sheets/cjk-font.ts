import { create, type Font } from 'fontkit';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Noto Sans SC (Noto Sans CJK, SIL Open Font License 1.1) from the npm package @embedpdf/fonts-sc,
 * so Chinese renders the same on every machine without a system font. pdfkit embeds only the glyphs
 * a sheet uses (a few dozen KB). The files (about 8 MB each) are read and parsed once per process:
 * reusing the parsed fonts makes a sheet about five times faster than handing pdfkit the bytes.
 */
export interface SheetFonts {
  regular: Font;
  bold: Font;
}

let fonts: SheetFonts | undefined;

function load(folder: string, file: string): Font {
  const font = create(readFileSync(path.join(folder, file)));
  if (!('layout' in font)) throw new Error(`${file} is a font collection, not a font`);
  return font;
}

export function sheetFonts(): SheetFonts {
  if (!fonts) {
    // The package exports only its index (dist/index.cjs); the font files sit beside dist/.
    const folder = path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts');
    fonts = { regular: load(folder, 'NotoSansHans-Regular.otf'), bold: load(folder, 'NotoSansHans-Bold.otf') };
  }
  return fonts;
}
