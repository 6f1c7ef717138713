import { createTestDatabase, type TestDatabase } from '../../../../tools/testing/test-database';
import { KPI_ROLLUP_COLUMNS, rebuildKpiFacts } from '../kpi/kpi-rollups';
import { seedDemo } from './demo-seed';
import { DEMO_FACT_COLUMNS } from './demo-facts';

/**
 * A bulk seed (row triggers off) writes the KPI facts from the generator and builds the rollups from
 * them (demo-facts.ts): both must be exactly what the triggers' refresh gives from the raw rows, column
 * by column, so that a benchmark data set measures the same figures as live data.
 */
let database: TestDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database?.drop());

const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> => database.dataSource.query(sql, params);

/** Rows of `left` missing from `right` (EXCEPT: every column compared, nulls equal). */
const missing = async (left: string, right: string): Promise<number> =>
  (await query<{ n: number }>(`SELECT count(*)::int AS n FROM (TABLE ${left} EXCEPT TABLE ${right}) d`))[0]!.n;

const ROLLUPS = `SELECT day, dimension, dim_value, ${KPI_ROLLUP_COLUMNS.map((column) => `sum(${column}) AS ${column}`).join(', ')}
  FROM kpi_daily_rollups WHERE org_id = $1 GROUP BY day, dimension, dim_value`;

it('bulk seed facts and rollups equal a rebuild from the raw rows, column by column', async () => {
  const [{ superuser }] = await query<{ superuser: boolean }>('SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user');
  expect(superuser).toBe(true); // else the seed keeps its triggers and the generator's facts are not what is tested
  await seedDemo(database.dataSource, { requests: 4000, seed: 13, bulk: true });
  const [{ id: orgId }] = await query<{ id: string }>(`SELECT id FROM organisations WHERE code = 'DEMO'`);
  // Not the triggers' work: a bulk seed leaves no audit entries.
  const [{ audited }] = await query<{ audited: number }>(`SELECT count(*)::int AS audited FROM audit_log WHERE org_id = $1`, [orgId]);
  expect(audited).toBe(0);

  await query(`CREATE TABLE seeded_facts AS SELECT * FROM kpi_request_facts WHERE org_id = $1`, [orgId]);
  await query(`CREATE TABLE seeded_rollups AS ${ROLLUPS}`, [orgId]);
  // Every column the generator computes is exercised by the data (rating_csi: the demo survey has no factors).
  const populated = await query<Record<string, number>>(
    `SELECT ${DEMO_FACT_COLUMNS.map((column) => `count(${column})::int AS ${column}`).join(', ')}, count(*) FILTER (WHERE visit_count > 1)::int AS revisited,
            count(*) FILTER (WHERE cancelled)::int AS cancelled_n, count(*) FILTER (WHERE reopen_count > 0)::int AS reopened FROM seeded_facts`,
  );
  for (const [column, n] of Object.entries(populated[0]!)) if (column !== 'rating_csi') expect({ column, n: n > 0 }).toEqual({ column, n: true });

  await rebuildKpiFacts(database.dataSource, orgId);
  await query(`CREATE TABLE rebuilt_facts AS SELECT * FROM kpi_request_facts WHERE org_id = $1`, [orgId]);
  await query(`CREATE TABLE rebuilt_rollups AS ${ROLLUPS}`, [orgId]);

  // Which columns differ, for a readable failure; then the whole rows both ways.
  const differing = await query<Record<string, number>>(
    `SELECT ${DEMO_FACT_COLUMNS.map((column) => `count(*) FILTER (WHERE s.${column} IS DISTINCT FROM r.${column})::int AS ${column}`).join(', ')}
       FROM seeded_facts s FULL JOIN rebuilt_facts r ON r.request_id = s.request_id`,
  );
  expect(Object.entries(differing[0]!).filter(([, n]) => n > 0)).toEqual([]);
  expect(await missing('seeded_facts', 'rebuilt_facts')).toBe(0);
  expect(await missing('rebuilt_facts', 'seeded_facts')).toBe(0);
  expect((await query<{ n: number }>('SELECT count(*)::int AS n FROM rebuilt_rollups'))[0]!.n).toBeGreaterThan(0);
  expect(await missing('seeded_rollups', 'rebuilt_rollups')).toBe(0);
  expect(await missing('rebuilt_rollups', 'seeded_rollups')).toBe(0);
}, 240_000);

it('a bulk seed keeps the indexes it set aside during the load', async () => {
  const indexes = () => query<{ name: string }>(`SELECT indexname AS name FROM pg_indexes WHERE schemaname = current_schema() ORDER BY 1`);
  const before = await indexes();
  await seedDemo(database.dataSource, { requests: 300, seed: 5, bulk: true });
  expect(await indexes()).toEqual(before);
}, 120_000);
