import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { startTestApp, type TestApp } from '../support/test-app';

const FIELDS = 'id status version reopenCount acknowledgedAt resolvedAt closedAt cancelledAt allowedCommands statusLabel customerStatusLabel technician { login }';
const step = (mutation: string, inputType = 'TransitionServiceRequestInput') =>
  `mutation Step($input: ${inputType}!) { ${mutation}(input: $input) { ${FIELDS} } }`;

type Request = {
  id: string;
  status: string;
  version: number;
  reopenCount: number;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  cancelledAt: string | null;
  allowedCommands: string[];
  statusLabel: string;
  customerStatusLabel: string;
  technician: { login: string } | null;
};

let app: TestApp;
let acme: GivenOrganisation;
const asAcme = { 'x-org-code': 'ACME' };

async function openRequest(): Promise<string> {
  const result = await app.graphql<{ createServiceRequest: { id: string } }>(
    'mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id } }',
    { input: { type: 'REPAIR', channel: 'APP', outletId: acme.outletIds['SH-01'], productId: acme.productIds['KFR-35GW'], customerName: '李雷', customerPhone: '13912345678', faultDescription: '不制热', reportedAt: new Date(Date.now() - 3_600_000).toISOString() } },
    asAcme,
  );
  return result.data!.createServiceRequest.id;
}

async function perform(mutation: string, input: Record<string, unknown>, headers: Record<string, string> = asAcme) {
  const inputType = mutation === 'dispatchServiceRequest' ? 'DispatchServiceRequestInput' : 'TransitionServiceRequestInput';
  return app.graphql<Record<string, Request>>(step(mutation, inputType), { input }, headers);
}

async function must(mutation: string, input: Record<string, unknown>): Promise<Request> {
  const result = await perform(mutation, input);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data![mutation]!;
}

async function eventCount(id: string): Promise<number> {
  const [row] = await app.database.dataSource.query('SELECT count(*)::int AS n FROM service_request_events WHERE request_id = $1', [id]);
  return row.n;
}

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME').withOutlet('SH-01').withProduct('KFR-35GW').withStaff('gcs1').withStaff('kefu1', 'DISPATCHER').withStaff('gone', 'TECHNICIAN', false).create(app.database.dataSource);
  await anOrganisation('OTHER').withOutlet('GZ-01').withStaff('their-tech').create(app.database.dataSource);
});
afterAll(async () => app?.close());

describe('service request lifecycle over GraphQL', () => {
  it('carries a repair from acknowledgement to closure, recording every step in the timeline', async () => {
    const id = await openRequest();
    expect((await must('acknowledgeServiceRequest', { id })).acknowledgedAt).not.toBeNull();
    const dispatched = await must('dispatchServiceRequest', { id, technicianId: acme.staffIds['gcs1'] });
    expect(dispatched.technician).toEqual({ login: 'gcs1' });
    expect(dispatched.allowedCommands).toEqual(['START', 'CANCEL']);
    await must('startServiceRequest', { id });
    await must('holdServiceRequest', { id, note: '等待压缩机到货' });
    await must('resumeServiceRequest', { id });
    const resolved = await must('resolveServiceRequest', { id });
    expect(resolved.resolvedAt).not.toBeNull();
    const closed = await must('closeServiceRequest', { id });
    expect(closed).toMatchObject({ status: 'CLOSED', version: 8, statusLabel: '已关闭', customerStatusLabel: '已完成' });

    const timeline = await app.graphql<{ serviceRequest: { events: { fromStatus: string | null; toStatus: string; note: string | null }[] } }>(
      `query($id: ID!) { serviceRequest(id: $id) { events { fromStatus toStatus note at } } }`, { id }, asAcme);
    expect(timeline.data!.serviceRequest.events.map((e) => `${e.fromStatus ?? '∅'}→${e.toStatus}`)).toEqual([
      '∅→NEW', 'NEW→ACKNOWLEDGED', 'ACKNOWLEDGED→DISPATCHED', 'DISPATCHED→IN_PROGRESS', 'IN_PROGRESS→ON_HOLD',
      'ON_HOLD→IN_PROGRESS', 'IN_PROGRESS→RESOLVED', 'RESOLVED→CLOSED',
    ]);
    expect(timeline.data!.serviceRequest.events[4]!.note).toBe('等待压缩机到货');
  });

  it('reopens a closed request with a reason and counts it', async () => {
    const id = await openRequest();
    for (const [mutation, extra] of [['acknowledgeServiceRequest', {}], ['dispatchServiceRequest', { technicianId: acme.staffIds['gcs1'] }], ['startServiceRequest', {}], ['resolveServiceRequest', {}], ['closeServiceRequest', {}]] as const) {
      await must(mutation, { id, ...extra });
    }
    const withoutReason = await perform('reopenServiceRequest', { id });
    expect(withoutReason.errors?.[0]?.extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'note', code: 'required' })]);
    const reopened = await must('reopenServiceRequest', { id, note: '客户反馈再次不制热' });
    expect(reopened).toMatchObject({ status: 'IN_PROGRESS', reopenCount: 1, resolvedAt: null, closedAt: null });
  });

  it('refuses an illegal step with the current state and the allowed commands, changing nothing', async () => {
    const id = await openRequest();
    const before = await eventCount(id);
    const zh = await perform('resolveServiceRequest', { id });
    expect(zh.errors?.[0]?.extensions).toMatchObject({ code: 'TRANSITION_REFUSED', status: 'NEW', allowedCommands: ['ACKNOWLEDGE', 'CANCEL'] });
    expect(zh.errors?.[0]?.message).toBe('工单当前状态为「新建」，不能标记解决；当前可执行：受理、取消');
    const en = await perform('resolveServiceRequest', { id }, { ...asAcme, 'accept-language': 'en' });
    expect(en.errors?.[0]?.message).toContain('possible now: acknowledge, cancel');
    expect(await eventCount(id)).toBe(before);
  });

  it('cancels only with a reason, and a cancelled request accepts nothing more', async () => {
    const id = await openRequest();
    expect((await perform('cancelServiceRequest', { id, note: ' ' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const cancelled = await must('cancelServiceRequest', { id, note: '客户已自行修好' });
    expect(cancelled).toMatchObject({ status: 'CANCELLED', allowedCommands: [] });
    expect(cancelled.cancelledAt).not.toBeNull();
    const after = await perform('acknowledgeServiceRequest', { id });
    expect(after.errors?.[0]?.extensions?.code).toBe('TRANSITION_REFUSED');
  });

  it('dispatches only to an active technician of the same organisation', async () => {
    const id = await openRequest();
    await must('acknowledgeServiceRequest', { id });
    const [theirs] = await app.database.dataSource.query("SELECT id FROM staff WHERE login = 'their-tech'");
    for (const technicianId of [theirs.id, acme.staffIds['gone'], acme.staffIds['kefu1'], 'not-a-uuid']) {
      const result = await perform('dispatchServiceRequest', { id, technicianId });
      expect(result.errors?.[0]?.extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'technicianId', code: 'notFound' })]);
    }
    expect((await perform('dispatchServiceRequest', { id })).errors?.[0]?.extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'technicianId', code: 'required' })]);
  });

  it('refuses a stale version with CONFLICT, and lets exactly one of two concurrent steps win', async () => {
    const id = await openRequest();
    const stale = await perform('acknowledgeServiceRequest', { id, expectedVersion: 7 });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const results = await Promise.all([perform('acknowledgeServiceRequest', { id, expectedVersion: 1 }), perform('acknowledgeServiceRequest', { id, expectedVersion: 1 })]);
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect(await eventCount(id)).toBe(2);
  });

  it('does not reach another organisation’s request', async () => {
    const id = await openRequest();
    const result = await perform('acknowledgeServiceRequest', { id }, { 'x-org-code': 'OTHER' });
    expect(result.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const query = await app.graphql<{ serviceRequest: unknown }>('query($id: ID!) { serviceRequest(id: $id) { id } }', { id }, { 'x-org-code': 'OTHER' });
    expect(query.data!.serviceRequest).toBeNull();
  });

  it('refuses a back-dated step earlier than the previous one', async () => {
    const id = await openRequest();
    const result = await perform('acknowledgeServiceRequest', { id, at: new Date(Date.now() - 86_400_000).toISOString() });
    expect(result.errors?.[0]?.extensions?.fieldErrors).toEqual([expect.objectContaining({ field: 'at', code: 'beforePreviousEvent' })]);
  });
});
