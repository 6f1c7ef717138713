// The benchmark's data set: a private embedded PostgreSQL in .bench-data/r<N>-s<S>/ (git-ignored),
// seeded with the generator (`stardesk seed`) unless --reuse finds it complete from an earlier run.
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ROOT, freePort, runCli } from './processes.mjs';

const require = createRequire(import.meta.url);
export const database = () => require(path.join(ROOT, 'libs/database/dist/index.js'));
export const pg = () => require('pg');

/**
 * The server settings the figures assume, written to the data set's postgresql.auto.conf (never to the
 * product's embedded default, which many test servers share a machine with): buffers sized for a
 * 24 GiB machine and no checkpoint in the middle of a bulk load (the default 1 GB of WAL forced one
 * every few seconds of a 1 M seed, each followed by full-page writes).
 */
export const SERVER_SETTINGS = { shared_buffers: '2GB', max_wal_size: '16GB', checkpoint_timeout: '30min', maintenance_work_mem: '512MB', work_mem: '32MB' };

async function sizeForTheMachine(url) {
  const client = new (pg().Client)({ connectionString: url });
  await client.connect();
  try {
    for (const [name, value] of Object.entries(SERVER_SETTINGS)) await client.query(`ALTER SYSTEM SET ${name} = '${value}'`);
  } finally {
    await client.end();
  }
}

/**
 * CPU seconds the embedded server has used so far: the postmaster's own and its reaped children's
 * (fields 14-17 of /proc/<pid>/stat) plus its live children's. NaN where /proc cannot tell.
 */
export function serverCpuSeconds(dir) {
  try {
    const ticks = 100; // USER_HZ on Linux
    const stat = (pid) => readFileSync(`/proc/${pid}/stat`, 'utf8').slice(readFileSync(`/proc/${pid}/stat`, 'utf8').lastIndexOf(')') + 2).split(' ');
    const postmaster = Number(readFileSync(path.join(dir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);
    const own = stat(postmaster);
    let total = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const fields = stat(entry);
        if (Number(fields[1]) === postmaster) total += Number(fields[11]) + Number(fields[12]);
      } catch {
        // gone meanwhile
      }
    }
    return total / ticks;
  } catch {
    return NaN;
  }
}

/** Opens (building it if needed) the data set of `requests` generated requests with `seed`. */
export async function openDataset({ requests, seed, reuse }, log) {
  const dir = path.join(ROOT, '.bench-data', `r${requests}-s${seed}`);
  const marker = path.join(dir, 'dataset.json');
  const reused = reuse && existsSync(marker);
  if (!reused) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  let server = await database().startOrAttachEmbedded({ dataDir: dir, port });
  // The CLI and the API join this server; their audit key and files stay in the data set's folder.
  const env = () => ({ DATABASE_URL: server.url, STARDESK_DATA_DIR: dir });
  if (!reused) {
    await sizeForTheMachine(server.url);
    await server.stop();
    server = await database().startOrAttachEmbedded({ dataDir: dir, port });
  }
  // A reused data set gets the migrations of this build.
  await runCli(['db', 'migrate'], { env: env() });
  if (!reused) {
    log(`seeding ${requests.toLocaleString('en')} requests (seed ${seed}) into ${path.relative(ROOT, dir)} …`);
    const serverCpuBefore = serverCpuSeconds(dir);
    const run = await runCli(['seed', '--requests', String(requests), '--seed', String(seed)], { env: env(), echo: true });
    const serverCpu = serverCpuSeconds(dir) - serverCpuBefore;
    const seedRun = { ms: run.ms, peakRssMiB: run.peakRssMiB, cliCpuSeconds: run.cpuSeconds, serverCpuSeconds: Number.isFinite(serverCpu) ? serverCpu : null, summary: run.stdout.trim().split('\n').pop(), at: new Date().toISOString() };
    writeFileSync(marker, JSON.stringify({ requests, seed, seedRun }, null, 2));
  }
  const info = JSON.parse(readFileSync(marker, 'utf8'));
  return {
    dir,
    reused,
    info,
    get url() {
      return server.url;
    },
    env,
    /** A pg client on the data set (the caller ends it). */
    async client() {
      const client = new (pg().Client)({ connectionString: server.url });
      await client.connect();
      return client;
    },
    /** Stops the server this harness started (cold start needs the data directory free). */
    async stopServer() {
      await server.stop();
    },
    async restartServer() {
      server = await database().startOrAttachEmbedded({ dataDir: dir, port: await freePort() });
    },
    async size() {
      const client = await this.client();
      try {
        const count = async (table) => Number((await client.query(`SELECT count(*) AS n FROM ${table}`)).rows[0].n);
        const tables = ['service_requests', 'service_request_events', 'visits', 'complaints', 'return_visits', 'survey_responses', 'customers', 'staff', 'outlets', 'kpi_request_facts', 'kpi_daily_rollups'];
        const rows = {};
        for (const table of tables) rows[table] = await count(table).catch(() => null);
        const { rows: [{ bytes, version }] } = await client.query(`SELECT pg_database_size(current_database()) AS bytes, current_setting('server_version') AS version`);
        return { requests: rows.service_requests, rows, databaseMiB: Math.round(Number(bytes) / 2 ** 20), postgres: version };
      } finally {
        await client.end();
      }
    },
    async close({ keep }) {
      await server.stop();
      if (!keep) rmSync(dir, { recursive: true, force: true });
    },
  };
}
