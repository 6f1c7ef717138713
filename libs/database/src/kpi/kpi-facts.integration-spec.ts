import { anImportSet } from '../../../../tools/testing/import-set.factory';
import { createTestDatabase, type TestDatabase } from '../../../../tools/testing/test-database';
import { fileSource, findImportOrganisation, importRecords } from '../import';
import { createOrganisation } from '../organisations/organisation-store';
import { seedDemo } from '../seed/demo-seed';
import { rebuildKpiFacts } from './kpi-fact-triggers';
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
  await rebuildKpiFacts(database.dataSource, orgId);
  expect(maintained).toEqual(await facts(orgId));

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
