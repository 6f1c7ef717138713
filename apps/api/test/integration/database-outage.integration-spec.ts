import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDataSource, migrate, upsertUserAccount } from '@stardesk/database';
import { Client } from 'pg';
import { startApiProcess, type ApiProcess } from '../../../../tools/testing/api-process';
import { freePort } from '../../../../tools/testing/free-port';
import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { startPrivatePostgres, type PrivatePostgres } from '../../../../tools/testing/private-postgres';

/**
 * Fault test on a private embedded PostgreSQL (own port and data directory, so the run's shared
 * server is untouched): a burst of concurrent create mutations while the server is stopped and
 * started again, each sent with its own Idempotency-Key as a phone would. Afterwards every acknowledged
 * write exists exactly once, failures say SERVICE_UNAVAILABLE (never a stack trace), the API recovered
 * by itself, and re-sending each failed request with its key settles it without a duplicate: a write
 * that never committed is made now; one that committed but whose answer was lost (the database went
 * away between COMMIT and reading the result back) is reported IDEMPOTENCY_KEY_COMMITTED, not re-run.
 */
const CREATE = `
  mutation Create($input: CreateServiceRequestInput!) {
    createServiceRequest(input: $input) { id }
  }`;

let dataDir: string;
let port: number;
let server: PrivatePostgres;
let api: ApiProcess;
let acme: GivenOrganisation;
let accessToken: string;
const PASSWORD = 'outage-password-2026';

async function query<T>(sql: string, parameters: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: server.url });
  await client.connect();
  try {
    return (await client.query(sql, parameters)).rows as T[];
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'stardesk-outage-'));
  port = await freePort();
  server = await startPrivatePostgres(dataDir, port);
  const dataSource = createDataSource({ url: server.url, poolSize: 2 });
  await dataSource.initialize();
  await migrate(dataSource);
  acme = await anOrganisation('ACME').withOutlet('SH-01').withProduct('KFR-35GW', '空调', 72).create(dataSource);
  await upsertUserAccount(dataSource, { orgCode: 'ACME', login: 'outage.admin', role: 'ADMIN', outletCodes: [], password: PASSWORD });
  await dataSource.destroy();
  api = await startApiProcess({ DATABASE_URL: server.url, STARDESK_JOBS: 'false', STARDESK_WEB_DIST: '/nonexistent', STARDESK_MUTATION_RATE: '0', STARDESK_LOGIN_RATE: '0' });
  const login = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }', variables: { input: { organisation: 'ACME', login: 'outage.admin', password: PASSWORD } } }),
  });
  accessToken = ((await login.json()) as { data: { login: { accessToken: string } } }).data.login.accessToken;
}, 120_000);

afterAll(async () => {
  await api?.stop();
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

type Attempt = { marker: string; id: string | null; code: string | null; body: string };

async function attempt(marker: string): Promise<Attempt> {
  try {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${accessToken}`, 'accept-language': 'en', 'idempotency-key': marker },
      body: JSON.stringify({
        query: CREATE,
        variables: {
          input: {
            type: 'REPAIR', channel: 'HOTLINE', priority: 'HIGH', outletId: acme.outletIds['SH-01'], productId: acme.productIds['KFR-35GW'],
            customerName: marker, customerPhone: '138 0013 8000', faultDescription: marker,
          },
        },
      }),
    });
    const body = await response.text();
    const json = JSON.parse(body) as { data?: { createServiceRequest?: { id: string } } | null; errors?: { extensions?: { code?: string } }[] };
    return { marker, id: json.data?.createServiceRequest?.id ?? null, code: json.errors?.[0]?.extensions?.code ?? null, body };
  } catch (error) {
    return { marker, id: null, code: 'NETWORK', body: String(error) };
  }
}

it('acknowledges only what committed, answers SERVICE_UNAVAILABLE meanwhile, and recovers by itself', async () => {
  const attempts: Attempt[] = [];
  let stop = false;
  let counter = 0;
  const worker = async (): Promise<void> => {
    while (!stop) attempts.push(await attempt(`burst-${counter++}`));
  };
  const workers = Array.from({ length: 8 }, worker);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await server.stop();
  const health = await fetch(`${api.url}/health`);
  expect(health.status).toBe(503);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  server = await startPrivatePostgres(dataDir, port);
  // Keep writing until the API has written successfully again after the restart.
  const restartedAt = attempts.length;
  const deadline = Date.now() + 30_000;
  while (!attempts.slice(restartedAt).some((a) => a.id) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  stop = true;
  await Promise.all(workers);

  const acknowledged = attempts.filter((a) => a.id);
  const failed = attempts.filter((a) => !a.id);
  expect(acknowledged.length).toBeGreaterThan(0);
  expect(failed.length).toBeGreaterThan(0);
  expect(attempts.slice(restartedAt).some((a) => a.id)).toBe(true);
  // Failures are the clear "service unavailable" error, never an internal error or a stack trace.
  expect([...new Set(failed.map((a) => a.code))]).toEqual(['SERVICE_UNAVAILABLE']);
  expect(failed.every((a) => !/stack|\.js:\d+/i.test(a.body))).toBe(true);

  const storedNow = await query<{ fault_description: string; id: string }>(`SELECT id, fault_description FROM service_requests WHERE fault_description LIKE 'burst-%'`);
  const byMarker = new Map<string, string[]>();
  for (const row of storedNow) byMarker.set(row.fault_description, [...(byMarker.get(row.fault_description) ?? []), row.id]);
  for (const a of acknowledged) expect(byMarker.get(a.marker)).toEqual([a.id]);
  // A failure means "not known to be saved"; it is settled by re-sending with the same key.
  const settle = async (marker: string): Promise<Attempt> => {
    for (const until = Date.now() + 60_000; ; ) {
      const retry = await attempt(marker);
      // A claim left by an attempt that died with the database is taken over after a few seconds; a
      // pooled connection that died with the old server answers SERVICE_UNAVAILABLE once, as a phone
      // would, the client tries again.
      if (!['IDEMPOTENCY_KEY_IN_PROGRESS', 'SERVICE_UNAVAILABLE'].includes(retry.code ?? '') || Date.now() > until) return retry;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  };
  // Pooled connections that died with the old server are dropped the first time each is used: cycle
  // through the pool (health checks use it too) so the re-sends below meet the recovered database.
  for (let probe = 0; probe < 20; probe++) await fetch(`${api.url}/health`);
  const settled = await Promise.all(failed.map((a) => settle(a.marker)));
  for (const [index, retry] of settled.entries()) {
    // Stored during the outage: the re-send must not run it again. Not stored then: the re-send stores
    // it, or an earlier re-send did (its answer lost to a dead pooled connection) and this one says so.
    const wasStored = byMarker.has(failed[index]!.marker);
    const settledAs = retry.id ? 'stored now' : retry.code === 'IDEMPOTENCY_KEY_COMMITTED' ? 'already saved' : retry.body;
    if (wasStored) expect({ marker: retry.marker, settledAs }).toEqual({ marker: retry.marker, settledAs: 'already saved' });
    else expect({ marker: retry.marker, settledAs }).toEqual({ marker: retry.marker, settledAs: expect.stringMatching(/^(stored now|already saved)$/) });
  }
  const stored = await query<{ fault_description: string; n: number }>(
    `SELECT fault_description, count(*)::int AS n FROM service_requests WHERE fault_description LIKE 'burst-%' GROUP BY 1`,
  );
  expect(stored.every((row) => row.n === 1)).toBe(true);
  expect(stored).toHaveLength(attempts.length);
}, 180_000);
