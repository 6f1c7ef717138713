#!/usr/bin/env node
/**
 * Initial-load budget of the web app: the JavaScript a browser must fetch before the first page
 * renders — the entry script of dist/index.html plus every chunk it modulepreloads — gzipped and
 * summed, must stay within 250 kB. Lazy route chunks (dashboard charts, forms) do not count.
 *
 * Usage (after `vite build --config apps/web/vite.config.ts`):
 *   node apps/web/tools/check-bundle-budget.mjs [--dist <dir>] [--budget-kb <n>]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const KB = 1024;

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

const distDir = resolve(option('--dist', join(dirname(fileURLToPath(import.meta.url)), '..', 'dist')));
const budgetBytes = Number(option('--budget-kb', '250')) * KB;

function fail(message) {
  console.error(`bundle budget: ${message}`);
  process.exit(1);
}

const indexPath = join(distDir, 'index.html');
if (!existsSync(indexPath)) fail(`${indexPath} not found; build the web app first (vite build --config apps/web/vite.config.ts).`);
const html = readFileSync(indexPath, 'utf8');

/** Attribute value of one HTML tag, quoted or not. */
function attribute(tag, name) {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '') : null;
}

const initial = new Set();
for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
  const src = attribute(tag, 'src');
  if (src && attribute(tag, 'type')?.toLowerCase() === 'module') initial.add(src);
}
for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
  const rel = attribute(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
  const href = attribute(tag, 'href');
  if (href && rel.includes('modulepreload')) initial.add(href);
}
if (initial.size === 0) fail(`no entry script found in ${indexPath}.`);

function fileOf(url) {
  if (/^(https?:)?\/\//i.test(url)) fail(`initial script ${url} is not part of the build.`);
  const path = resolve(distDir, `.${sep}${decodeURIComponent(url.split(/[?#]/)[0]).replace(/^\/+/, '')}`);
  if (!path.startsWith(distDir + sep)) fail(`initial script ${url} points outside ${distDir}.`);
  if (!existsSync(path)) fail(`initial script ${url} not found at ${path}.`);
  return path;
}

const rows = [...initial].map((url) => {
  const content = readFileSync(fileOf(url));
  return { url, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
});
rows.sort((a, b) => b.gzip - a.gzip);

const total = rows.reduce((sum, row) => sum + row.gzip, 0);
const format = (bytes) => `${(bytes / KB).toFixed(1)} kB`;
for (const row of rows) console.log(`  ${format(row.gzip).padStart(9)} gzip  ${format(row.raw).padStart(9)} raw  ${row.url}`);
const summary = `initial JS ${format(total)} gzipped in ${rows.length} file(s); budget ${format(budgetBytes)}`;
if (total > budgetBytes) {
  console.error(`bundle budget: ${summary}: OVER by ${format(total - budgetBytes)}. Lazy-load the new dependency or move it out of the shell.`);
  // exitCode rather than exit(): let the table above finish writing to a pipe.
  process.exitCode = 1;
} else {
  console.log(`bundle budget: ${summary}: OK (${format(budgetBytes - total)} to spare).`);
}
