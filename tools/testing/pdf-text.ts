import { spawn } from 'node:child_process';
import path from 'node:path';

export interface PdfText {
  pages: number;
  info: Record<string, unknown>;
  /** Every page's text; lines as pdf.js reads them. */
  text: string;
}

/** The text inside a PDF, read back the way a viewer would: proves what was rendered, fonts included. */
export function pdfText(pdf: Uint8Array): Promise<PdfText> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'read-pdf-text.mjs')], { stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as PdfText) : reject(new Error(`read-pdf-text exited ${code}: ${err}`))));
    child.stdin.end(pdf);
  });
}
