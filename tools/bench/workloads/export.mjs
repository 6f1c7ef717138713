// Evidence package for 12 months (performance.md: ≤ 90 s, ≤ 512 MiB peak RSS) through the real CLI,
// `stardesk export --org DEMO --from … --to … --out x.zip`, when this build has it (buildEvidencePackage
// in @stardesk/database). Without it the figures say "not available in this build": never faked.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { database, serverCpuSeconds } from '../lib/dataset.mjs';
import { figure } from '../lib/figures.mjs';
import { runCli } from '../lib/processes.mjs';
import { median } from '../lib/stats.mjs';

const NOT_AVAILABLE = 'not available in this build';

export async function exportWorkload(dataset, { runs, log }) {
  if (typeof database().buildEvidencePackage !== 'function') {
    log(`export: buildEvidencePackage is ${NOT_AVAILABLE}`);
    return {
      figures: [
        figure('evidence package 12 months', 'wall time', null, 's', { target: { op: '<=', value: 90 }, note: NOT_AVAILABLE }),
        figure('evidence package 12 months', 'peak RSS of the CLI', null, 'MiB', { target: { op: '<=', value: 512 }, note: NOT_AVAILABLE }),
      ],
      details: { available: false },
    };
  }
  const client = await dataset.client();
  const dir = mkdtempSync(path.join(tmpdir(), 'stardesk-bench-export-'));
  const times = [];
  const rss = [];
  const sizes = [];
  const cpu = [];
  const loads = [];
  const serverCpu = [];
  try {
    const { rows: [{ last }] } = await client.query(
      `SELECT to_char(max(s.reported_at) AT TIME ZONE o.time_zone, 'YYYY-MM-DD') AS last FROM service_requests s JOIN organisations o ON o.id = s.org_id WHERE o.code = 'DEMO' GROUP BY o.time_zone`);
    // Twelve months ending with the last day of history (--to is inclusive).
    const to = last;
    const end = new Date(`${last}T00:00:00Z`);
    const from = new Date(Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth(), end.getUTCDate() + 1)).toISOString().slice(0, 10);
    for (let run = 0; run < Math.min(runs, 2); run++) {
      const out = path.join(dir, `evidence-${run + 1}.zip`);
      const loadBefore = loadavg()[0];
      const serverBefore = serverCpuSeconds(dataset.dir);
      const result = await runCli(['export', '--org', 'DEMO', '--from', from, '--to', to, '--out', out], { env: dataset.env() });
      const server = serverCpuSeconds(dataset.dir) - serverBefore;
      serverCpu.push(Number.isFinite(server) ? server : null);
      // The machine is shared: the load average around the run and the CLI's own CPU seconds say how much of the wall time was its own.
      const load = [loadBefore, loadavg()[0]];
      times.push(result.ms / 1000);
      rss.push(result.peakRssMiB);
      cpu.push(result.cpuSeconds);
      loads.push(load);
      sizes.push(statSync(out).size);
      log(
        `export run ${run + 1}: ${(result.ms / 1000).toFixed(1)} s, peak RSS ${result.peakRssMiB?.toFixed(0)} MiB, CPU ${result.cpuSeconds?.toFixed(1)} s CLI / ${server.toFixed(1)} s PostgreSQL, ` +
          `load ${load.map((value) => value.toFixed(1)).join(' → ')}, ${(statSync(out).size / 2 ** 20).toFixed(1)} MiB zip`,
      );
    }
    return {
      figures: [
        figure('evidence package 12 months', 'wall time', median(times), 's', { target: { op: '<=', value: 90 }, runs: times }),
        figure('evidence package 12 months', 'peak RSS of the CLI', median(rss), 'MiB', { target: { op: '<=', value: 512 }, runs: rss }),
        figure('evidence package 12 months', 'CPU of the CLI', median(cpu), 's', { runs: cpu }),
        figure('evidence package 12 months', 'CPU of PostgreSQL', median(serverCpu.filter((value) => value !== null)), 's', { runs: serverCpu }),
      ],
      details: { available: true, period: { from, to }, zipBytes: sizes, loadAverage1m: loads },
    };
  } finally {
    await client.end();
    rmSync(dir, { recursive: true, force: true });
  }
}
