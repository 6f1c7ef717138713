import { startApiProcess, type ApiProcess } from '../../../../tools/testing/api-process';
import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { startTestApp, type GraphqlResponse, type TestApp } from '../support/test-app';

const FIELDS = `id code status statusLabel channel severity category description receivedAt acknowledgedAt closedAt
  escalationLevel escalationLevelLabel escalatedDeadlines resolution customerAccepted version allowedCommands
  customer { id name phone } outlet { code } request { code }
  deadlines { ackDueAt resolutionDueAt next dueAt overdue minutesLeft minutesOverdue acknowledgedInTime closedInTime }`;

type Complaint = {
  id: string;
  code: string;
  status: string;
  statusLabel: string;
  severity: string;
  receivedAt: string;
  acknowledgedAt: string | null;
  closedAt: string | null;
  escalationLevel: number;
  escalationLevelLabel: string;
  escalatedDeadlines: string[];
  resolution: string | null;
  customerAccepted: boolean | null;
  version: number;
  allowedCommands: string[];
  customer: { id: string; name: string; phone: string };
  outlet: { code: string } | null;
  request: { code: string } | null;
  deadlines: {
    ackDueAt: string;
    resolutionDueAt: string;
    next: string | null;
    dueAt: string | null;
    overdue: boolean;
    minutesLeft: number | null;
    minutesOverdue: number | null;
    acknowledgedInTime: boolean | null;
    closedInTime: boolean | null;
  };
};
type Event = { action: string; fromStatus: string | null; toStatus: string; fromLevel: number | null; toLevel: number; escalationReason: string | null; deadline: string | null; note: string | null };

const CREATE = `mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { ${FIELDS} } }`;
const STEP = (mutation: string, inputType = 'ComplaintStepInput') => `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${FIELDS} } }`;
const DETAIL = `query($id: ID!) { complaint(id: $id) { ${FIELDS} events { action fromStatus toStatus fromLevel toLevel escalationReason deadline note at } } }`;
const ESCALATION_RUN = 'mutation { runComplaintEscalation }';

const HOUR = 3_600_000;
const hoursAgo = (hours: number): string => new Date(Date.now() - hours * HOUR).toISOString();

let app: TestApp;
let acme: GivenOrganisation;
const as = (org: string, language?: string): Record<string, string> => ({ 'x-org-code': org, ...(language ? { 'accept-language': language } : {}) });

async function must<T>(query: string, variables: Record<string, unknown> = {}, org = 'ACME'): Promise<T> {
  const result = await app.graphql<T>(query, variables, as(org));
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

function fieldErrors(result: GraphqlResponse<unknown>): string[] {
  expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  return (result.errors![0]!.extensions!.fieldErrors ?? []).map((error) => `${error.field}:${error.code}`);
}

const aComplaint = (changes: Record<string, unknown> = {}): Record<string, unknown> => ({
  channel: 'HOTLINE',
  severity: 'NORMAL',
  category: '服务态度',
  description: '工程师迟到三小时，电话不接',
  customerName: '王芳',
  customerPhone: '13912345678',
  outletId: acme.outletIds['SH-01'],
  receivedAt: hoursAgo(1),
  ...changes,
});

async function create(changes: Record<string, unknown> = {}, org = 'ACME'): Promise<Complaint> {
  return (await must<{ createComplaint: Complaint }>(CREATE, { input: aComplaint(changes) }, org)).createComplaint;
}

async function step(mutation: string, input: Record<string, unknown>, org = 'ACME', language?: string) {
  const inputType = mutation === 'closeComplaint' ? 'CloseComplaintInput' : 'ComplaintStepInput';
  return app.graphql<Record<string, Complaint>>(STEP(mutation, inputType), { input }, as(org, language));
}

async function mustStep(mutation: string, input: Record<string, unknown>, org = 'ACME'): Promise<Complaint> {
  const result = await step(mutation, input, org);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data![mutation]!;
}

async function detail(id: string, org = 'ACME'): Promise<(Complaint & { events: Event[] }) | null> {
  return (await must<{ complaint: (Complaint & { events: Event[] }) | null }>(DETAIL, { id }, org)).complaint;
}

async function counts(): Promise<{ complaints: number; events: number; customers: number }> {
  const [row] = await app.database.dataSource.query(
    'SELECT (SELECT count(*) FROM complaints)::int AS complaints, (SELECT count(*) FROM complaint_events)::int AS events, (SELECT count(*) FROM customers)::int AS customers',
  );
  return row;
}

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

describe('escalation past deadlines', () => {
  it('raises exactly the overdue complaints, once per deadline, recording each step', async () => {
    const make = (changes: Record<string, unknown>) => create({ outletId: null, ...changes }, 'ESC');
    const lateAck = await make({ receivedAt: hoursAgo(25) });
    const fresh = await make({ receivedAt: hoursAgo(2) });
    const majorLate = await make({ receivedAt: hoursAgo(80), severity: 'MAJOR' });
    await mustStep('acknowledgeComplaint', { id: majorLate.id, at: hoursAgo(79) }, 'ESC');
    const forgotten = await make({ receivedAt: hoursAgo(200) });
    const closed = await make({ receivedAt: hoursAgo(300) });
    await mustStep('acknowledgeComplaint', { id: closed.id, at: hoursAgo(299) }, 'ESC');
    await mustStep('closeComplaint', { id: closed.id, at: hoursAgo(298), resolution: '已更换', customerAccepted: true }, 'ESC');
    const byHand = await make({ receivedAt: hoursAgo(26) });
    await mustStep('escalateComplaint', { id: byHand.id, note: '客户情绪激动' }, 'ESC');
    const atTop = await make({ receivedAt: hoursAgo(26) });
    for (const note of ['一', '二']) await mustStep('escalateComplaint', { id: atTop.id, note }, 'ESC');

    expect((await must<{ runComplaintEscalation: number }>(ESCALATION_RUN, {}, 'ESC')).runComplaintEscalation).toBe(4);
    const levels = async () =>
      Object.fromEntries(
        await Promise.all(
          Object.entries({ lateAck, fresh, majorLate, forgotten, closed, byHand, atTop }).map(async ([name, c]) => [name, (await detail(c.id, 'ESC'))!.escalationLevel]),
        ),
      );
    const expected = { lateAck: 2, fresh: 1, majorLate: 2, forgotten: 3, closed: 1, byHand: 3, atTop: 3 };
    expect(await levels()).toEqual(expected);

    const forgottenHistory = await detail(forgotten.id, 'ESC');
    expect(forgottenHistory!.escalatedDeadlines).toEqual(['ACKNOWLEDGEMENT', 'RESOLUTION']);
    expect(forgottenHistory!.events.filter((e) => e.action === 'ESCALATE').map((e) => [e.fromLevel, e.toLevel, e.escalationReason, e.deadline])).toEqual([
      [1, 2, 'DEADLINE_PASSED', 'ACKNOWLEDGEMENT'],
      [2, 3, 'DEADLINE_PASSED', 'RESOLUTION'],
    ]);
    expect((await detail(majorLate.id, 'ESC'))!.events.at(-1)).toMatchObject({ action: 'ESCALATE', deadline: 'RESOLUTION', fromStatus: 'ACKNOWLEDGED', toStatus: 'ACKNOWLEDGED' });

    // The same deadlines never escalate twice, however often the job runs.
    const [before] = await app.database.dataSource.query("SELECT count(*)::int AS n FROM complaint_events WHERE escalation_reason = 'DEADLINE_PASSED'");
    expect((await must<{ runComplaintEscalation: number }>(ESCALATION_RUN, {}, 'ESC')).runComplaintEscalation).toBe(0);
    expect(await levels()).toEqual(expected);
    const [after] = await app.database.dataSource.query("SELECT count(*)::int AS n FROM complaint_events WHERE escalation_reason = 'DEADLINE_PASSED'");
    expect(after.n).toBe(before.n);
  });

  it('runs on schedule in the API process: pg-boss escalates an overdue complaint, once, even with two API processes', async () => {
    const { id } = await create({ outletId: null, receivedAt: hoursAgo(30) }, 'JOBS');
    // Two more API processes on the same database, starting at the same moment with the scheduler on
    // (checking every second, so the first run follows start-up within seconds, not a minute).
    const env = { DATABASE_URL: app.database.url, STARDESK_WEB_DIST: '/nonexistent', STARDESK_JOBS: 'true', STARDESK_JOBS_CHECK_SECONDS: '1' };
    const workers: ApiProcess[] = await Promise.all([startApiProcess(env), startApiProcess(env)]);
    try {
      const deadline = Date.now() + 90_000;
      let level = 1;
      while (level < 2 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        level = (await detail(id, 'JOBS'))!.escalationLevel;
      }
      expect(level).toBe(2);
      const [job] = await app.database.dataSource.query(
        "SELECT count(*) FILTER (WHERE state = 'completed')::int AS completed FROM pgboss.job WHERE name = 'complaint-escalation'",
      );
      expect(job.completed).toBeGreaterThanOrEqual(1);
    } finally {
      const codes = await Promise.all(workers.map((worker) => worker.stop()));
      // Both stop cleanly on SIGTERM (app.close() stops pg-boss); neither logged an error or a failed start
      // (starting together on a fresh database once deadlocked pg-boss's queue creation).
      expect(codes).toEqual([0, 0]);
      for (const worker of workers) expect(worker.output()).not.toMatch(/"level":(50|60)|did not start/);
    }
    const events = (await detail(id, 'JOBS'))!.events.filter((e) => e.action === 'ESCALATE');
    expect(events).toEqual([expect.objectContaining({ escalationReason: 'DEADLINE_PASSED', deadline: 'ACKNOWLEDGEMENT', fromLevel: 1, toLevel: 2 })]);
  }, 120_000);
});
