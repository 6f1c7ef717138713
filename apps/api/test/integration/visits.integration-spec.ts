import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { startTestApp, type TestApp } from '../support/test-app';

const RECORD = `mutation($input: RecordVisitInput!) {
  recordVisit(input: $input) { id seq outcome arrivedAt confirmedBy technician { login }
    parts { partNo movement quantity unitCost chargedAmount faultySerial replacementSerial } } }`;

type Visit = { id: string; seq: number; parts: { partNo: string; movement: string; quantity: number; chargedAmount: number; unitCost: number; faultySerial: string | null; replacementSerial: string | null }[] };

let app: TestApp;
let acme: GivenOrganisation;
const asAcme = { 'x-org-code': 'ACME' };
const partIds: Record<string, string> = {};

async function gql<T>(query: string, variables: Record<string, unknown>) {
  return app.graphql<T>(query, variables, asAcme);
}

async function must<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await gql<T>(query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

/** A request acknowledged and dispatched to gcs1, in or out of warranty. */
async function dispatchedRequest(inWarranty: boolean): Promise<string> {
  const purchaseDate = inWarranty ? '2026-01-10' : '2019-01-10';
  const serialNo = `SN-${Math.random().toString(36).slice(2, 10)}`;
  const created = await must<{ createServiceRequest: { id: string } }>(
    'mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id } }',
    { input: { type: 'REPAIR', channel: 'HOTLINE', outletId: acme.outletIds['SH-01'], productId: acme.productIds['KFR-35GW'], customerName: '张伟', customerPhone: '13600001111', faultDescription: '外机不启动', serialNo, purchaseDate, reportedAt: new Date(Date.now() - 6 * 3_600_000).toISOString() } },
  );
  const id = created.createServiceRequest.id;
  const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000).toISOString();
  await must('mutation($input: TransitionServiceRequestInput!) { acknowledgeServiceRequest(input: $input) { id } }', { input: { id, at: hoursAgo(5.9) } });
  await must('mutation($input: DispatchServiceRequestInput!) { dispatchServiceRequest(input: $input) { id } }', { input: { id, technicianId: acme.staffIds['gcs1'], at: hoursAgo(5.8) } });
  return id;
}

async function stockOf(partNo: string): Promise<number> {
  const [row] = await app.database.dataSource.query('SELECT quantity FROM part_stock WHERE part_id = $1 AND outlet_id = $2', [partIds[partNo], acme.outletIds['SH-01']]);
  return row?.quantity ?? 0;
}

async function counts(): Promise<{ visits: number; movements: number; events: number }> {
  const [row] = await app.database.dataSource.query(`SELECT (SELECT count(*) FROM visits)::int AS visits, (SELECT count(*) FROM stock_movements WHERE kind <> 'RECEIVED')::int AS movements, (SELECT count(*) FROM service_request_events)::int AS events`);
  return row;
}

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME').withOutlet('SH-01').withProduct('KFR-35GW', '空调', 72).withStaff('gcs1').withStaff('kefu1', 'DISPATCHER').create(app.database.dataSource);
  for (const [partNo, price, cost, stock] of [['PCB-01', 380, 210, 5], ['FAN-2', 95.5, 40, 1]] as const) {
    const created = await must<{ createSparePart: { id: string } }>('mutation($input: CreateSparePartInput!) { createSparePart(input: $input) { id } }', { input: { partNo, name: `配件 ${partNo}`, price, unitCost: cost } });
    partIds[partNo] = created.createSparePart.id;
    await must('mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { id } }', { input: { outletId: acme.outletIds['SH-01'], partId: partIds[partNo], quantity: stock } });
  }
});
afterAll(async () => app?.close());

describe('recordVisit', () => {
  it('records the visit, starts the work at arrival and consumes parts free of charge under warranty', async () => {
    const requestId = await dispatchedRequest(true);
    const arrivedAt = new Date(Date.now() - 2 * 3_600_000).toISOString();
    const { recordVisit } = await must<{ recordVisit: Visit }>(RECORD, {
      input: { requestId, technicianId: acme.staffIds['gcs1'], arrivedAt, completedAt: new Date(Date.now() - 3_600_000).toISOString(), outcome: 'FIXED', diagnosis: '主板烧毁', actions: '更换主板', confirmedBy: '张伟', parts: [{ partId: partIds['PCB-01'], quantity: 1, faultySerial: 'OLD-123', replacementSerial: 'NEW-456' }] },
    });
    expect(recordVisit).toMatchObject({ seq: 1, parts: [{ partNo: 'PCB-01', movement: 'CONSUMED', quantity: 1, unitCost: 210, chargedAmount: 0, faultySerial: 'OLD-123', replacementSerial: 'NEW-456' }] });
    expect(await stockOf('PCB-01')).toBe(4);

    const detail = await must<{ serviceRequest: { status: string; events: { toStatus: string; at: string }[]; visits: { seq: number }[] } }>(
      'query($id: ID!) { serviceRequest(id: $id) { status events { toStatus at } visits { seq } } }', { id: requestId });
    expect(detail.serviceRequest.status).toBe('IN_PROGRESS');
    expect(detail.serviceRequest.events.at(-1)).toEqual({ toStatus: 'IN_PROGRESS', at: arrivedAt });
    expect(detail.serviceRequest.visits).toEqual([{ seq: 1 }]);
  });

  it('charges an out-of-warranty customer the part price, and numbers the second visit 2', async () => {
    const requestId = await dispatchedRequest(false);
    const base = { requestId, technicianId: acme.staffIds['gcs1'], arrivedAt: new Date(Date.now() - 3 * 3_600_000).toISOString() };
    await must(RECORD, { input: { ...base, outcome: 'NEEDS_PARTS' } });
    const { recordVisit } = await must<{ recordVisit: Visit }>(RECORD, { input: { ...base, arrivedAt: new Date(Date.now() - 3_600_000).toISOString(), outcome: 'FIXED', parts: [{ partId: partIds['PCB-01'], quantity: 2 }] } });
    expect(recordVisit.seq).toBe(2);
    expect(recordVisit.parts[0]).toMatchObject({ chargedAmount: 760, quantity: 2 });
  });

  it('refuses to take stock below zero, naming what is available, and writes nothing', async () => {
    const requestId = await dispatchedRequest(true);
    const before = await counts();
    const result = await gql(RECORD, { input: { requestId, technicianId: acme.staffIds['gcs1'], arrivedAt: new Date(Date.now() - 3_600_000).toISOString(), outcome: 'FIXED', parts: [{ partId: partIds['PCB-01'], quantity: 1 }, { partId: partIds['FAN-2'], quantity: 3 }] } });
    expect(result.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'parts.1.quantity', code: 'insufficientStock', params: { available: 1 }, message: '库存不足：该网点现有 1 件' }]);
    expect(await counts()).toEqual(before);
    expect(await stockOf('PCB-01')).toBe(2);
    const status = await must<{ serviceRequest: { status: string } }>('query($id: ID!) { serviceRequest(id: $id) { status } }', { id: requestId });
    expect(status.serviceRequest.status).toBe('DISPATCHED');
  });

  it('lets exactly one of two visits racing for the last part succeed', async () => {
    const [first, second] = await Promise.all([dispatchedRequest(true), dispatchedRequest(true)]);
    expect(await stockOf('FAN-2')).toBe(1);
    const attempt = (requestId: string) => gql(RECORD, { input: { requestId, technicianId: acme.staffIds['gcs1'], arrivedAt: new Date(Date.now() - 3_600_000).toISOString(), outcome: 'FIXED', parts: [{ partId: partIds['FAN-2'], quantity: 1 }] } });
    const results = await Promise.all([attempt(first), attempt(second)]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.find((result) => result.errors)?.errors?.[0]?.extensions?.fieldErrors?.[0]).toMatchObject({ code: 'insufficientStock' });
    expect(await stockOf('FAN-2')).toBe(0);
  });

  it.each([
    [{ outcome: null, arrivedAt: null }, ['outcome:required', 'arrivedAt:required']],
    [{ arrivedAt: '2020-01-01T00:00:00Z' }, ['arrivedAt:beforeReported']],
    [{ completedAt: new Date(Date.now() - 5 * 3_600_000).toISOString() }, ['completedAt:beforeArrival']],
    [{ parts: [{ partId: 'nope', quantity: 0 }] }, ['parts.0.quantity:outOfRange']],
    [{ parts: [{ partId: '00000000-0000-4000-8000-000000000000', quantity: 1 }] }, ['parts.0.partId:notFound']],
    [{ parts: [{ partId: 'x', quantity: 1, faultySerial: 'OLD' }] }, ['parts.0.replacementSerial:required']],
    [{ technicianId: 'x' }, ['technicianId:notFound']],
  ])('refuses %o field by field', async (overrides, expected) => {
    const requestId = await dispatchedRequest(true);
    const result = await gql(RECORD, { input: { requestId, technicianId: acme.staffIds['gcs1'], arrivedAt: new Date(Date.now() - 4 * 3_600_000).toISOString(), outcome: 'FIXED', ...overrides } });
    expect(result.errors?.[0]?.extensions?.fieldErrors?.map((e) => `${e.field}:${e.code}`)).toEqual(expected);
  });

  it('refuses a visit to a request that is not dispatched', async () => {
    const created = await must<{ createServiceRequest: { id: string } }>('mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id } }', { input: { type: 'INSTALLATION', channel: 'APP', outletId: acme.outletIds['SH-01'], productId: acme.productIds['KFR-35GW'], customerName: '赵敏', customerPhone: '13700002222' } });
    const result = await gql(RECORD, { input: { requestId: created.createServiceRequest.id, technicianId: acme.staffIds['gcs1'], arrivedAt: new Date().toISOString(), outcome: 'FIXED' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
  });

  it('lists stock per outlet', async () => {
    const { spareParts } = await must<{ spareParts: { partNo: string; stock: { outletCode: string; quantity: number }[] }[] }>('{ spareParts { partNo stock { outletCode quantity } } }', {});
    expect(spareParts.find((part) => part.partNo === 'FAN-2')?.stock).toEqual([{ outletCode: 'SH-01', quantity: 0 }]);
  });
});
