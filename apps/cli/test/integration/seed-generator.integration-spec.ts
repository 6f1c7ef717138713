import { runCli } from '../../../../tools/testing/cli-process';
import { brokenReferences } from '../../../../tools/testing/foreign-keys';
import { createTestDatabase, type TestDatabase } from '../../../../tools/testing/test-database';

/**
 * The data generator behind demos and benchmarks (`stardesk seed --requests N --seed S --orgs K`),
 * run as the real CLI against a real PostgreSQL: COPY-loaded rows must be as sound as the product's own.
 */
describe('stardesk seed: the deterministic data generator', () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  let first: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    env = { DATABASE_URL: database.url, STARDESK_LOCALE: 'en' };
    first = await runCli(['seed', '--requests', '4000', '--seed', '7', '--orgs', '2', '--bulk'], env);
  }, 120_000);
  afterAll(() => database.drop());

  const count = async (sql: string, params: unknown[] = []): Promise<number> => Number((await database.dataSource.query(sql, params))[0].n);

  it('creates the organisations with a year of history and reports its progress', async () => {
    expect(first.stderr).toContain('Generating 100 %');
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Seeded 2 organisations from DEMO: \d+ outlets/);
    const perOrg: { code: string; requests: number }[] = await database.dataSource.query(
      `SELECT o.code, count(r.id)::int AS requests FROM organisations o JOIN service_requests r ON r.org_id = o.id GROUP BY o.code ORDER BY o.code`);
    expect(perOrg.map((row) => row.code)).toEqual(['DEMO', 'DEMO-02']);
    for (const row of perOrg) expect(row.requests).toBeGreaterThan(1700);
    expect(first.stdout).toContain(`${perOrg[0]!.requests + perOrg[1]!.requests} requests`);
  });

  it('leaves no row pointing at a missing parent, though a bulk load runs with row triggers off', async () => {
    expect(await brokenReferences(database.dataSource)).toEqual([]);
  });

  it('writes the related records every KPI and register needs', async () => {
    for (const table of ['service_request_events', 'visits', 'stock_movements', 'part_stock', 'complaints', 'complaint_events', 'return_visits',
      'return_visit_attempts', 'survey_responses', 'qualifications', 'trainings', 'training_attendances', 'staff_outlets']) {
      expect(await count(`SELECT count(*) AS n FROM "${table}"`)).toBeGreaterThan(0);
    }
    // Every request starts with its creation event, and no timestamp runs backwards.
    expect(await count(`SELECT count(*) AS n FROM service_requests r WHERE NOT EXISTS
      (SELECT 1 FROM service_request_events e WHERE e.request_id = r.id AND e.from_status IS NULL AND e.at = r.reported_at)`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM service_requests WHERE acknowledged_at < reported_at OR resolved_at < reported_at OR closed_at < resolved_at`)).toBe(0);
    // The KPI facts the row triggers maintain are built for every generated request.
    expect(await count(`SELECT count(*) AS n FROM service_requests r WHERE NOT EXISTS (SELECT 1 FROM kpi_request_facts f WHERE f.request_id = r.id)`)).toBe(0);
    // Stock never goes negative and matches its movements.
    expect(await count(`SELECT count(*) AS n FROM part_stock WHERE quantity < 0`)).toBe(0);
  });

  it('has the shapes of performance.md: first-time fix 80–90 %, complaints 1–3 %, CSAT 85–95 %', async () => {
    const [shape]: { ftf: number; complaints: number; csat: number }[] = await database.dataSource.query(`
      SELECT (SELECT avg(CASE WHEN reopen_count = 0 AND (SELECT count(*) FROM visits v WHERE v.request_id = r.id) <= 1 THEN 1.0 ELSE 0 END)
                FROM service_requests r WHERE type = 'REPAIR' AND resolved_at IS NOT NULL)::float AS ftf,
             ((SELECT count(*) FROM complaints)::float / (SELECT count(*) FROM service_requests)) AS complaints,
             (SELECT avg(CASE WHEN overall >= 4 THEN 1.0 ELSE 0 END) FROM survey_responses)::float AS csat`);
    expect(shape!.ftf).toBeGreaterThanOrEqual(0.8);
    expect(shape!.ftf).toBeLessThanOrEqual(0.95);
    expect(shape!.complaints).toBeGreaterThanOrEqual(0.01);
    expect(shape!.complaints).toBeLessThanOrEqual(0.03);
    expect(shape!.csat).toBeGreaterThanOrEqual(0.85);
    expect(shape!.csat).toBeLessThanOrEqual(0.95);
  });

  it('gives the same data again for the same seed, replacing what was there, also with every trigger on', async () => {
    const tables = ['customers', 'product_units', 'service_requests', 'service_request_events', 'visits', 'complaints', 'return_visits'];
    const before = await Promise.all(tables.map((table) => count(`SELECT count(*) AS n FROM "${table}"`)));
    const again = await runCli(['seed', '--requests', '4000', '--seed', '7', '--orgs', '2'], env);
    expect(again.code).toBe(0);
    expect(await Promise.all(tables.map((table) => count(`SELECT count(*) AS n FROM "${table}"`)))).toEqual(before);
  }, 120_000);

  it('refuses a request count that is not a positive integer', async () => {
    const result = await runCli(['seed', '--requests', 'many'], env);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('positive integer');
  });
});
