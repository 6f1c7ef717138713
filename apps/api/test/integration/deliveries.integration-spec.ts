import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { errorCodeOf, fieldErrorsOf, graphqlClient, hoursAgo, hoursAhead, rowCounts } from '../support/graphql-client';
import { openRequest } from '../support/open-request';
import { startTestApp, type TestApp } from '../support/test-app';

const FIELDS = `id requestId kind kindLabel status statusLabel serialNo scheduledFrom scheduledTo staff { login } note
  doneAt punctuality punctualityLabel condition conditionLabel signerName completionNote version`;
const SCHEDULE = `mutation($input: ScheduleDeliveryInput!) { scheduleDelivery(input: $input) { ${FIELDS} } }`;
const COMPLETE = `mutation($input: CompleteDeliveryInput!) { completeDelivery(input: $input) { ${FIELDS} } }`;
const LIST = `query($first: Int!, $after: String, $filter: DeliveryFilter) {
  deliveries(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id requestCode status } } } }`;

type Delivery = { id: string; status: string; punctuality: string | null; version: number } & Record<string, unknown>;

let app: TestApp;
let acme: GivenOrganisation;
let other: GivenOrganisation;
const client = graphqlClient(() => app, 'ACME');
const tables = ['deliveries'];

const installation = (): Promise<string> => openRequest(client, acme, { type: 'INSTALLATION' });
const window = (requestId: string, changes: Record<string, unknown> = {}) => ({
  requestId,
  scheduledFrom: hoursAgo(6),
  scheduledTo: hoursAgo(3),
  staffId: acme.staffIds['gcs1'],
  note: '需带梯子',
  ...changes,
});

async function scheduled(requestId?: string): Promise<Delivery> {
  return (await client.must<{ scheduleDelivery: Delivery }>(SCHEDULE, { input: window(requestId ?? (await installation())) })).scheduleDelivery;
}

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME')
    .withOutlet('SH-01')
    .withOutlet('SH-02')
    .withProduct('KFR-35GW')
    .withProduct('BCD-520', '冰箱')
    .withStaff('gcs1')
    .withStaff('driver1', 'DISPATCHER')
    .withStaff('gone', 'TECHNICIAN', false)
    .create(app.database.dataSource);
  other = await anOrganisation('OTHER').withOutlet('SH-01').withProduct('KFR-35GW').withStaff('gz1').create(app.database.dataSource);
});
afterAll(async () => app?.close());

describe('scheduleDelivery and completeDelivery', () => {
  it('schedules an installation of the request’s unit and records the signed hand-over', async () => {
    const requestId = await installation();
    const delivery = (await client.must<{ scheduleDelivery: Delivery }>(SCHEDULE, { input: window(requestId) })).scheduleDelivery;
    expect(delivery).toMatchObject({ kind: 'INSTALLATION', kindLabel: '安装', status: 'SCHEDULED', statusLabel: '已预约', staff: { login: 'gcs1' }, note: '需带梯子', doneAt: null, punctuality: null, version: 1 });
    expect(delivery['serialNo']).toMatch(/^SN-/);

    const doneAt = hoursAgo(4);
    const { completeDelivery } = await client.must<{ completeDelivery: Delivery }>(COMPLETE, {
      input: { id: delivery.id, doneAt, condition: 'DAMAGED_PACKAGING', signerName: ' 张伟 ', note: '外箱一角压扁，机器完好', staffId: acme.staffIds['driver1'], expectedVersion: 1 },
    });
    expect(completeDelivery).toMatchObject({
      status: 'DONE',
      doneAt,
      punctuality: 'ON_TIME',
      condition: 'DAMAGED_PACKAGING',
      conditionLabel: '外包装破损',
      signerName: '张伟',
      completionNote: '外箱一角压扁，机器完好',
      staff: { login: 'driver1' },
      version: 2,
    });

    const { serviceRequest } = await client.must<{ serviceRequest: { status: string; deliveries: { id: string; status: string }[] } }>(
      'query($id: ID!) { serviceRequest(id: $id) { status deliveries { id status } } }',
      { id: requestId },
    );
    // A delivery is a record of the request; it does not move the request's lifecycle.
    expect(serviceRequest).toEqual({ status: 'NEW', deliveries: [{ id: delivery.id, status: 'DONE' }] });
  });

  it('accepts a hand-over before the window, marked EARLY, in the caller’s language', async () => {
    const delivery = await scheduled();
    const result = await client.gql<{ completeDelivery: Delivery }>(COMPLETE, { input: { id: delivery.id, doneAt: hoursAgo(7), condition: 'INTACT', signerName: '李雷' } }, 'ACME', 'en');
    expect(result.data?.completeDelivery).toMatchObject({ punctuality: 'EARLY', punctualityLabel: 'Early', conditionLabel: 'Intact', statusLabel: 'Done' });
  });

  it.each<[string, (requestId: string) => Record<string, unknown>, string[]]>([
    ['no window', (id) => ({ requestId: id }), ['scheduledFrom:required', 'scheduledTo:required']],
    ['a window ending before it starts', (id) => window(id, { scheduledTo: hoursAgo(7) }), ['scheduledTo:beforeStart']],
    ['a window before the report', (id) => window(id, { scheduledFrom: hoursAgo(100), scheduledTo: hoursAgo(99) }), ['scheduledFrom:beforeReported']],
    ['an unknown person', (id) => window(id, { staffId: '00000000-0000-4000-8000-000000000000' }), ['staffId:notFound']],
    ['someone who left', (id) => window(id, { staffId: acme.staffIds['gone'] }), ['staffId:notFound']],
    ['an unknown unit', (id) => window(id, { unitId: 'SN-1' }), ['unitId:notFound']],
  ])('refuses %s field by field and writes nothing', async (_name, input, expected) => {
    const requestId = await installation();
    const before = await rowCounts(app, tables);
    expect(fieldErrorsOf(await client.gql(SCHEDULE, { input: input(requestId) }))).toEqual(expected);
    expect(await rowCounts(app, tables)).toEqual(before);
  });

  it('refuses a unit of another model, naming the model', async () => {
    const fridge = await openRequest(client, acme, { type: 'DELIVERY', product: 'BCD-520' });
    const [{ unit_id: unitId }] = await app.database.dataSource.query('SELECT unit_id FROM service_requests WHERE id = $1', [fridge]);
    const result = await client.gql(SCHEDULE, { input: window(await installation(), { unitId }) });
    expect(result.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: 'unitId', code: 'serialBelongsToOtherProduct', params: { model: 'BCD-520' }, message: '该序列号已登记在其他型号（BCD-520）下' },
    ]);
  });

  it('refuses a repair request, naming the types that take deliveries', async () => {
    const repair = await openRequest(client, acme, { type: 'REPAIR' });
    const result = await client.gql(SCHEDULE, { input: window(repair) }, 'ACME', 'en');
    expect(result.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: 'requestId', code: 'requestTypeNotAllowed', params: { type: 'REPAIR', allowed: 'DELIVERY, INSTALLATION' }, message: 'Not possible for a request of type REPAIR; allowed: DELIVERY, INSTALLATION' },
    ]);
  });

  it('refuses a cancelled request', async () => {
    const requestId = await installation();
    await client.must('mutation($input: TransitionServiceRequestInput!) { cancelServiceRequest(input: $input) { id } }', { input: { id: requestId, note: '客户取消订单' } });
    expect(errorCodeOf(await client.gql(SCHEDULE, { input: window(requestId) }))).toBe('INVALID_STATE');
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['nothing', {}, ['condition:required', 'signerName:required']],
    ['damage without a note', { condition: 'DAMAGED_PRODUCT', signerName: '张伟' }, ['note:required']],
    ['a time in the future', { condition: 'INTACT', signerName: '张伟', doneAt: hoursAhead(2) }, ['doneAt:inFuture']],
    ['a time before the report', { condition: 'INTACT', signerName: '张伟', doneAt: hoursAgo(100) }, ['doneAt:beforeReported']],
    ['an unknown person', { condition: 'INTACT', signerName: '张伟', staffId: 'nobody' }, ['staffId:notFound']],
  ])('refuses a completion with %s and leaves the delivery scheduled', async (_name, input, expected) => {
    const delivery = await scheduled();
    expect(fieldErrorsOf(await client.gql(COMPLETE, { input: { id: delivery.id, ...input } }))).toEqual(expected);
    const [row] = await app.database.dataSource.query('SELECT status, version, done_at FROM deliveries WHERE id = $1', [delivery.id]);
    expect(row).toEqual({ status: 'SCHEDULED', version: 1, done_at: null });
  });

  it('completes a delivery exactly once, even when two drivers record it at the same moment', async () => {
    const delivery = await scheduled();
    const attempt = (signerName: string) => client.gql(COMPLETE, { input: { id: delivery.id, condition: 'INTACT', signerName } });
    const results = await Promise.all([attempt('张伟'), attempt('李雷')]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(errorCodeOf(results.find((result) => result.errors)!)).toBe('INVALID_STATE');
    const [row] = await app.database.dataSource.query('SELECT version FROM deliveries WHERE id = $1', [delivery.id]);
    expect(row.version).toBe(2);
  });

  it('refuses a completion based on a stale version', async () => {
    const delivery = await scheduled();
    expect(errorCodeOf(await client.gql(COMPLETE, { input: { id: delivery.id, condition: 'INTACT', signerName: '张伟', expectedVersion: 7 } }))).toBe('CONFLICT');
  });
});

describe('deliveries', () => {
  it('lists the worklist earliest window first, filtered and paged', async () => {
    const outlet = acme.outletIds['SH-02'];
    const ids: string[] = [];
    for (const hours of [30, 20, 10]) {
      const requestId = await openRequest(client, acme, { type: 'DELIVERY', outlet: 'SH-02', reportedHoursAgo: 40 });
      const { scheduleDelivery } = await client.must<{ scheduleDelivery: Delivery }>(SCHEDULE, { input: window(requestId, { scheduledFrom: hoursAgo(hours), scheduledTo: hoursAgo(hours - 2) }) });
      ids.push(scheduleDelivery.id);
    }
    type List = { deliveries: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } };
    const filter = { outletIds: [outlet], kinds: ['DELIVERY'], statuses: ['SCHEDULED'] };
    const first = await client.must<List>(LIST, { first: 2, filter });
    expect(first.deliveries.totalCount).toBe(3);
    expect(first.deliveries.edges.map((edge) => edge.node.id)).toEqual(ids.slice(0, 2));
    const second = await client.must<List>(LIST, { first: 2, after: first.deliveries.pageInfo.endCursor, filter });
    expect(second.deliveries.edges.map((edge) => edge.node.id)).toEqual(ids.slice(2));
    expect(second.deliveries.pageInfo.hasNextPage).toBe(false);

    const windowed = await client.must<List>(LIST, { first: 10, filter: { ...filter, scheduledFrom: hoursAgo(25), scheduledTo: hoursAgo(15) } });
    expect(windowed.deliveries.edges.map((edge) => edge.node.id)).toEqual([ids[1]]);
  });

  it('refuses bad list arguments field by field', async () => {
    const result = await client.gql(LIST, { first: 0, after: 'garbage', filter: { outletIds: ['x'], scheduledFrom: hoursAgo(1), scheduledTo: hoursAgo(2) } });
    expect(fieldErrorsOf(result)).toEqual(['first:outOfRange', 'after:invalidCode', 'filter.outletIds.0:notFound', 'filter.scheduledTo:beforeStart']);
  });
});

describe('isolation between organisations', () => {
  it('never shows or changes another organisation’s deliveries', async () => {
    const requestId = await installation();
    const delivery = await scheduled(requestId);
    const before = await rowCounts(app, tables);

    expect(errorCodeOf(await client.gql(SCHEDULE, { input: window(requestId, { staffId: null }) }, 'OTHER'))).toBe('NOT_FOUND');
    expect(errorCodeOf(await client.gql(COMPLETE, { input: { id: delivery.id, condition: 'INTACT', signerName: '张伟' } }, 'OTHER'))).toBe('NOT_FOUND');
    const theirs = await client.must<{ deliveries: { totalCount: number } }>(LIST, { first: 10 }, 'OTHER');
    expect(theirs.deliveries.totalCount).toBe(0);
    expect(await rowCounts(app, tables)).toEqual(before);

    // Their own request cannot name our staff either.
    const theirRequest = await openRequest(client, other, { type: 'INSTALLATION' });
    expect(fieldErrorsOf(await client.gql(SCHEDULE, { input: window(theirRequest) }, 'OTHER'))).toEqual(['staffId:notFound']);
  });
});

