// createServiceRequest with 32 concurrent clients from a second process (load-client.mjs), bounded in
// count and time, against the same rows written by a raw `pg` INSERT loop (ratio of throughputs).
// Sides alternate run by run; medians of the runs. Rows are added to DEMO (a few ten thousand at most).
import path from 'node:path';
import { signIn, startApi } from '../lib/api.mjs';
import { figure } from '../lib/figures.mjs';
import { runNode } from '../lib/processes.mjs';
import { median, percentile, ratio } from '../lib/stats.mjs';

const CLIENTS = 32;
const MAX_REQUESTS = 20_000;
const MAX_SECONDS = 15;
const LOAD_CLIENT = path.join(import.meta.dirname, 'load-client.mjs');

async function load(config) {
  const run = await runNode(LOAD_CLIENT, [JSON.stringify(config)], { timeoutMs: (MAX_SECONDS + 60) * 1000 });
  if (run.code !== 0) throw new Error(`load client failed (${run.code}): ${run.stderr.slice(0, 2000)}`);
  const result = JSON.parse(run.stdout.trim().split('\n').pop());
  if (result.failed) throw new Error(`${config.mode}: ${result.failed} of ${result.done + result.failed} requests failed, e.g. ${result.errors[0]}`);
  return { perSecond: result.done / result.seconds, p99: percentile(result.latencies, 99), p50: percentile(result.latencies, 50), done: result.done };
}

export async function mutationWorkload(dataset, { runs, log }) {
  const client = await dataset.client();
  const api = await startApi(dataset.env());
  try {
    const { rows: [{ id: orgId }] } = await client.query(`SELECT id FROM organisations WHERE code = 'DEMO'`);
    const outlets = (await client.query(`SELECT id FROM outlets WHERE org_id = $1 AND active ORDER BY code`, [orgId])).rows.map((r) => r.id);
    const products = (await client.query(`SELECT id FROM products WHERE org_id = $1 ORDER BY model`, [orgId])).rows.map((r) => r.id);
    const { authorization } = await signIn(api.url);
    const base = { concurrency: CLIENTS, count: MAX_REQUESTS, seconds: MAX_SECONDS, outlets, products };
    const sides = { graphql: [], pg: [] };
    // A short warm-up of the API (JIT, pool, plans): not counted.
    await load({ ...base, mode: 'graphql', count: 500, seconds: 5, url: api.url, authorization, runTag: 9000 });
    const rounds = Math.max(1, Math.min(runs, 3));
    for (let round = 0; round < rounds; round++) {
      sides.graphql.push(await load({ ...base, mode: 'graphql', url: api.url, authorization, runTag: Date.now() % 1e6 }));
      sides.pg.push(await load({ ...base, mode: 'pg', databaseUrl: dataset.url, orgId, runTag: (Date.now() + 1) % 1e6 }));
      log(`mutation round ${round + 1}: GraphQL ${sides.graphql.at(-1).perSecond.toFixed(0)}/s p99 ${sides.graphql.at(-1).p99.toFixed(1)} ms; pg ${sides.pg.at(-1).perSecond.toFixed(0)}/s`);
    }
    const throughput = median(sides.graphql.map((r) => r.perSecond));
    const pgThroughput = median(sides.pg.map((r) => r.perSecond));
    return {
      figures: [
        figure('create request ×32', 'GraphQL throughput', throughput, '/s', { target: { op: '>=', value: 1500 }, runs: sides.graphql.map((r) => r.perSecond) }),
        figure('create request ×32', 'GraphQL p99', median(sides.graphql.map((r) => r.p99)), 'ms', { target: { op: '<=', value: 50 }, runs: sides.graphql.map((r) => r.p99) }),
        figure('create request ×32', 'raw pg INSERT loop throughput', pgThroughput, '/s', { runs: sides.pg.map((r) => r.perSecond) }),
        figure('create request ×32', 'ratio GraphQL / raw pg', ratio(throughput, pgThroughput), '×', { target: { op: '>=', value: 0.5 } }),
      ],
      details: { clients: CLIENTS, bound: { requests: MAX_REQUESTS, seconds: MAX_SECONDS }, rounds: sides },
    };
  } finally {
    await api.stop();
    await client.end();
  }
}
