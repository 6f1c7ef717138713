import { KPI_KEYS } from '@stardesk/domain';
import { runCli } from '../../../../tools/testing/cli-process';
import { createKpiFixture, EXPECTED, FIXTURE_PERIOD } from '../../../../tools/testing/kpi-fixture';
import { createTestDatabase, type TestDatabase } from '../../../../tools/testing/test-database';

/** `stardesk kpi`: the figures of kpis.md for scripts (--json) and people (a table in zh or en). */
let database: TestDatabase;
let env: Record<string, string>;
const period = ['--from', FIXTURE_PERIOD.from, '--to', FIXTURE_PERIOD.to];

beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.url, STARDESK_LOCALE: 'en' };
  await createKpiFixture(database.dataSource, 'ACME');
});
afterAll(async () => database?.drop());

it('prints one JSON object keyed exactly by the KPI keys: rates number or null, durations {mean, p50, p90, n}', async () => {
  const result = await runCli(['kpi', '--org', 'ACME', ...period, '--json'], env);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const figures = JSON.parse(result.stdout) as Record<string, unknown>;
  expect(Object.keys(figures)).toEqual([...KPI_KEYS]);
  for (const key of KPI_KEYS) {
    const expected = EXPECTED[key];
    if (typeof expected === 'object') expect({ key, value: figures[key] }).toEqual({ key, value: expected });
    else expect({ key, value: figures[key] }).toEqual({ key, value: expect.closeTo(expected, 9) });
  }
  const empty = JSON.parse((await runCli(['kpi', '--org', 'ACME', '--from', '2020-01-01', '--to', '2020-02-01', '--json'], env)).stdout) as Record<string, unknown>;
  expect(empty['responseOnTimeRate']).toBeNull();
  expect(empty['responseMinutes']).toEqual({ mean: null, p50: null, p90: null, n: 0 });
});

it('with --by, puts one such object per row under "rows", keyed by the dimension value (outlet codes)', async () => {
  const result = await runCli(['kpi', '--org', 'ACME', ...period, '--by', 'outlet', '--json'], env);
  expect(result.code).toBe(0);
  const output = JSON.parse(result.stdout) as Record<string, unknown> & { rows: Record<string, Record<string, unknown>> };
  expect(Object.keys(output)).toEqual([...KPI_KEYS, 'rows']);
  expect(Object.keys(output.rows).sort()).toEqual(['BJ-01', 'SH-01', 'null']);
  for (const row of Object.values(output.rows)) expect(Object.keys(row)).toEqual([...KPI_KEYS]);
  expect(output.rows['SH-01']!['requestCount']).toBe(2);
  const days = JSON.parse((await runCli(['kpi', '--org', 'ACME', ...period, '--by', 'day', '--json'], env)).stdout) as { rows: Record<string, unknown> };
  expect(Object.keys(days.rows)).toHaveLength(7);
});

it('prints a table with headers in the user’s language, and refuses bad arguments', async () => {
  const english = await runCli(['kpi', '--org', 'ACME', ...period], env);
  expect(english.stdout).toMatch(/^KPI\s+Value/);
  expect(english.stdout).toMatch(/on-time response\s+33\.3%/);
  const chinese = await runCli(['kpi', '--org', 'ACME', ...period], { ...env, STARDESK_LOCALE: 'zh-CN' });
  expect(chinese.stdout).toMatch(/^指标\s+数值/);
  expect(chinese.stdout).toMatch(/满意度指数\s+750\.0/);
  const backwards = await runCli(['kpi', '--org', 'ACME', '--from', '2026-03-09', '--to', '2026-03-02'], env);
  expect(backwards.code).toBe(2);
  expect(backwards.stderr).toMatch(/--to: Must be after the start date/);
  const badDimension = await runCli(['kpi', '--org', 'ACME', ...period, '--by', 'city'], env);
  expect(badDimension.code).toBe(2);
  expect(badDimension.stderr).toMatch(/--by: Invalid value/);
  expect((await runCli(['kpi', '--org', 'NOPE', ...period], env)).code).toBe(1);
});
