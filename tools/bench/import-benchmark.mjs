#!/usr/bin/env node
// Measures `stardesk import` on a generated year of history (performance.md: 100 k requests ≤ 60 s,
// all or nothing). Writes outlets, service_requests and visits CSV files, creates an organisation,
// imports the set with the real CLI and prints the time. Uses DATABASE_URL when set, otherwise a
// private embedded PostgreSQL in a temporary data directory.
// Usage: npm run build && node tools/bench/import-benchmark.mjs [requests=100000] [--xlsx]
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');
const cli = path.join(root, 'apps/cli/bin/stardesk.js');
const requests = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 100_000);
const asXlsx = process.argv.includes('--xlsx');

const dir = mkdtempSync(path.join(tmpdir(), 'stardesk-import-bench-'));
// The embedded server may run as another user (when started as root): it must reach its data directory.
chmodSync(dir, 0o755);
const env = { ...process.env, STARDESK_LOCALE: 'en' };
if (!env.DATABASE_URL) Object.assign(env, { STARDESK_DATA_DIR: path.join(dir, 'data'), EMBEDDED_PG_PORT: String(20000 + Math.floor(Math.random() * 20000)) });

// A deterministic generator: the same count gives the same files.
let seed = 27922;
const random = () => {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(random() * list.length)];
const pad = (n, width = 2) => String(n).padStart(width, '0');
const local = (ms) => {
  const d = new Date(ms + 8 * 3600_000);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
};

const outlets = Array.from({ length: 12 }, (_, i) => `OUT-${pad(i + 1)}`);
const models = Array.from({ length: 40 }, (_, i) => `MODEL-${pad(i + 1, 3)}`);
const technicians = Array.from({ length: 80 }, (_, i) => `gcs${i + 1}`);
const start = Date.parse('2025-03-01T00:00:00Z');
const span = 360 * 24 * 3600_000;

const outletRows = ['code,name,kind,region,city', ...outlets.map((code, i) => `${code},服务站 ${i + 1},${pick(['OWN', 'PARTNER', 'AGENT'])},R${i % 3},城市${i}`)];
const requestRows = ['code,type,channel,priority,customer_name,customer_phone,product_model,product_category,serial_no,purchase_date,fault_description,outlet_code,reported_at,acknowledged_at,resolved_at,closed_at,status,reopened'];
const visitRows = ['request_code,seq,technician,arrived_at,completed_at,outcome,diagnosis,parts'];
for (let i = 0; i < requests; i++) {
  const code = `SR-B-${pad(i + 1, 7)}`;
  const reported = start + Math.floor(random() * span);
  const ack = reported + Math.floor(random() * 3 * 3600_000);
  const arrived = ack + Math.floor(random() * 20 * 3600_000);
  const resolved = arrived + Math.floor(random() * 4 * 3600_000);
  const closed = resolved + Math.floor(random() * 48 * 3600_000);
  const type = random() < 0.7 ? 'REPAIR' : pick(['INSTALLATION', 'MAINTENANCE', 'DELIVERY']);
  const phone = `13${pad(Math.floor(random() * 60_000), 9)}`;
  const fault = type === 'REPAIR' ? '"不制冷, 有异响"' : '';
  requestRows.push([
    code, type, pick(['HOTLINE', 'APP', 'ONLINE']), 'NORMAL', `客户${i % 60_000}`, phone, pick(models), '空调', `SN${pad(i, 8)}`, '2024-06-01', fault,
    pick(outlets), local(reported), local(ack), local(resolved), local(closed), 'CLOSED', 'false',
  ].join(','));
  if (i % 5 !== 4) visitRows.push([code, 1, pick(technicians), local(arrived), local(resolved), 'FIXED', '更换电容', random() < 0.3 ? 'CAP-35*1;FAN-2*1' : ''].join(','));
}

async function writeSet() {
  const sets = { outlets: outletRows, service_requests: requestRows, visits: visitRows };
  if (!asXlsx) {
    for (const [name, rows] of Object.entries(sets)) writeFileSync(path.join(dir, `${name}.csv`), `\uFEFF${rows.join('\r\n')}\r\n`);
    return Object.keys(sets).map((name) => path.join(dir, `${name}.csv`));
  }
  const ExcelJS = require(path.join(root, 'node_modules/exceljs'));
  const { readCsv } = require(path.join(root, 'libs/domain/dist/index.js'));
  const files = [];
  for (const [name, rows] of Object.entries(sets)) {
    const file = path.join(dir, `${name}.xlsx`);
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    const sheet = workbook.addWorksheet(name);
    for (const cells of readCsv(rows.join('\n'))) sheet.addRow(cells).commit();
    await workbook.commit();
    files.push(file);
  }
  return files;
}

try {
  const files = await writeSet();
  execFileSync(process.execPath, [cli, 'org', 'create', '--code', 'BENCH', '--name', '导入基准测试'], { env, stdio: 'inherit' });
  const began = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [cli, 'import', '--org', 'BENCH', ...files], { env, encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - began) / 1e9;
  process.stdout.write(run.stdout);
  process.stderr.write(run.stderr.split('\n').slice(0, 20).join('\n'));
  console.log(`\n${requests} requests and ${visitRows.length - 1} visits (${asXlsx ? 'XLSX' : 'CSV'}): exit ${run.status}, ${seconds.toFixed(1)} s wall time for the whole CLI run`);
} finally {
  if (process.env.KEEP_BENCH_FILES) console.log(`files kept in ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
