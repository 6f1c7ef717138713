import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { startApiProcess, type ApiProcess } from '../../../../tools/testing/api-process';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Idempotency keys, query limits, body size and production settings, over the real API process.
 * Limits are lowered through the environment so small queries show them.
 */
const CREATE = `
  mutation Create($input: CreateServiceRequestInput!) {
    createServiceRequest(input: $input) { id code customer { name } }
  }`;

let app: TestApp;
let acme: GivenOrganisation;

function input(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'REPAIR',
    channel: 'HOTLINE',
    priority: 'HIGH',
    outletId: acme.outletIds['SH-01'],
    productId: acme.productIds['KFR-35GW'],
    customerName: '王芳',
    customerPhone: '138 0013 8000',
    faultDescription: '空调不制冷',
    ...overrides,
  };
}

async function requestCount(): Promise<number> {
  const [row] = (await app.database.dataSource.query(`SELECT count(*)::int AS n FROM service_requests`)) as { n: number }[];
  return row!.n;
}

beforeAll(async () => {
  app = await startTestApp({ env: { STARDESK_MAX_QUERY_DEPTH: '4', STARDESK_MAX_QUERY_COST: '300', STARDESK_MAX_BODY_KB: '16' } });
  acme = await anOrganisation('ACME').withOutlet('SH-01').withProduct('KFR-35GW', '空调', 72).create(app.database.dataSource);
}, 60_000);

afterAll(async () => {
  await app?.close();
});

describe('Idempotency-Key on create mutations', () => {
  it('a re-sent request gets the same answer and writes nothing more', async () => {
    const before = await requestCount();
    const headers = { 'x-org-code': 'ACME', 'idempotency-key': 'phone-7f3a-0001' };
    const first = await app.graphql<{ createServiceRequest: { id: string } }>(CREATE, { input: input() }, headers);
    const again = await app.graphql<{ createServiceRequest: { id: string } }>(CREATE, { input: input() }, headers);
    expect(first.errors).toBeUndefined();
    expect(again).toEqual(first);
    expect(await requestCount()).toBe(before + 1);
  });

  it('a signed-in phone sending only its access token (no organisation header) gets the same protection', async () => {
    const dispatcher = await app.signIn('ACME', { role: 'DISPATCHER', outlets: ['SH-01'], login: 'phone.dispatcher' });
    const before = await requestCount();
    const key = { 'idempotency-key': 'phone-bearer-0001' };
    const first = await dispatcher.graphql<{ createServiceRequest: { id: string } }>(CREATE, { input: input() }, key);
    const again = await dispatcher.graphql<{ createServiceRequest: { id: string } }>(CREATE, { input: input() }, key);
    expect(first.errors).toBeUndefined();
    expect(again).toEqual(first);
    expect(await requestCount()).toBe(before + 1);
    const [claim] = (await app.database.dataSource.query(
      `SELECT committed_at IS NOT NULL AS committed FROM idempotency_keys WHERE key = 'phone-bearer-0001' AND org_id = $1`,
      [acme.organisation.id],
    )) as { committed: boolean }[];
    expect(claim).toEqual({ committed: true });
  });

  it('concurrent re-sends with one key create one record', async () => {
    const before = await requestCount();
    const headers = { 'x-org-code': 'ACME', 'idempotency-key': 'phone-7f3a-0002' };
    const answers = await Promise.all(Array.from({ length: 6 }, () => app.graphql<{ createServiceRequest: { id: string } }>(CREATE, { input: input() }, headers)));
    const ids = new Set(answers.map((answer) => answer.data?.createServiceRequest.id));
    expect(answers.every((answer) => !answer.errors)).toBe(true);
    expect(ids.size).toBe(1);
    expect(await requestCount()).toBe(before + 1);
  });

  it('the same key with another payload is refused with a clear, localised error', async () => {
    const headers = { 'x-org-code': 'ACME', 'idempotency-key': 'phone-7f3a-0003' };
    await app.graphql(CREATE, { input: input() }, headers);
    const before = await requestCount();
    const other = await app.graphql(CREATE, { input: input({ customerName: '李雷' }) }, { ...headers, 'accept-language': 'en' });
    expect(other.errors?.[0]?.extensions?.code).toBe('IDEMPOTENCY_KEY_REUSED');
    expect(other.errors?.[0]?.message).toMatch(/already used for a different request/);
    const zh = await app.graphql(CREATE, { input: input({ customerName: '李雷' }) }, headers);
    expect(zh.errors?.[0]?.message).toMatch(/幂等键/);
    expect(await requestCount()).toBe(before);
  });

  it('a failed attempt does not use up the key: the corrected retry is the first success', async () => {
    const headers = { 'x-org-code': 'ACME', 'idempotency-key': 'phone-7f3a-0004' };
    const invalid = await app.graphql(CREATE, { input: input({ customerName: '' }) }, headers);
    expect(invalid.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const [row] = (await app.database.dataSource.query(`SELECT count(*)::int AS n FROM idempotency_keys WHERE key = 'phone-7f3a-0004'`)) as { n: number }[];
    expect(row!.n).toBe(0);
  });

  it('keys are per organisation: another organisation may use the same key for its own request', async () => {
    const other = await anOrganisation('OTHER').withOutlet('SH-01').withProduct('KFR-35GW').create(app.database.dataSource);
    const key = { 'idempotency-key': 'shared-key-0001' };
    const mine = await app.graphql<{ createServiceRequest: { id: string } }>(CREATE, { input: input() }, { 'x-org-code': 'ACME', ...key });
    const theirs = await app.graphql<{ createServiceRequest: { id: string } }>(
      CREATE,
      { input: input({ outletId: other.outletIds['SH-01'], productId: other.productIds['KFR-35GW'] }) },
      { 'x-org-code': 'OTHER', ...key },
    );
    expect(mine.errors).toBeUndefined();
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.createServiceRequest.id).not.toBe(mine.data!.createServiceRequest.id);
  });
});

describe('query limits', () => {
  it('refuses a query nested deeper than the limit before running it', async () => {
    const deep = await app.graphql(`{ serviceRequests(first: 1) { edges { node { outlet { code } } } } }`, {}, { 'x-org-code': 'ACME', 'accept-language': 'en' });
    expect(deep.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
    expect(deep.errors?.[0]?.message).toBe('The query is nested 5 levels deep; the limit is 4');
    expect(deep.data ?? null).toBeNull();
  });

  it('refuses a query whose page sizes multiply past the cost limit, and allows a small page', async () => {
    const costly = await app.graphql(`{ serviceRequests(first: 100) { edges { node { id code status } } } }`, {}, { 'x-org-code': 'ACME' });
    expect(costly.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    const small = await app.graphql(`{ serviceRequests(first: 5) { edges { node { id code status } } } }`, {}, { 'x-org-code': 'ACME' });
    expect(small.errors).toBeUndefined();
  });

  it('caps the page size with a field error', async () => {
    const huge = await app.graphql(`{ serviceRequests(first: 1000) { totalCount } }`, {}, { 'x-org-code': 'ACME' });
    expect(huge.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(huge.errors?.[0]?.extensions?.fieldErrors?.[0]?.field).toBe('first');
  });

  it('refuses a body over the limit for operations that carry no files', async () => {
    const padding = 'x'.repeat(20 * 1024);
    const big = await app.graphql(CREATE, { input: input({ faultDescription: padding }) }, { 'x-org-code': 'ACME' });
    expect(big.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
  });
});

describe('production mode', () => {
  let production: ApiProcess;

  beforeAll(async () => {
    production = await startApiProcess({ DATABASE_URL: app.database.url, NODE_ENV: 'production', STARDESK_JOBS: 'false', STARDESK_WEB_DIST: '/nonexistent', STARDESK_MUTATION_RATE: '2', STARDESK_MUTATION_BURST: '3' });
  }, 60_000);

  afterAll(async () => {
    await production?.stop();
  });

  async function post(body: unknown): Promise<{ status: number; json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } }> {
    const response = await fetch(`${production.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-org-code': 'ACME' },
      body: JSON.stringify(body),
    });
    return { status: response.status, json: (await response.json()) as never };
  }

  it('does not answer introspection', async () => {
    const { json } = await post({ query: '{ __schema { types { name } } }' });
    expect(json.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('never sends a stack trace', async () => {
    const { json } = await post({ query: '{ serviceRequest(id: "not-a-uuid") { id } }' });
    expect(JSON.stringify(json)).not.toMatch(/stacktrace|at .*\.js:\d+/i);
  });

  it('limits the rate of mutations per client with RATE_LIMITED and Retry-After', async () => {
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push(await post({ query: CREATE, variables: { input: input() } }));
    const limited = answers.filter((answer) => answer.json.errors?.[0]?.extensions?.code === 'RATE_LIMITED');
    expect(limited.length).toBeGreaterThan(0);
    expect(limited[0]!.status).toBe(429);
  });
});
