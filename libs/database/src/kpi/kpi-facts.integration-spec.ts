import { anImportSet } from '../../../../tools/testing/import-set.factory';
import { createTestDatabase, type TestDatabase } from '../../../../tools/testing/test-database';
import { fileSource, findImportOrganisation, importRecords } from '../import';
import { createOrganisation } from '../organisations/organisation-store';
import { seedDemo } from '../seed/demo-seed';
import { KPI_ROLLUP_COLUMNS, rebuildKpiFacts, rebuildKpiRollups } from './kpi-rollups';
import { KpiSqlEngine } from './kpi-sql-engine';

/**
 * kpi_request_facts is kept by triggers in the transactions that write requests, visits, return
 * visits and units: the demo seed's bulk inserts and every later change must leave exactly what a
 * rebuild from the raw rows gives.
 */
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.drop());

/** An organisation's rollup rows summed over their shards, those that hold anything (the triggers' deltas may leave rows of zeros behind), numbers as text. */
const rollups = async (orgId: string): Promise<unknown[]> =>
  database.dataSource.query(
    `SELECT day::text, dimension, dim_value, ${KPI_ROLLUP_COLUMNS.map((column) => `trim_scale(sum(${column}))::text AS ${column}`).join(', ')} FROM kpi_daily_rollups
      WHERE org_id = $1 GROUP BY day, dimension, dim_value
      HAVING ${KPI_ROLLUP_COLUMNS.map((column) => `sum(${column}) <> 0`).join(' OR ')} ORDER BY day, dimension, dim_value`,
    [orgId],
  );

/** An organisation's duration histograms summed over their shards, the buckets that hold anything. */
const histograms = async (orgId: string): Promise<unknown[]> =>
  database.dataSource.query(
    `SELECT day::text, dimension, dim_value, measure, bucket, sum(n)::text AS n FROM kpi_duration_histograms WHERE org_id = $1
      GROUP BY day, dimension, dim_value, measure, bucket HAVING sum(n) <> 0 ORDER BY day, dimension, dim_value, measure, bucket`,
    [orgId],
  );

const facts = async (orgId: string): Promise<unknown[]> =>
  database.dataSource.query(`SELECT * FROM kpi_request_facts WHERE org_id = $1 ORDER BY request_id`, [orgId]);

it('are written by the demo seed (and re-seeding), equal to a rebuild from the raw rows, and follow later changes', async () => {
  await seedDemo(database.dataSource, { requests: 400, seed: 7 });
  await seedDemo(database.dataSource, { requests: 300, seed: 8 });
  const [{ id: orgId }] = (await database.dataSource.query(`SELECT id FROM organisations WHERE code = 'DEMO'`)) as { id: string }[];
  const [{ n }] = (await database.dataSource.query(`SELECT count(*)::int AS n FROM service_requests WHERE org_id = $1`, [orgId])) as { n: number }[];
  const seeded = await facts(orgId);
  expect(seeded).toHaveLength(n);
  expect(seeded.some((fact) => (fact as { visit_count: number }).visit_count > 0)).toBe(true);

  // Later changes of every kind a request's facts depend on.
  await database.dataSource.query(
    `UPDATE visits SET outcome = 'NOT_FIXED' WHERE id IN (SELECT id FROM visits WHERE org_id = $1 ORDER BY id LIMIT 5)`,
    [orgId],
  );
  await database.dataSource.query(
    `UPDATE service_requests SET cancelled_at = reported_at + interval '1 hour', status = 'CANCELLED'
      WHERE id IN (SELECT id FROM service_requests WHERE org_id = $1 AND unit_id IS NOT NULL ORDER BY id LIMIT 5)`,
    [orgId],
  );
  await database.dataSource.query(
    `UPDATE return_visits SET status = 'DONE', done_at = closed_at + interval '1 day' WHERE id IN (SELECT id FROM return_visits WHERE org_id = $1 ORDER BY id LIMIT 5)`,
    [orgId],
  );
  await database.dataSource.query(
    `UPDATE product_units SET serial_no = 'MOVED-' || serial_no
      WHERE id IN (SELECT unit_id FROM service_requests WHERE org_id = $1 AND unit_id IS NOT NULL ORDER BY id LIMIT 3)`,
    [orgId],
  );
  await database.dataSource.query(
    `UPDATE service_requests SET resolved_at = reported_at + interval '2 hours', reopen_count = reopen_count + 1
      WHERE id IN (SELECT id FROM service_requests WHERE org_id = $1 AND type = 'REPAIR' ORDER BY id DESC LIMIT 5)`,
    [orgId],
  );
  const maintained = await facts(orgId);
  const maintainedRollups = await rollups(orgId);
  const maintainedHistograms = await histograms(orgId);
  await rebuildKpiFacts(database.dataSource, orgId);
  expect(maintained).toEqual(await facts(orgId));
  expect(maintainedRollups).toEqual(await rollups(orgId));
  expect(maintainedHistograms).toEqual(await histograms(orgId));

  const engine = new KpiSqlEngine(database.dataSource.manager);
  const totals = await engine.totals(orgId, { from: '2000-01-01', to: '2100-01-01' });
  const [{ live }] = (await database.dataSource.query(`SELECT count(*)::int AS live FROM service_requests WHERE org_id = $1 AND cancelled_at IS NULL`, [orgId])) as { live: number }[];
  expect(totals.requestCount).toBe(live);
}, 240_000);

it('are written by a CSV import, equal to a rebuild from the raw rows', async () => {
  await createOrganisation(database.dataSource, { code: 'IMP', name: 'IMP 电器有限公司', timeZone: 'Asia/Shanghai' });
  const organisation = (await findImportOrganisation(database.dataSource.manager, 'IMP'))!;
  const result = await importRecords(database.dataSource, organisation, anImportSet().writeCsv().map(fileSource), {});
  expect(result.accepted).toBe(true);
  const [{ n }] = (await database.dataSource.query(`SELECT count(*)::int AS n FROM service_requests WHERE org_id = $1`, [organisation.id])) as { n: number }[];
  const imported = await facts(organisation.id);
  expect(n).toBeGreaterThan(0);
  expect(imported).toHaveLength(n);
  expect(imported.some((fact) => (fact as { visit_count: number }).visit_count > 0)).toBe(true);
  await rebuildKpiFacts(database.dataSource, organisation.id);
  expect(imported).toEqual(await facts(organisation.id));
}, 120_000);

it('keeps the daily rollups and duration histograms equal to a rebuild through reopening, a new visit, a rating and a cancellation', async () => {
  await seedDemo(database.dataSource, { requests: 300, seed: 11 });
  const [{ id: orgId }] = (await database.dataSource.query(`SELECT id FROM organisations WHERE code = 'DEMO'`)) as { id: string }[];
  const seeded = await rollups(orgId);
  expect(seeded.length).toBeGreaterThan(0);
  const query = (sql: string) => database.dataSource.query(sql, [orgId]);

  // Reopen closed requests: no longer resolved or closed, one more reopening.
  await query(`UPDATE service_requests SET status = 'IN_PROGRESS', resolved_at = NULL, closed_at = NULL, reopen_count = reopen_count + 1
      WHERE id IN (SELECT id FROM service_requests WHERE org_id = $1 AND closed_at IS NOT NULL ORDER BY id LIMIT 4)`);
  // A further visit by another technician, before the first one: the first visit (technician, arrival) changes.
  await query(`INSERT INTO visits (org_id, request_id, seq, technician_id, arrived_at, outcome)
      SELECT v.org_id, v.request_id, v.seq + 100, (SELECT s.id FROM staff s WHERE s.org_id = v.org_id AND s.id <> v.technician_id AND s.role = 'TECHNICIAN' LIMIT 1),
             v.arrived_at - interval '1 minute', 'NOT_FIXED'
        FROM visits v WHERE v.id IN (SELECT id FROM visits WHERE org_id = $1 ORDER BY id LIMIT 4)`);
  // A rating (kept on survey_responses, not rolled up: nothing may change).
  await query(`INSERT INTO survey_responses (org_id, request_id, return_visit_id, source, submitted_at, overall, recommend, factor_scores)
      SELECT rv.org_id, rv.request_id, rv.id, 'RETURN_VISIT', now(), 2, 3, '[]'::jsonb FROM return_visits rv
      WHERE rv.org_id = $1 AND NOT EXISTS (SELECT 1 FROM survey_responses s WHERE s.return_visit_id = rv.id) ORDER BY rv.id LIMIT 2`);
  // Cancellations, and acknowledgements.
  await query(`UPDATE service_requests SET cancelled_at = reported_at + interval '1 hour', status = 'CANCELLED'
      WHERE id IN (SELECT id FROM service_requests WHERE org_id = $1 AND closed_at IS NULL ORDER BY id DESC LIMIT 4)`);
  await query(`UPDATE service_requests SET acknowledged_at = reported_at + interval '7 minutes'
      WHERE id IN (SELECT id FROM service_requests WHERE org_id = $1 AND acknowledged_at IS NULL AND cancelled_at IS NULL ORDER BY id LIMIT 4)`);

  const maintained = await rollups(orgId);
  const maintainedHistograms = await histograms(orgId);
  expect(maintained).not.toEqual(seeded);
  expect(maintainedHistograms.length).toBeGreaterThan(0);
  await rebuildKpiRollups(database.dataSource.manager, orgId);
  expect(maintained).toEqual(await rollups(orgId));
  expect(maintainedHistograms).toEqual(await histograms(orgId));

  // The rollup path gives the facts' figures (the property test in apps/api holds both to the domain).
  const period = { from: '2000-01-01', to: '2100-01-01' };
  const now = new Date();
  const viaRollups = await new KpiSqlEngine(database.dataSource.manager, { rollups: 'required' }).breakdown(orgId, period, 'month', { now });
  const viaFacts = await new KpiSqlEngine(database.dataSource.manager, { rollups: 'never' }).breakdown(orgId, period, 'month', { now });
  expect(viaRollups.total.populations).toEqual(viaFacts.total.populations);
  expect(viaRollups.rows.map((row) => row.populations)).toEqual(viaFacts.rows.map((row) => row.populations));
  // The exact percentiles through the histograms and one bucket of facts = percentile_disc over the facts.
  const durations = (breakdown: typeof viaFacts) =>
    [breakdown.total, ...breakdown.rows].map(({ kpis }) => [kpis.responseMinutes.p50, kpis.responseMinutes.p90, kpis.resolutionHours.p50, kpis.resolutionHours.p90]);
  expect(durations(viaRollups)).toEqual(durations(viaFacts));
}, 240_000);

it('gives new requests, inserted one at a time, the facts of a rebuild, including the next repair of their units\' earlier repairs', async () => {
  const [{ id: orgId }] = (await database.dataSource.query(`SELECT id FROM organisations WHERE code = 'DEMO'`)) as { id: string }[];
  const earlier = (await database.dataSource.query(
    `SELECT DISTINCT ON (r.unit_id) r.id, r.unit_id, r.customer_id, r.product_id, r.outlet_id, r.resolved_at FROM service_requests r
      WHERE r.org_id = $1 AND r.type = 'REPAIR' AND r.resolved_at IS NOT NULL AND r.cancelled_at IS NULL AND r.unit_id IS NOT NULL
      ORDER BY r.unit_id, r.resolved_at LIMIT 3`,
    [orgId],
  )) as { id: string; unit_id: string; customer_id: string; product_id: string; outlet_id: string; resolved_at: Date }[];
  expect(earlier).toHaveLength(3);
  const insert = (code: string, type: string, unitId: string | null, reportedAt: string, resolvedAt: string | null, from: (typeof earlier)[number]) =>
    database.dataSource.query(
      `INSERT INTO service_requests (org_id, code, type, channel, priority, status, customer_id, product_id, unit_id, outlet_id, warranty_status, reported_at, resolved_at)
       VALUES ($1, $2, $3, 'HOTLINE', 'NORMAL', $4, $5, $6, $7, $8, 'UNKNOWN', $9, $10)`,
      [orgId, code, type, resolvedAt ? 'RESOLVED' : 'NEW', from.customer_id, from.product_id, unitId, from.outlet_id, reportedAt, resolvedAt],
    );
  const dayAfter = (instant: Date, days: number) => new Date(instant.getTime() + days * 86_400_000).toISOString();
  // A repair of the same unit a minute after the first unit's repair was resolved: its next repair. Then a resolved repair of the second
  // unit (next repair of the earlier one, and itself without one), an installation of the third (not a repair: no
  // next repair) and a request without a unit.
  const nextRepairAt = dayAfter(earlier[0]!.resolved_at, 1 / 1440);
  await insert('SR-NEW-1', 'REPAIR', earlier[0]!.unit_id, nextRepairAt, null, earlier[0]!);
  await insert('SR-NEW-2', 'REPAIR', earlier[1]!.unit_id, dayAfter(earlier[1]!.resolved_at, 2), dayAfter(earlier[1]!.resolved_at, 3), earlier[1]!);
  await insert('SR-NEW-3', 'INSTALLATION', earlier[2]!.unit_id, dayAfter(earlier[2]!.resolved_at, 1), null, earlier[2]!);
  await insert('SR-NEW-4', 'REPAIR', null, dayAfter(earlier[2]!.resolved_at, 1), null, earlier[2]!);

  const [{ next }] = (await database.dataSource.query(`SELECT next_repair_reported_at AS next FROM kpi_request_facts WHERE request_id = $1`, [earlier[0]!.id])) as {
    next: Date | null;
  }[];
  expect(next?.toISOString()).toBe(nextRepairAt);
  const maintained = await facts(orgId);
  const maintainedRollups = await rollups(orgId);
  await rebuildKpiFacts(database.dataSource, orgId);
  expect(maintained).toEqual(await facts(orgId));
  expect(maintainedRollups).toEqual(await rollups(orgId));
}, 120_000);
