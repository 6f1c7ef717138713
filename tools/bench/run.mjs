#!/usr/bin/env node
// `npm run bench`: builds (or with --reuse, reuses) a generated data set on a private embedded
// PostgreSQL, runs each workload of performance.md, prints the table and writes bench-results/<time>.json.
// Usage: npm run bench -- [--requests 1000000] [--runs 5] [--only seed,kpi,…] [--reuse] [--keep]
// Needs the build (`npm run build`, or `npx tsc -b apps/api/tsconfig.app.json apps/cli/tsconfig.app.json`).
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { SERVER_SETTINGS, openDataset } from './lib/dataset.mjs';
import { formatTable, resultDocument, resultFileName } from './lib/figures.mjs';
import { parseOptions } from './lib/options.mjs';
import { ROOT } from './lib/processes.mjs';
import { coldStartWorkload } from './workloads/cold-start.mjs';
import { exportWorkload } from './workloads/export.mjs';
import { importWorkload } from './workloads/import.mjs';
import { kpiWorkload } from './workloads/kpi.mjs';
import { mutationWorkload } from './workloads/mutation.mjs';
import { seedWorkload } from './workloads/seed.mjs';
import { webWorkload } from './workloads/web.mjs';

// Cold start stops the harness's server: it runs last.
const RUNNERS = { seed: seedWorkload, kpi: kpiWorkload, mutation: mutationWorkload, export: exportWorkload, import: importWorkload, web: webWorkload, 'cold-start': coldStartWorkload };

const options = parseOptions(process.argv.slice(2));
const log = (message) => process.stderr.write(`[bench] ${message}\n`);
for (const built of ['apps/api/dist/main.js', 'apps/cli/dist/main.js', 'libs/database/dist/index.js']) {
  if (!existsSync(path.join(ROOT, built))) {
    console.error(`${built} is missing: build first (npx tsc -b apps/api/tsconfig.app.json apps/cli/tsconfig.app.json)`);
    process.exit(1);
  }
}

const startedAt = new Date();
const machine = {
  cpus: cpus().length, cpuModel: cpus()[0]?.model, memoryGiB: +(totalmem() / 2 ** 30).toFixed(1), node: process.version, platform: `${process.platform} ${process.arch}`,
  shared: 'machine shared with other engineers at the time of the run: figures are medians',
};
const dataset = await openDataset(options, log);
const figures = [];
const details = {};
let failed = false;
try {
  machine.postgres = (await dataset.size()).postgres;
  machine.postgresSettings = SERVER_SETTINGS;
  for (const name of Object.keys(RUNNERS).filter((workload) => options.only.includes(workload))) {
    log(`workload ${name} …`);
    try {
      const result = await RUNNERS[name](dataset, { ...options, log });
      figures.push(...result.figures);
      details[name] = result.details;
    } catch (error) {
      failed = true;
      log(`workload ${name} failed: ${error.stack ?? error}`);
      details[name] = { error: String(error.message ?? error).slice(0, 2000) };
    }
  }
  const size = await dataset.size();
  const document = resultDocument({ startedAt, finishedAt: new Date(), options, machine, dataset: { ...size, dir: path.relative(ROOT, dataset.dir), reused: dataset.reused }, figures, details });
  const dir = path.join(ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, resultFileName(startedAt));
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`\nStarDesk benchmarks: ${size.requests?.toLocaleString('en')} requests, ${machine.cpus} CPUs, ${machine.memoryGiB} GiB, node ${machine.node}, PostgreSQL ${machine.postgres}`);
  console.log(formatTable(figures));
  console.log(`\nwritten ${path.relative(ROOT, file)}`);
} finally {
  await dataset.close({ keep: options.reuse || options.keep });
}
process.exit(failed ? 1 : 0);
