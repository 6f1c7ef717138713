#!/usr/bin/env node
// Times the 12-month KPI dashboard query through the engine (KpiSqlEngine) reading the daily rollups
// against the same query scanning the facts (rollups: 'never'), side by side on the same data, and
// prints medians of N alternating runs and their ratio (performance.md: "ratio rollup / raw-table scan").
// Data: an existing database (DATABASE_URL, or STARDESK_DATA_DIR + EMBEDDED_PG_PORT of a seeded data
// directory: `stardesk seed --requests 200000`). Writes bench-results/kpi-rollup.json.
// Usage: npx tsc -b libs/database/tsconfig.lib.json && node tools/bench/kpi-rollup.mjs [--runs 15] [--org DEMO] [--to YYYY-MM-DD] [--no-vacuum]
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '../..');
const { KpiSqlEngine, openDatabase, readDatabaseConfig } = require(path.join(root, 'libs/database/dist/index.js'));

const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
};
const runs = Number(option('runs', '15'));
const orgCode = option('org', 'DEMO');

const database = await openDatabase(readDatabaseConfig(process.env), { poolSize: 4 });
const { dataSource } = database;
try {
  const [organisation] = await dataSource.query(`SELECT id FROM organisations WHERE code = $1`, [orgCode]);
  if (!organisation) throw new Error(`No organisation ${orgCode}: seed one first (stardesk seed --requests N)`);
  const orgId = organisation.id;
  // Steady state: what autovacuum leaves after a bulk load (statistics, and the visibility map for index-only scans).
  if (!process.argv.includes('--no-vacuum')) await dataSource.query('VACUUM ANALYZE kpi_request_facts, kpi_daily_rollups');
  const [{ requests, last }] = await dataSource.query(
    `SELECT count(*)::int AS requests, to_char(max(reported_at) AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS last FROM kpi_request_facts WHERE org_id = $1`,
    [orgId],
  );
  const [{ rollupRows }] = await dataSource.query(`SELECT count(*)::int AS "rollupRows" FROM kpi_daily_rollups WHERE org_id = $1`, [orgId]);
  // Twelve whole months ending with the month of the latest request.
  const end = new Date(`${option('to', last)}T00:00:00Z`);
  const to = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
  const from = new Date(Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
  const period = { from, to };
  const [{ outlet }] = await dataSource.query(`SELECT outlet_id::text AS outlet FROM kpi_request_facts WHERE org_id = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`, [orgId]);

  const withRollups = new KpiSqlEngine(dataSource.manager, { rollups: 'required' });
  const fromFacts = new KpiSqlEngine(dataSource.manager, { rollups: 'never' });
  const now = new Date();
  const workloads = [
    { name: 'dashboard (12 months, monthly trend)', run: (engine) => engine.breakdown(orgId, period, 'month', { now }) },
    { name: 'dashboard, one filter (outlet)', run: (engine) => engine.breakdown(orgId, period, 'month', { now, filters: { outlet } }) },
    { name: 'breakdown by region', run: (engine) => engine.breakdown(orgId, period, 'region', { now }) },
    { name: 'totals', run: (engine) => engine.summary(orgId, period, { now }) },
  ];

  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  };
  const time = async (fn) => {
    const started = process.hrtime.bigint();
    await fn();
    return Number(process.hrtime.bigint() - started) / 1e6;
  };

  console.log(`KPI rollups vs fact scan: ${orgCode}, ${requests.toLocaleString('en')} requests, ${rollupRows.toLocaleString('en')} rollup rows, period [${from}, ${to}), ${runs} runs each`);
  const results = [];
  for (const workload of workloads) {
    // Warm-up (plans, caches), and a check that both paths give the same request count.
    const [a, b] = [await workload.run(withRollups), await workload.run(fromFacts)];
    const same = JSON.stringify((a.total ?? a).populations) === JSON.stringify((b.total ?? b).populations);
    const rollupTimes = [];
    const factTimes = [];
    for (let run = 0; run < runs; run++) {
      rollupTimes.push(await time(() => workload.run(withRollups)));
      factTimes.push(await time(() => workload.run(fromFacts)));
    }
    const result = { workload: workload.name, rollupMs: median(rollupTimes), factsMs: median(factTimes), samePopulations: same };
    result.ratio = result.factsMs / result.rollupMs;
    results.push(result);
  }
  console.table(results.map((r) => ({ workload: r.workload, 'rollups ms (median)': r.rollupMs.toFixed(1), 'facts ms (median)': r.factsMs.toFixed(1), 'facts / rollups': r.ratio.toFixed(1), 'same populations': r.samePopulations })));
  mkdirSync(path.join(root, 'bench-results'), { recursive: true });
  writeFileSync(
    path.join(root, 'bench-results/kpi-rollup.json'),
    JSON.stringify({ at: new Date().toISOString(), machine: { cpus: cpus().length, model: cpus()[0]?.model, memory: totalmem() }, requests, rollupRows, period, runs, results }, null, 2),
  );
} finally {
  await database.close();
}
