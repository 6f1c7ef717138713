import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { startTestApp, type TestApp } from '../support/test-app';
import { CREATE, DETAIL, ESCALATION_RUN, HOUR, as, complaintsKit, hoursAgo, type Complaint } from '../support/complaints.kit';

let app: TestApp;
let acme: GivenOrganisation;
const { must, fieldErrors, aComplaint, create, step, mustStep, detail, counts } = complaintsKit(() => app, () => acme);

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME').withOutlet('SH-01').withOutlet('SH-02').withProduct('KFR-35GW').create(app.database.dataSource);
  await anOrganisation('OTHER').withOutlet('GZ-01').withProduct('BCD-520').create(app.database.dataSource);
  await anOrganisation('ESC').withOutlet('BJ-01').create(app.database.dataSource);
  await anOrganisation('JOBS').create(app.database.dataSource);
});
afterAll(async () => app?.close());

describe('complaints over GraphQL', () => {
  it('carries a complaint from receipt through acknowledgement and escalation to closure with the customer’s acceptance', async () => {
    const receivedAt = hoursAgo(2);
    const created = await create({ severity: 'MAJOR', receivedAt });
    expect(created).toMatchObject({
      status: 'RECEIVED',
      statusLabel: '已登记',
      severity: 'MAJOR',
      escalationLevel: 1,
      escalationLevelLabel: '网点',
      version: 1,
      allowedCommands: ['ACKNOWLEDGE', 'ESCALATE'],
      customer: { name: '王芳', phone: '13912345678' },
      outlet: { code: 'SH-01' },
      request: null,
      customerAccepted: null,
    });
    expect(created.code).toMatch(/^CP\d{8}-\d{6}$/);
    expect(created.deadlines).toMatchObject({
      ackDueAt: new Date(Date.parse(receivedAt) + 24 * HOUR).toISOString(),
      resolutionDueAt: new Date(Date.parse(receivedAt) + 72 * HOUR).toISOString(),
      next: 'ACKNOWLEDGEMENT',
      overdue: false,
      minutesOverdue: null,
      acknowledgedInTime: null,
    });
    expect(created.deadlines.minutesLeft).toBeGreaterThanOrEqual(22 * 60 - 1);
    expect(created.deadlines.minutesLeft).toBeLessThanOrEqual(22 * 60);

    const acknowledged = await mustStep('acknowledgeComplaint', { id: created.id, expectedVersion: 1 });
    expect(acknowledged).toMatchObject({ status: 'ACKNOWLEDGED', version: 2, deadlines: { next: 'RESOLUTION', acknowledgedInTime: true } });
    const escalated = await mustStep('escalateComplaint', { id: created.id, note: '客户要求区域经理处理' });
    expect(escalated).toMatchObject({ escalationLevel: 2, escalationLevelLabel: '区域', status: 'ACKNOWLEDGED', escalatedDeadlines: [] });
    const closed = await mustStep('closeComplaint', { id: created.id, resolution: '区域经理上门致歉并免除维修费', customerAccepted: true, expectedVersion: 3 });
    expect(closed).toMatchObject({
      status: 'CLOSED',
      statusLabel: '已办结',
      version: 4,
      resolution: '区域经理上门致歉并免除维修费',
      customerAccepted: true,
      allowedCommands: [],
      deadlines: { next: null, overdue: false, closedInTime: true },
    });

    const history = await detail(created.id);
    expect(history!.events.map((e) => [e.action, e.fromStatus, e.toStatus, e.fromLevel, e.toLevel, e.escalationReason])).toEqual([
      ['RECEIVE', null, 'RECEIVED', null, 1, null],
      ['ACKNOWLEDGE', 'RECEIVED', 'ACKNOWLEDGED', 1, 1, null],
      ['ESCALATE', 'ACKNOWLEDGED', 'ACKNOWLEDGED', 1, 2, 'MANUAL'],
      ['CLOSE', 'ACKNOWLEDGED', 'CLOSED', 2, 2, null],
    ]);
    expect(history!.events[2]!.note).toBe('客户要求区域经理处理');
  });

  it('speaks English when asked', async () => {
    const { id } = await create();
    const result = await app.graphql<{ complaint: Complaint }>(DETAIL, { id }, as('ACME', 'en'));
    expect(result.data!.complaint).toMatchObject({ statusLabel: 'Received', escalationLevelLabel: 'Outlet' });
  });

  it('finds the customer by phone, and takes the customer and outlet of the request a complaint names', async () => {
    const before = await counts();
    const first = await create({ customerPhone: '139-1234-0001', customerName: '赵敏' });
    const again = await create({ customerPhone: '13912340001', customerName: '赵敏' });
    expect(again.customer.id).toBe(first.customer.id);
    expect((await counts()).customers).toBe(before.customers + 1);

    const request = await must<{ createServiceRequest: { id: string; code: string } }>(
      'mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id code } }',
      { input: { type: 'REPAIR', channel: 'APP', outletId: acme.outletIds['SH-02'], productId: acme.productIds['KFR-35GW'], customerName: '李雷', customerPhone: '13800001111', faultDescription: '不制冷' } },
    );
    const linked = await create({ requestId: request.createServiceRequest.id, customerName: null, customerPhone: null, outletId: null });
    expect(linked).toMatchObject({ customer: { name: '李雷', phone: '13800001111' }, outlet: { code: 'SH-02' }, request: { code: request.createServiceRequest.code } });
  });

  it('keeps a given code and refuses the same code twice', async () => {
    const given = await create({ code: 'cp-hist-0001' });
    expect(given.code).toBe('CP-HIST-0001');
    const before = await counts();
    const duplicate = await app.graphql(CREATE, { input: aComplaint({ code: 'CP-HIST-0001' }) }, as('ACME'));
    expect(fieldErrors(duplicate)).toEqual(['code:duplicate']);
    expect(await counts()).toEqual(before);
    // Codes are per organisation.
    expect((await create({ code: 'CP-HIST-0001', outletId: null }, 'OTHER')).code).toBe('CP-HIST-0001');
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['nothing', { channel: null, severity: null, description: null, customerName: null, customerPhone: null }, ['channel:required', 'severity:required', 'description:required', 'customerName:required', 'customerPhone:required']],
    ['a bad phone and code', { customerPhone: '123', code: 'cp 1' }, ['code:invalidCode', 'customerPhone:invalidPhone']],
    ['overlong text', { category: 'x'.repeat(65), description: 'y'.repeat(2001) }, ['category:tooLong', 'description:tooLong']],
    ['a receipt in the future', { receivedAt: new Date(Date.now() + 2 * HOUR).toISOString() }, ['receivedAt:inFuture']],
    ['an unknown outlet', { outletId: '00000000-0000-4000-8000-000000000000' }, ['outletId:notFound']],
    ['a malformed outlet id', { outletId: 'SH-01' }, ['outletId:notFound']],
    ['an unknown request and no customer', { requestId: 'not-a-uuid', customerName: null, customerPhone: null }, ['requestId:notFound', 'customerName:required', 'customerPhone:required']],
  ])('refuses %s field by field, writing nothing', async (_name, changes, expected) => {
    const before = await counts();
    expect(fieldErrors(await app.graphql(CREATE, { input: aComplaint(changes) }, as('ACME')))).toEqual(expected);
    expect(await counts()).toEqual(before);
  });

  it('refuses another organisation’s outlet and request', async () => {
    const [theirs] = await app.database.dataSource.query(
      "SELECT o.id AS outlet_id, p.id AS product_id FROM outlets o JOIN products p ON p.org_id = o.org_id WHERE o.code = 'GZ-01'",
    );
    const request = await must<{ createServiceRequest: { id: string } }>(
      'mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id } }',
      { input: { type: 'REPAIR', channel: 'APP', outletId: theirs.outlet_id, productId: theirs.product_id, customerName: '韩梅梅', customerPhone: '13700002222', faultDescription: '漏水' } },
      'OTHER',
    );
    const before = await counts();
    const result = await app.graphql(CREATE, { input: aComplaint({ outletId: theirs.outlet_id, requestId: request.createServiceRequest.id }) }, as('ACME'));
    expect(fieldErrors(result)).toEqual(['requestId:notFound', 'outletId:notFound']);
    expect(await counts()).toEqual(before);
  });

  it('localises field messages', async () => {
    const result = await app.graphql(CREATE, { input: aComplaint({ severity: null }) }, as('ACME', 'en'));
    expect(result.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'severity', code: 'required', message: 'This field is required' }]);
  });

  it('closes only with the resolution and the customer’s answer, writing nothing otherwise', async () => {
    const { id } = await create();
    await mustStep('acknowledgeComplaint', { id });
    const before = await counts();
    expect(fieldErrors(await step('closeComplaint', { id, resolution: '已退款' }))).toEqual(['customerAccepted:required']);
    expect(fieldErrors(await step('closeComplaint', { id, customerAccepted: false }))).toEqual(['resolution:required']);
    expect(await counts()).toEqual(before);
    expect((await detail(id))!.status).toBe('ACKNOWLEDGED');
    // "Not accepted" is an answer too: the complaint closes, and counts against the resolution rate.
    expect(await mustStep('closeComplaint', { id, resolution: '已退款', customerAccepted: false })).toMatchObject({ status: 'CLOSED', customerAccepted: false });
  });

  it('refuses a step the complaint does not allow, naming its state and what is possible', async () => {
    const { id } = await create();
    const before = await counts();
    const refused = await step('closeComplaint', { id, resolution: '已处理', customerAccepted: true });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'TRANSITION_REFUSED', status: 'RECEIVED', escalationLevel: 1, allowedCommands: ['ACKNOWLEDGE', 'ESCALATE'] });
    expect(refused.errors?.[0]?.message).toBe('投诉当前状态为「已登记」，处理级别为「网点」，不能办结；当前可执行：受理、升级');
    expect(await counts()).toEqual(before);
  });

  it('escalates by hand only with a reason, and no higher than headquarters', async () => {
    const { id } = await create();
    expect(fieldErrors(await step('escalateComplaint', { id, note: ' ' }))).toEqual(['note:required']);
    await mustStep('escalateComplaint', { id, note: '网点无法处理' });
    expect(await mustStep('escalateComplaint', { id, note: '区域无法处理' })).toMatchObject({ escalationLevel: 3, escalationLevelLabel: '总部', allowedCommands: ['ACKNOWLEDGE'] });
    const top = await step('escalateComplaint', { id, note: '再升级' }, 'ACME', 'en');
    expect(top.errors?.[0]?.extensions).toMatchObject({ code: 'TRANSITION_REFUSED', escalationLevel: 3 });
    expect(top.errors?.[0]?.message).toBe('A complaint that is "Received" at level Headquarters cannot escalate; possible now: acknowledge');
  });

  it('refuses a back-dated step earlier than the previous one', async () => {
    const { id } = await create({ receivedAt: hoursAgo(1) });
    expect(fieldErrors(await step('acknowledgeComplaint', { id, at: hoursAgo(2) }))).toEqual(['at:beforePreviousEvent']);
  });

  it('refuses a stale version with CONFLICT, and lets exactly one of two concurrent steps win', async () => {
    const { id } = await create();
    expect((await step('acknowledgeComplaint', { id, expectedVersion: 5 })).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const results = await Promise.all([step('acknowledgeComplaint', { id, expectedVersion: 1 }), step('acknowledgeComplaint', { id, expectedVersion: 1 })]);
    expect(results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort()).toEqual(['CONFLICT', 'OK']);
    expect((await detail(id))!.events.map((e) => e.action)).toEqual(['RECEIVE', 'ACKNOWLEDGE']);
  });

  it('keeps organisations apart', async () => {
    const { id } = await create({ receivedAt: hoursAgo(30) });
    expect(await detail(id, 'OTHER')).toBeNull();
    expect((await step('acknowledgeComplaint', { id }, 'OTHER')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const theirs = await must<{ complaints: { edges: { node: { id: string } }[] } }>('{ complaints(first: 100) { edges { node { id } } } }', {}, 'OTHER');
    expect(theirs.complaints.edges.map((e) => e.node.id)).not.toContain(id);
    // Another organisation's escalation run does not touch this one's overdue complaint.
    await must(ESCALATION_RUN, {}, 'OTHER');
    expect((await detail(id))!.escalationLevel).toBe(1);
  });
});

describe('the complaint list', () => {
  const LIST = `query($first: Int!, $after: String, $filter: ComplaintFilter) {
    complaints(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id code } } } }`;
  type Page = { complaints: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string; code: string } }[] } };
  const codes: Record<string, string> = {};

  beforeAll(async () => {
    await anOrganisation('LIST').withOutlet('A').withOutlet('B').create(app.database.dataSource);
    const [a, b] = (await app.database.dataSource.query("SELECT o.id FROM outlets o JOIN organisations g ON g.id = o.org_id WHERE g.code = 'LIST' ORDER BY o.code")) as { id: string }[];
    const make = async (name: string, changes: Record<string, unknown>) => {
      codes[name] = (await create({ code: `L-${name}`, outletId: a!.id, ...changes }, 'LIST')).code;
    };
    await make('FRESH', { receivedAt: hoursAgo(1) });
    await make('LATE-ACK', { receivedAt: hoursAgo(30), outletId: b!.id });
    await make('MAJOR', { receivedAt: hoursAgo(50), severity: 'MAJOR' });
    await make('OLD', { receivedAt: hoursAgo(500) });
    const old = await must<{ complaints: { edges: { node: { id: string } }[] } }>('{ complaints(first: 1, filter: { receivedTo: "' + hoursAgo(400) + '" }) { edges { node { id } } } }', {}, 'LIST');
    const id = old.complaints.edges[0]!.node.id;
    await mustStep('acknowledgeComplaint', { id, at: hoursAgo(499) }, 'LIST');
    await mustStep('closeComplaint', { id, at: hoursAgo(498), resolution: '已解决', customerAccepted: true }, 'LIST');
    codes['outletB'] = b!.id;
  });

  async function list(variables: Record<string, unknown>): Promise<string[]> {
    const page = await must<Page>(LIST, { first: 50, ...variables }, 'LIST');
    return page.complaints.edges.map((edge) => edge.node.code);
  }

  it('pages newest first with keyset cursors', async () => {
    const first = await must<Page>(LIST, { first: 3 }, 'LIST');
    expect(first.complaints).toMatchObject({ totalCount: 4, pageInfo: { hasNextPage: true } });
    expect(first.complaints.edges.map((e) => e.node.code)).toEqual(['L-FRESH', 'L-LATE-ACK', 'L-MAJOR']);
    const second = await must<Page>(LIST, { first: 3, after: first.complaints.pageInfo.endCursor }, 'LIST');
    expect(second.complaints.edges.map((e) => e.node.code)).toEqual(['L-OLD']);
    expect(second.complaints.pageInfo.hasNextPage).toBe(false);
  });

  it('filters by status, severity, outlet, receipt and overdue', async () => {
    expect(await list({ filter: { statuses: ['CLOSED'] } })).toEqual(['L-OLD']);
    expect(await list({ filter: { severities: ['MAJOR'] } })).toEqual(['L-MAJOR']);
    expect(await list({ filter: { outletIds: [codes['outletB']] } })).toEqual(['L-LATE-ACK']);
    expect(await list({ filter: { receivedFrom: hoursAgo(40), receivedTo: hoursAgo(10) } })).toEqual(['L-LATE-ACK']);
    expect(await list({ filter: { overdue: true } })).toEqual(['L-LATE-ACK', 'L-MAJOR']);
    expect(await list({ filter: { overdue: false } })).toEqual(['L-FRESH', 'L-OLD']);
  });

  it('refuses a bad page size, cursor or filter field by field', async () => {
    expect(fieldErrors(await app.graphql(LIST, { first: 0 }, as('LIST')))).toEqual(['first:outOfRange']);
    expect(fieldErrors(await app.graphql(LIST, { first: 5, after: 'garbage' }, as('LIST')))).toEqual(['after:invalidCode']);
    expect(fieldErrors(await app.graphql(LIST, { first: 5, filter: { outletIds: ['x'], receivedFrom: hoursAgo(1), receivedTo: hoursAgo(2) } }, as('LIST')))).toEqual([
      'filter.outletIds.0:notFound',
      'filter.receivedTo:beforeStart',
    ]);
  });
});

