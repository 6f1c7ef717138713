// Prints the text of the PDF read from standard input, page by page (pdfjs-dist, legacy build for
// Node). A separate process because pdfjs-dist ships as ES modules, which Jest's CommonJS runtime
// cannot load; see pdf-text.ts (the names differ so that Jest never resolves this file).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const pdf = await getDocument({ data: new Uint8Array(Buffer.concat(chunks)), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
const pages = [];
for (let number = 1; number <= pdf.numPages; number++) {
  const content = await (await pdf.getPage(number)).getTextContent();
  pages.push(content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
}
process.stdout.write(JSON.stringify({ pages: pdf.numPages, info: (await pdf.getMetadata()).info, text: pages.join('\n') }));
