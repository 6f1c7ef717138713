// Dashboard KPI query (performance.md): 12 whole months with one filter (the busiest outlet), through
// GraphQL (p50/p95 over repeated runs), against the best hand-written SQL for the same figures on the same
// data (ratio; kpi-hand-written.mjs), and the engine reading the daily rollups against the engine scanning the
// facts (ratio "rollup / raw-table scan"). Runs alternate so the machine's noise hits every side.
import { graphql, signIn, startApi } from '../lib/api.mjs';
import { database } from '../lib/dataset.mjs';
import { figure } from '../lib/figures.mjs';
import { median, percentile, ratio, timed } from '../lib/stats.mjs';
import { handWrittenDashboard } from './kpi-hand-written.mjs';

const DASHBOARD = `query Dashboard($input: KpiDashboardInput!) {
  kpiDashboard(input: $input) {
    from to
    cards { key value population target duration { mean p50 p90 n } }
    trend { total { key value population } rows { key from to values { key value population duration { mean p50 p90 n } } } }
  }
}`;

const ZONE = 'Asia/Shanghai';

export async function kpiWorkload(dataset, { runs, log }) {
  const db = database();
  const dataSource = db.createDataSource({ url: dataset.url, poolSize: 6 });
  await dataSource.initialize();
  const api = await startApi(dataset.env());
  try {
    const [{ id: orgId }] = await dataSource.query(`SELECT id FROM organisations WHERE code = 'DEMO'`);
    // Steady state: what autovacuum leaves after a bulk load (statistics, visibility map for index-only scans).
    await dataSource.query('VACUUM ANALYZE kpi_request_facts, kpi_daily_rollups, kpi_duration_histograms');
    const [{ last }] = await dataSource.query(`SELECT to_char(max(reported_at) AT TIME ZONE '${ZONE}', 'YYYY-MM-DD') AS last FROM kpi_request_facts WHERE org_id = $1`, [orgId]);
    // Twelve whole months ending with the month of the latest request.
    const end = new Date(`${last}T00:00:00Z`);
    const to = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
    const from = new Date(Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth() + 1, 1)).toISOString().slice(0, 10);
    const [{ outlet, n }] = await dataSource.query(
      `SELECT outlet_id::text AS outlet, count(*)::int AS n FROM kpi_request_facts WHERE org_id = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`, [orgId]);
    const headers = await signIn(api.url);
    const input = { from, to, trendBy: 'month', filters: { outletId: outlet } };
    const withRollups = new db.KpiSqlEngine(dataSource.manager, { rollups: 'required' });
    const fromFacts = new db.KpiSqlEngine(dataSource.manager, { rollups: 'never' });
    const now = new Date();
    const sides = {
      graphql: () => graphql(api.url, DASHBOARD, { input }, headers),
      handWrittenSql: handWrittenDashboard(dataSource, orgId, outlet, from, to),
      engineRollups: () => withRollups.breakdown(orgId, { from, to }, 'month', { now, filters: { outlet } }),
      engineFacts: () => fromFacts.breakdown(orgId, { from, to }, 'month', { now, filters: { outlet } }),
    };
    // Warm-up (plans, caches, JIT), and a check that both engine paths count the same requests.
    const [a, b] = [await sides.engineRollups(), await sides.engineFacts()];
    const samePopulations = JSON.stringify(a.total.populations) === JSON.stringify(b.total.populations);
    for (const side of Object.values(sides)) await side();
    const times = Object.fromEntries(Object.keys(sides).map((name) => [name, []]));
    // p95 needs enough samples: at least 20 per side, whatever --runs says.
    const samples = Math.max(20, runs * 4);
    for (let run = 0; run < samples; run++) {
      for (const [name, side] of Object.entries(sides)) times[name].push((await timed(side)).ms);
    }
    log(`kpi: ${samples} samples per side, period [${from}, ${to}), outlet with ${n.toLocaleString('en')} requests`);
    const p50 = median(times.graphql);
    const p95 = percentile(times.graphql, 95);
    const sql = median(times.handWrittenSql);
    return {
      figures: [
        figure('dashboard KPI', 'GraphQL p50', p50, 'ms', { runs: times.graphql }),
        figure('dashboard KPI', 'GraphQL p95', p95, 'ms', { target: { op: '<=', value: 100 }, note: 'target is at 10 M' }),
        figure('dashboard KPI', 'hand-written SQL p50', sql, 'ms', { runs: times.handWrittenSql }),
        figure('dashboard KPI', 'ratio GraphQL / hand-written SQL (p50)', ratio(p50, sql), '×', { target: { op: '<=', value: 1.5 } }),
        figure('dashboard KPI', 'engine on rollups p50', median(times.engineRollups), 'ms', { runs: times.engineRollups }),
        figure('dashboard KPI', 'engine on facts (raw scan) p50', median(times.engineFacts), 'ms', { runs: times.engineFacts }),
        figure('dashboard KPI', 'ratio raw scan / rollup', ratio(median(times.engineFacts), median(times.engineRollups)), '×', { note: 'expect ≥ 50×' }),
      ],
      details: { period: { from, to }, filter: { outletId: outlet, requestsOfOutlet: n }, samples, samePopulations, p95: Object.fromEntries(Object.entries(times).map(([k, v]) => [k, percentile(v, 95)])) },
    };
  } finally {
    await api.stop();
    await dataSource.destroy();
  }
}
