// CSV import of 100 k requests (with outlets and visits) through the real CLI into a fresh organisation
// of the data set, timed as the whole `stardesk import` run; the organisation is removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { figure } from '../lib/figures.mjs';
import { runCli } from '../lib/processes.mjs';
import { median } from '../lib/stats.mjs';
import { writeImportFiles } from './import-files.mjs';

export const IMPORT_REQUESTS = 100_000;

export async function importWorkload(dataset, { runs, log, requests = IMPORT_REQUESTS }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'stardesk-bench-import-'));
  const client = await dataset.client();
  const times = [];
  const rss = [];
  try {
    const set = writeImportFiles(dir, requests);
    // 100 k rows per run: at most two runs, whatever --runs says.
    for (let run = 0; run < Math.min(runs, 2); run++) {
      const code = `BENCH-IMPORT-${run + 1}`;
      await runCli(['org', 'create', '--code', code, '--name', `导入基准 ${run + 1}`], { env: dataset.env() });
      try {
        const result = await runCli(['import', '--org', code, ...set.files], { env: dataset.env() });
        const { rows: [{ n }] } = await client.query(`SELECT count(*)::int AS n FROM service_requests s JOIN organisations o ON o.id = s.org_id WHERE o.code = $1`, [code]);
        if (n !== requests) throw new Error(`import stored ${n} of ${requests} requests`);
        times.push(result.ms / 1000);
        rss.push(result.peakRssMiB);
        log(`import run ${run + 1}: ${(result.ms / 1000).toFixed(1)} s, peak RSS ${result.peakRssMiB?.toFixed(0)} MiB`);
      } finally {
        await removeOrganisation(dataset, code);
      }
    }
    return {
      figures: [
        figure('import 100 k (CSV)', 'wall time', median(times), 's', { target: { op: '<=', value: 60 }, runs: times }),
        figure('import 100 k (CSV)', 'peak RSS of the CLI', median(rss), 'MiB', { runs: rss }),
      ],
      details: { requests, visits: set.visits },
    };
  } finally {
    await client.end();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Deletes an organisation of the benchmark and everything it owns. */
async function removeOrganisation(dataset, code) {
  const { database } = await import('../lib/dataset.mjs');
  const db = database();
  const dataSource = db.createDataSource({ url: dataset.url, poolSize: 1 });
  await dataSource.initialize();
  try {
    await dataSource.transaction(async (tx) => {
      const [organisation] = await tx.query(`SELECT id FROM organisations WHERE code = $1`, [code]);
      if (organisation) await db.purgeOrganisation(tx, organisation.id);
    });
  } finally {
    await dataSource.destroy();
  }
}
