import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { startTestApp, type GraphqlResponse, type TestApp } from '../support/test-app';

const ORGANISATION = `query($orgCode: String!) { portalOrganisation(orgCode: $orgCode) { code name today products { id model name } outlets { id name } } }`;
const SUBMIT = `mutation($orgCode: String!, $input: SubmitPortalRequestInput!) { submitPortalRequest(orgCode: $orgCode, input: $input) { code status statusLabel } }`;
const TRACK = `query($orgCode: String!, $code: String!, $phone: String!) { trackPortalRequest(orgCode: $orgCode, code: $code, phone: $phone) {
  code type status statusLabel reportedAt product technicianName appointment { from to } timeline { at status label } } }`;
const DOCUMENTS = `query($orgCode: String!) { portalDocuments(orgCode: $orgCode) { id type title } }`;

type Submitted = { submitPortalRequest: { code: string; status: string; statusLabel: string } };
type Tracked = {
  trackPortalRequest: {
    code: string; status: string; statusLabel: string; product: string; technicianName: string | null;
    appointment: { from: string; to: string } | null; timeline: { status: string; label: string }[];
  };
};

let app: TestApp;
let acme: GivenOrganisation;

const zh = { 'accept-language': 'zh-CN' };
const en = { 'accept-language': 'en' };
const fieldCodes = (result: GraphqlResponse<unknown>) => result.errors?.[0]?.extensions?.fieldErrors?.map((e) => `${e.field}:${e.code}`);

function aCustomerRequest(change: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    customerName: '李娜', customerPhone: '139 1234 5678', customerAddress: '上海市徐汇区漕溪北路 88 号 1201 室',
    productId: acme.productIds['KFR-35GW'], faultDescription: '空调不制冷，外机有异响', preferredPeriod: 'AFTERNOON', ...change,
  };
}

async function submit(input: Record<string, unknown>, headers: Record<string, string> = zh): Promise<GraphqlResponse<Submitted>> {
  return app.graphql<Submitted>(SUBMIT, { orgCode: 'acme', input }, headers);
}

async function counts(): Promise<Record<string, number>> {
  const [row] = await app.database.dataSource.query(`
    SELECT (SELECT count(*) FROM service_requests)::int AS requests,
           (SELECT count(*) FROM service_request_events)::int AS events,
           (SELECT count(*) FROM customers)::int AS customers,
           (SELECT count(*) FROM product_units)::int AS units`);
  return row;
}

beforeAll(async () => {
  app = await startTestApp({ env: { STARDESK_PORTAL_SUBMITS_PER_HOUR: '1000', STARDESK_PORTAL_LOOKUPS_PER_HOUR: '1000' } });
  acme = await anOrganisation('ACME').withOutlet('SH-01').withOutlet('SH-02').withProduct('KFR-35GW').withStaff('gcs1').create(app.database.dataSource);
  await app.database.dataSource.query(`UPDATE staff SET name = '王建国' WHERE id = $1`, [acme.staffIds['gcs1']]);
});
afterAll(async () => app?.close());

describe('the portal organisation', () => {
  it('is found by its code in any case, with its active products and outlets and no header', async () => {
    const result = await app.graphql<{ portalOrganisation: { code: string; name: string; today: string; products: { model: string }[]; outlets: unknown[] } }>(ORGANISATION, { orgCode: 'acme' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.portalOrganisation).toMatchObject({ code: 'ACME', name: 'ACME 电器有限公司', products: [{ model: 'KFR-35GW' }] });
    expect(result.data!.portalOrganisation.outlets).toHaveLength(2);
    expect(result.data!.portalOrganisation.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('an unknown code is ORG_NOT_FOUND', async () => {
    const result = await app.graphql(ORGANISATION, { orgCode: 'NOPE' });
    expect(result.errors?.[0]?.extensions?.code).toBe('ORG_NOT_FOUND');
  });
});

describe('submitting a request', () => {
  it('creates an ONLINE request at the first outlet, registers the customer and returns the code', async () => {
    const before = await counts();
    const result = await submit(aCustomerRequest(), en);
    expect(result.errors).toBeUndefined();
    const { code, status, statusLabel } = result.data!.submitPortalRequest;
    expect(code).toMatch(/^SR\d{8}-\d{6}$/);
    expect({ status, statusLabel }).toEqual({ status: 'NEW', statusLabel: 'Submitted' });

    const [row] = await app.database.dataSource.query(
      `SELECT r.channel, r.type, r.outlet_id, c.phone, c.name, e.note FROM service_requests r
         JOIN customers c ON c.id = r.customer_id JOIN service_request_events e ON e.request_id = r.id WHERE r.code = $1`, [code]);
    expect(row).toMatchObject({ channel: 'ONLINE', type: 'REPAIR', outlet_id: acme.outletIds['SH-01'], phone: '13912345678', name: '李娜' });
    expect(row.note).toContain('下午');
    expect(await counts()).toEqual({ ...before, requests: before['requests']! + 1, events: before['events']! + 1, customers: before['customers']! + 1 });
  });

  it('links a returning customer by phone instead of registering a second one', async () => {
    await submit(aCustomerRequest({ customerPhone: '13700001111' }));
    const before = await counts();
    const again = await submit(aCustomerRequest({ customerPhone: '137-0000-1111', customerName: '李娜娜', outletId: acme.outletIds['SH-02'] }));
    expect(again.errors).toBeUndefined();
    expect((await counts())['customers']).toBe(before['customers']);
  });

  it('finds the product by a registered serial number', async () => {
    await app.database.dataSource.query(
      `INSERT INTO product_units (org_id, product_id, serial_no) VALUES ($1, $2, 'SN-PORTAL-1')`, [acme.organisation.id, acme.productIds['KFR-35GW']]);
    const result = await submit(aCustomerRequest({ productId: null, serialNo: 'SN-PORTAL-1' }));
    expect(result.errors).toBeUndefined();
    const [row] = await app.database.dataSource.query(
      `SELECT p.model, u.serial_no FROM service_requests r JOIN products p ON p.id = r.product_id JOIN product_units u ON u.id = r.unit_id WHERE r.code = $1`,
      [result.data!.submitPortalRequest.code]);
    expect(row).toEqual({ model: 'KFR-35GW', serial_no: 'SN-PORTAL-1' });
  });

  it.each([
    ['every missing field', {}, ['customerName:required', 'customerPhone:required', 'customerAddress:required', 'productId:productOrSerialRequired', 'faultDescription:required']],
    ['a bad phone and a past date', { customerPhone: '12345', preferredDate: '2020-01-01' }, ['customerPhone:invalidPhone', 'preferredDate:beforeToday']],
    ['a type the portal does not take', { serviceType: 'DELIVERY' }, ['serviceType:invalidChoice']],
    ['an unknown serial and no model', { productId: null, serialNo: 'SN-UNKNOWN' }, ['productId:productOrSerialRequired']],
    ['a product of another id', { productId: '00000000-0000-4000-8000-000000000000' }, ['productId:notFound']],
    ['an unknown outlet', { outletId: 'nope' }, ['outletId:notFound']],
  ])('refuses %s field by field and writes nothing', async (_case, change, expected) => {
    const input = Object.keys(change).length === 0 ? {} : aCustomerRequest(change);
    const before = await counts();
    const result = await submit(input);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(fieldCodes(result)).toEqual(expected);
    expect(await counts()).toEqual(before);
  });

  it('words the field errors in the caller’s language', async () => {
    const inChinese = await submit(aCustomerRequest({ customerPhone: '12345' }), zh);
    const inEnglish = await submit(aCustomerRequest({ customerPhone: '12345' }), en);
    expect(inChinese.errors?.[0]?.extensions?.fieldErrors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(inEnglish.errors?.[0]?.extensions?.fieldErrors?.[0]?.message).toBe('Enter a valid mainland mobile or landline number');
  });
});

describe('tracking a request', () => {
  let code: string;

  beforeAll(async () => {
    code = (await submit(aCustomerRequest({ customerPhone: '13655556666' }))).data!.submitPortalRequest.code;
    const [{ id }] = await app.database.dataSource.query('SELECT id FROM service_requests WHERE code = $1', [code]);
    const headers = { 'x-org-code': 'ACME' };
    const staff = (query: string, input: Record<string, unknown>) => app.graphql(query, { input }, headers);
    await staff('mutation($input: TransitionServiceRequestInput!) { acknowledgeServiceRequest(input: $input) { id } }', { id });
    await staff('mutation($input: DispatchServiceRequestInput!) { dispatchServiceRequest(input: $input) { id } }', { id, technicianId: acme.staffIds['gcs1'], note: '内部备注：客户脾气急' });
  });

  it('shows customer labels, the timeline and the technician’s short name with the right phone', async () => {
    const result = await app.graphql<Tracked>(TRACK, { orgCode: 'ACME', code: code.toLowerCase(), phone: '136 5555 6666' }, zh);
    expect(result.errors).toBeUndefined();
    const tracked = result.data!.trackPortalRequest;
    expect(tracked).toMatchObject({ code, status: 'DISPATCHED', statusLabel: '已安排工程师', technicianName: '王', appointment: null, product: '空调 KFR-35GW KFR-35GW' });
    expect(tracked.timeline.map((entry) => entry.label)).toEqual(['已提交', '已受理', '已安排工程师']);
  });

  it('never leaks staff notes, the full name or the customer’s data', async () => {
    const result = await app.graphql<Tracked>(TRACK, { orgCode: 'ACME', code, phone: '13655556666' }, en);
    const body = JSON.stringify(result.data);
    expect(body).not.toContain('王建国');
    expect(body).not.toContain('内部备注');
    expect(body).not.toContain('漕溪北路');
    expect(result.data!.trackPortalRequest.statusLabel).toBe('Engineer assigned');
  });

  it('answers a wrong phone exactly like an unknown code', async () => {
    const wrongPhone = await app.graphql(TRACK, { orgCode: 'ACME', code, phone: '13800000000' }, en);
    const unknownCode = await app.graphql(TRACK, { orgCode: 'ACME', code: 'SR20200101-999999', phone: '13655556666' }, en);
    expect(wrongPhone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(wrongPhone.errors?.[0]).toEqual(unknownCode.errors?.[0]);
    expect(wrongPhone.data).toBeNull();
  });

  it('does not find a request of the same code under another organisation', async () => {
    await anOrganisation('BETA').withOutlet('SH-01').withProduct('KFR-35GW').create(app.database.dataSource);
    const result = await app.graphql(TRACK, { orgCode: 'BETA', code, phone: '13655556666' });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('published documents', () => {
  it('lists nothing until the controlled-document register is wired', async () => {
    const result = await app.graphql<{ portalDocuments: unknown[] }>(DOCUMENTS, { orgCode: 'ACME' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.portalDocuments).toEqual([]);
  });
});

describe('the per-address limit', () => {
  let limited: TestApp;
  let given: GivenOrganisation;

  beforeAll(async () => {
    limited = await startTestApp({ env: { STARDESK_PORTAL_SUBMITS_PER_HOUR: '2', STARDESK_PORTAL_LOOKUPS_PER_HOUR: '3' } });
    given = await anOrganisation('ACME').withOutlet('SH-01').withProduct('KFR-35GW').create(limited.database.dataSource);
  });
  afterAll(async () => limited?.close());

  it('refuses submissions beyond the limit with TOO_MANY_REQUESTS and writes nothing', async () => {
    const input = { ...aCustomerRequest(), productId: given.productIds['KFR-35GW'] };
    for (let i = 0; i < 2; i += 1) {
      const result = await limited.graphql<Submitted>(SUBMIT, { orgCode: 'ACME', input }, en);
      expect(result.errors).toBeUndefined();
    }
    const refused = await limited.graphql(SUBMIT, { orgCode: 'ACME', input }, zh);
    expect(refused.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.errors?.[0]?.message).toMatch(/频繁/);
    const [{ n }] = await limited.database.dataSource.query('SELECT count(*)::int AS n FROM service_requests');
    expect(n).toBe(2);
  });

  it('limits lookups too, so phone numbers cannot be tried one after another', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 4; i += 1) {
      const result = await limited.graphql(TRACK, { orgCode: 'ACME', code: 'SR20200101-000001', phone: `1380000000${i}` });
      codes.push(result.errors?.[0]?.extensions?.code);
    }
    expect(codes).toEqual(['NOT_FOUND', 'NOT_FOUND', 'NOT_FOUND', 'TOO_MANY_REQUESTS']);
  });
});
