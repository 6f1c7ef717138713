import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { startTestApp, type TestApp } from '../support/test-app';

const CREATE = `
  mutation Create($input: CreateServiceRequestInput!) {
    createServiceRequest(input: $input) {
      id code status type priority warrantyStatus serialNo reportedAt
      customer { name phone } product { model } outlet { code }
    }
  }`;

const LIST = `
  query List($first: Int!, $after: String, $filter: ServiceRequestFilter) {
    serviceRequests(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id code status reportedAt outlet { code } } }
    }
  }`;

type CreatedRequest = { id: string; code: string; status: string; warrantyStatus: string; serialNo: string | null; reportedAt: string };
type ListResult = {
  serviceRequests: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: { id: string; code: string; status: string; reportedAt: string; outlet: { code: string } } }[];
  };
};

let app: TestApp;
let acme: GivenOrganisation;
let other: GivenOrganisation;
const asAcme = { 'x-org-code': 'ACME' };
const asOther = { 'x-org-code': 'OTHER' };

function validInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
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

async function create(overrides: Record<string, unknown> = {}, headers = asAcme): Promise<CreatedRequest> {
  const result = await app.graphql<{ createServiceRequest: CreatedRequest }>(CREATE, { input: validInput(overrides) }, headers);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.createServiceRequest;
}

async function rowCounts(): Promise<Record<string, number>> {
  const [row] = await app.database.dataSource.query(`
    SELECT (SELECT count(*) FROM service_requests)::int AS requests,
           (SELECT count(*) FROM service_request_events)::int AS events,
           (SELECT count(*) FROM customers)::int AS customers,
           (SELECT count(*) FROM product_units)::int AS units`);
  return row;
}

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME').withOutlet('SH-01').withOutlet('BJ-01', '北京服务站', 'PARTNER', '北京').withProduct('KFR-35GW', '空调', 72).withProduct('BCD-452', '冰箱', 36).create(app.database.dataSource);
  other = await anOrganisation('OTHER').withOutlet('GZ-01').withProduct('XQG100', '洗衣机').create(app.database.dataSource);
});

afterAll(async () => {
  await app?.close();
});

describe('createServiceRequest', () => {
  it('opens a request with its first event, registers customer and unit, and derives warranty status', async () => {
    const created = await create({ serialNo: 'SN-0001', purchaseDate: '2025-06-01' });
    expect(created.code).toMatch(/^SR\d{8}-\d{6}$/);
    expect(created.status).toBe('NEW');
    expect(created.serialNo).toBe('SN-0001');
    expect(created.warrantyStatus).toBe('IN_WARRANTY');
    const [event] = await app.database.dataSource.query('SELECT from_status, to_status, org_id FROM service_request_events WHERE request_id = $1', [created.id]);
    expect(event).toEqual({ from_status: null, to_status: 'NEW', org_id: acme.organisation.id });
    const [customer] = await app.database.dataSource.query('SELECT phone FROM customers WHERE org_id = $1 AND name = $2', [acme.organisation.id, '王芳']);
    expect(customer.phone).toBe('13800138000');
  });

  it('reuses the customer found by phone and the unit found by serial number', async () => {
    const before = await rowCounts();
    const created = await create({ serialNo: 'SN-0001', customerPhone: '13800138000' });
    const after = await rowCounts();
    expect(created.warrantyStatus).toBe('IN_WARRANTY');
    expect(after.customers).toBe(before.customers);
    expect(after.units).toBe(before.units);
    expect(after.requests).toBe(before.requests + 1);
  });

  it('registers one customer when two calls from a new number arrive at once', async () => {
    await Promise.all([create({ customerName: '并发客户', customerPhone: '13511112222' }), create({ customerName: '并发客户', customerPhone: '135-1111-2222' })]);
    const [row] = await app.database.dataSource.query("SELECT count(*)::int AS n FROM customers WHERE phone = '13511112222'");
    expect(row.n).toBe(1);
  });

  it('marks a unit whose warranty ended as out of warranty, judged on the report date', async () => {
    const created = await create({ serialNo: 'SN-OLD', productId: acme.productIds['BCD-452'], purchaseDate: '2020-01-15' });
    expect(created.warrantyStatus).toBe('OUT_OF_WARRANTY');
  });

  it('answers bad input with field-level messages in the caller’s language and writes nothing', async () => {
    const before = await rowCounts();
    const input = validInput({ customerName: '  ', customerPhone: '12345', faultDescription: null, purchaseDate: '2020-13-45' });
    const zh = await app.graphql(CREATE, { input }, asAcme);
    const en = await app.graphql(CREATE, { input }, { ...asAcme, 'accept-language': 'en-US,en;q=0.9' });
    expect(await rowCounts()).toEqual(before);

    for (const result of [zh, en]) {
      expect(result.data).toBeNull();
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fieldErrors?.map((error) => [error.field, error.code])).toEqual([
        ['customerName', 'required'],
        ['customerPhone', 'invalidPhone'],
        ['faultDescription', 'required'],
        ['purchaseDate', 'invalidDate'],
      ]);
    }
    expect(zh.errors?.[0]?.extensions?.fieldErrors?.[0]?.message).toBe('必填项');
    expect(en.errors?.[0]?.extensions?.fieldErrors?.[0]?.message).toBe('This field is required');
  });

  it('refuses a serial number registered to another model, leaving nothing behind', async () => {
    const before = await rowCounts();
    const result = await app.graphql(CREATE, { input: validInput({ serialNo: 'SN-0001', productId: acme.productIds['BCD-452'], customerPhone: '13912345678', customerName: '新客户' }) }, asAcme);
    expect(result.errors?.[0]?.extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: 'serialNo', code: 'serialBelongsToOtherProduct' }),
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses a report time in the future', async () => {
    const result = await app.graphql(CREATE, { input: validInput({ reportedAt: new Date(Date.now() + 86_400_000).toISOString() }) }, asAcme);
    expect(result.errors?.[0]?.extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'reportedAt', code: 'inFuture' })]);
  });
});

describe('organisation isolation', () => {
  it('never shows one organisation’s requests to another', async () => {
    await create({ customerName: '隔离测试' });
    const theirs = await app.graphql<ListResult>(LIST, { first: 100 }, asOther);
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.serviceRequests.totalCount).toBe(0);
    const ours = await app.graphql<ListResult>(LIST, { first: 100 }, asAcme);
    expect(ours.data!.serviceRequests.totalCount).toBeGreaterThan(0);
  });

  it('treats another organisation’s outlet or product as not found', async () => {
    const result = await app.graphql(CREATE, { input: validInput({ outletId: other.outletIds['GZ-01'], productId: other.productIds['XQG100'] }) }, asAcme);
    expect(result.errors?.[0]?.extensions?.fieldErrors?.map((error) => [error.field, error.code])).toEqual([
      ['outletId', 'notFound'],
      ['productId', 'notFound'],
    ]);
  });

  it('refuses org-scoped operations without a signed-in user, also for an unknown organisation', async () => {
    const missing = await app.graphql(LIST, { first: 5 });
    expect(missing.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await app.graphql(LIST, { first: 5 }, { 'x-org-code': 'NOPE' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('serviceRequests', () => {
  const base = Date.parse('2026-03-01T00:00:00Z');

  beforeAll(async () => {
    // Twelve requests an hour apart at the BJ outlet, and two sharing one timestamp (tie on reportedAt).
    for (let hour = 0; hour < 12; hour++) {
      await create({ outletId: acme.outletIds['BJ-01'], reportedAt: new Date(base + hour * 3_600_000).toISOString() });
    }
    await create({ outletId: acme.outletIds['BJ-01'], reportedAt: new Date(base + 5 * 3_600_000).toISOString() });
  });

  it('pages newest first with stable cursors, even while new requests arrive', async () => {
    const filter = { outletIds: [acme.outletIds['BJ-01']] };
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const page: { data?: ListResult | null } = await app.graphql<ListResult>(LIST, { first: 5, after, filter }, asAcme);
      const connection = page.data!.serviceRequests;
      expect(connection.totalCount).toBeGreaterThanOrEqual(13);
      seen.push(...connection.edges.map((edge) => edge.node.id));
      const times = connection.edges.map((edge) => Date.parse(edge.node.reportedAt));
      expect([...times].sort((a, b) => b - a)).toEqual(times);
      if (pages === 0) await create({ outletId: acme.outletIds['BJ-01'] }); // newer than everything: must not shift later pages
      pages++;
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toHaveLength(13);
    expect(pages).toBe(3);
  });

  it('filters by status, outlet and a half-open date range', async () => {
    const range = { reportedFrom: new Date(base + 2 * 3_600_000).toISOString(), reportedTo: new Date(base + 6 * 3_600_000).toISOString() };
    const result = await app.graphql<ListResult>(LIST, { first: 50, filter: { ...range, statuses: ['NEW'], outletIds: [acme.outletIds['BJ-01']] } }, asAcme);
    const nodes = result.data!.serviceRequests.edges.map((edge) => edge.node);
    expect(nodes).toHaveLength(5); // hours 2, 3, 4, 5, 5 — hour 6 is excluded
    expect(nodes.every((node) => node.status === 'NEW' && node.outlet.code === 'BJ-01')).toBe(true);
    const none = await app.graphql<ListResult>(LIST, { first: 50, filter: { ...range, statuses: ['CLOSED'] } }, asAcme);
    expect(none.data!.serviceRequests.totalCount).toBe(0);
  });

  it('finds requests by code, phone, serial number or part of the name from one search box', async () => {
    const target = await create({ customerName: '欧阳娜娜', customerPhone: '186 2222 3333', serialNo: 'SRCH-778899' });
    const found = async (search: string) =>
      (await app.graphql<ListResult>(LIST, { first: 50, filter: { search } }, asAcme)).data!.serviceRequests.edges.map((edge) => edge.node.code);
    for (const search of [target.code, target.code.slice(0, 12), '186-2222', '欧阳', 'srch-7788']) {
      expect(await found(search)).toContain(target.code);
    }
    expect(await found('欧阳%')).toEqual([]); // wildcards are literal
    expect(await found('999999999')).toEqual([]);
    const theirs = await app.graphql<ListResult>(LIST, { first: 50, filter: { search: '欧阳' } }, asOther);
    expect(theirs.data!.serviceRequests.totalCount).toBe(0);
  });

  it('rejects a page size outside 1..100 and a forged cursor', async () => {
    const tooBig = await app.graphql(LIST, { first: 1000 }, asAcme);
    expect(tooBig.errors?.[0]?.extensions?.fieldErrors?.[0]?.field).toBe('first');
    const forged = await app.graphql(LIST, { first: 5, after: 'bm90LWEtY3Vyc29y' }, asAcme);
    expect(forged.errors?.[0]?.extensions?.fieldErrors?.[0]?.field).toBe('after');
  });

  it('counts by status and by local month for the dashboard', async () => {
    const result = await app.graphql<{ serviceRequestStats: { total: number; byStatus: { status: string; count: number }[]; byMonth: { month: string; count: number }[] } }>(
      `query { serviceRequestStats(filter: { outletIds: ["${acme.outletIds['BJ-01']}"] }) { total byStatus { status count } byMonth { month count } } }`,
      {},
      asAcme,
    );
    const stats = result.data!.serviceRequestStats;
    expect(stats.total).toBe(stats.byStatus.reduce((sum, row) => sum + row.count, 0));
    expect(stats.total).toBe(stats.byMonth.reduce((sum, row) => sum + row.count, 0));
    expect(stats.byMonth.find((row) => row.month === '2026-03')?.count).toBe(13);
  });
});

describe('health', () => {
  it('reports the database as up', async () => {
    const response = await fetch(`${app.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' });
  });
});
