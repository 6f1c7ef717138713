#!/usr/bin/env node
// Measures what the audit trail costs (libs/database/src/audit/audit-trail.ts), side by side on one
// private embedded PostgreSQL: the same workload in a database with the audit triggers and in one
// without them (triggers dropped). Workloads: (1) 32 concurrent clients, each committing small
// transactions shaped like "create service request" (two inserts and an update, each row audited) in ONE
// organisation (the worst case for the per-organisation seal lock); (2) the demo seed (bulk path).
// Usage: npm run build && node tools/bench/audit-cost.mjs [seconds=10] [--seed]
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');
const db = require(path.join(root, 'libs/database/dist/index.js'));
const { Client } = require('pg');
const seconds = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 10);
const withSeed = process.argv.includes('--seed');
const CLIENTS = 32;

const dir = mkdtempSync(path.join(tmpdir(), 'stardesk-audit-bench-'));
chmodSync(dir, 0o755);
process.env.STARDESK_AUDIT_KEY ??= 'audit-benchmark-key-0123456789abcdef';
const server = await db.startOrAttachEmbedded({ dataDir: dir, port: 20000 + Math.floor(Math.random() * 20000) });

async function database(name, audited) {
  const admin = new Client({ connectionString: server.url.replace(/\/[^/]+$/, '/postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = server.url.replace(/\/[^/]+$/, `/${name}`);
  const dataSource = db.createDataSource({ url, poolSize: CLIENTS });
  await dataSource.initialize();
  await db.migrate(dataSource);
  if (!audited) {
    await dataSource.query(`DO $$ DECLARE t regclass; BEGIN
      FOR t IN SELECT tgrelid::regclass FROM pg_trigger WHERE tgname = 'audit_capture' LOOP EXECUTE format('DROP TRIGGER audit_capture ON %s', t); END LOOP; END $$`);
  }
  const org = await db.createOrganisation(dataSource, { code: 'BENCH', name: 'Bench', timeZone: 'Asia/Shanghai' });
  return { dataSource, org };
}

async function createLoad({ dataSource, org }) {
  let done = 0;
  const latencies = [];
  const until = Date.now() + seconds * 1000;
  let n = 0;
  const worker = async () => {
    while (Date.now() < until) {
      const started = performance.now();
      const i = n++;
      await dataSource.transaction(async (tx) => {
        const [customer] = await tx.query(`INSERT INTO customers (org_id, name, phone) VALUES ($1, $2, $3) RETURNING id`, [org.id, `客户 ${i}`, `139${String(i).padStart(8, '0')}`]);
        await tx.query(`UPDATE customers SET name = name || '.' WHERE id = $1`, [customer.id]);
        await tx.query(`INSERT INTO customers (org_id, name, phone) VALUES ($1, $2, $3)`, [org.id, `联系人 ${i}`, `138${String(i).padStart(8, '0')}`]);
      });
      latencies.push(performance.now() - started);
      done += 1;
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: CLIENTS }, worker));
  latencies.sort((a, b) => a - b);
  return { perSecond: Math.round(done / ((Date.now() - started) / 1000)), p99: +latencies[Math.floor(latencies.length * 0.99)].toFixed(1) };
}

const results = { machine: { cpus: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30) }, clients: CLIENTS, seconds };
try {
  const plain = await database('plain', false);
  const audited = await database('audited', true);
  // Alternate runs so noise hits both sides; median of three.
  const runs = { plain: [], audited: [] };
  for (let round = 0; round < 3; round++) {
    runs.plain.push(await createLoad(plain));
    runs.audited.push(await createLoad(audited));
  }
  const median = (list) => list.map((r) => r.perSecond).sort((a, b) => a - b)[1];
  const medianP99 = (list) => list.map((r) => r.p99).sort((a, b) => a - b)[1];
  results.transactions = {
    plainPerSecond: median(runs.plain),
    auditedPerSecond: median(runs.audited),
    ratio: +(median(runs.audited) / median(runs.plain)).toFixed(2),
    plainP99Ms: medianP99(runs.plain),
    auditedP99Ms: medianP99(runs.audited),
    runs,
  };
  if (withSeed) {
    const seedTime = async (target) => {
      const started = Date.now();
      await db.seedDemo(target.dataSource, { requests: 6000, seed: 27922 });
      return (Date.now() - started) / 1000;
    };
    const plainSeed = await database('plainseed', false);
    const auditedSeed = await database('auditedseed', true);
    results.seed = { requests: 6000, plainSeconds: await seedTime(plainSeed), auditedSeconds: await seedTime(auditedSeed) };
    results.seed.ratio = +(results.seed.auditedSeconds / results.seed.plainSeconds).toFixed(2);
  }
  console.table({ transactions: { plain: results.transactions.plainPerSecond, audited: results.transactions.auditedPerSecond, ratio: results.transactions.ratio } });
  if (results.seed) console.table({ seed: results.seed });
  mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  writeFileSync(path.join(root, 'bench-results/audit-cost.json'), JSON.stringify(results, null, 2));
  console.log(JSON.stringify(results.transactions, null, 2));
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(0);
