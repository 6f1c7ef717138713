import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { closedRequest } from '../support/closed-request';
import { startTestApp, type TestApp } from '../support/test-app';

const AMEND = `mutation($input: AmendServiceRequestInput!) {
  amendServiceRequest(input: $input) { id priority status version faultDescription outlet { code } amendments { reason changes { field before after } } } }`;

let app: TestApp;
let acme: GivenOrganisation;
const asAcme = { 'x-org-code': 'ACME' };

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME').withOutlet('SH-01').withOutlet('BJ-01').withProduct('KFR-35GW').withStaff('gcs1').create(app.database.dataSource);
  await anOrganisation('OTHER').withOutlet('GZ-01').create(app.database.dataSource);
});
afterAll(async () => app?.close());

async function amendmentRows(): Promise<number> {
  const [row] = await app.database.dataSource.query('SELECT count(*)::int AS n FROM amendments');
  return row.n;
}

describe('amendServiceRequest', () => {
  it('corrects a closed request, keeping the original values with the reason', async () => {
    const id = await closedRequest(app, acme);
    const result = await app.graphql<{ amendServiceRequest: { status: string; priority: string; outlet: { code: string }; amendments: unknown[] } }>(
      AMEND, { input: { id, reason: '客服误选网点与优先级', priority: 'HIGH', outletId: acme.outletIds['BJ-01'] } }, asAcme);
    expect(result.errors).toBeUndefined();
    expect(result.data!.amendServiceRequest).toMatchObject({
      status: 'CLOSED',
      priority: 'HIGH',
      outlet: { code: 'BJ-01' },
      amendments: [{ reason: '客服误选网点与优先级', changes: [
        { field: 'priority', before: 'NORMAL', after: 'HIGH' },
        { field: 'outletId', before: acme.outletIds['SH-01'], after: acme.outletIds['BJ-01'] },
      ] }],
    });
  });

  it('refuses an amendment without a reason, one that changes nothing, or to another organisation’s outlet, writing nothing', async () => {
    const id = await closedRequest(app, acme);
    const before = await amendmentRows();
    const [other] = await app.database.dataSource.query("SELECT id FROM outlets WHERE code = 'GZ-01'");
    const cases: [Record<string, unknown>, string][] = [
      [{ priority: 'HIGH' }, 'reason:required'],
      [{ reason: '更正', priority: 'NORMAL' }, 'reason:nothingToAmend'],
      [{ reason: '更正', outletId: other.id }, 'outletId:notFound'],
      [{ reason: '更正', faultDescription: null }, 'faultDescription:required'],
    ];
    for (const [changes, expected] of cases) {
      const result = await app.graphql(AMEND, { input: { id, ...changes } }, asAcme);
      expect(result.errors?.[0]?.extensions?.fieldErrors?.map((e) => `${e.field}:${e.code}`)).toEqual([expected]);
    }
    expect(await amendmentRows()).toBe(before);
  });

  it('refuses a stale version and another organisation’s request', async () => {
    const id = await closedRequest(app, acme);
    expect((await app.graphql(AMEND, { input: { id, reason: 'x', priority: 'LOW', expectedVersion: 1 } }, asAcme)).errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await app.graphql(AMEND, { input: { id, reason: 'x', priority: 'LOW' } }, { 'x-org-code': 'OTHER' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('amendComplaint', () => {
  const COMPLAINT_AMEND = `mutation($input: AmendComplaintInput!) { amendComplaint(input: $input) { id status severity resolution amendments { reason changes { field before after } } } }`;

  async function closedComplaint(): Promise<string> {
    const run = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
      const result = await app.graphql<T>(query, variables, asAcme);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data!;
    };
    const { createComplaint } = await run<{ createComplaint: { id: string } }>('mutation($input: CreateComplaintInput!) { createComplaint(input: $input) { id } }', {
      input: { channel: 'HOTLINE', severity: 'NORMAL', category: '服务态度', description: '工程师迟到', customerName: '王芳', customerPhone: '13912345678', outletId: acme.outletIds['SH-01'], receivedAt: new Date(Date.now() - 5 * 3_600_000).toISOString() },
    });
    const id = createComplaint.id;
    await run('mutation($input: ComplaintStepInput!) { acknowledgeComplaint(input: $input) { id } }', { input: { id } });
    await run('mutation($input: CloseComplaintInput!) { closeComplaint(input: $input) { id } }', { input: { id, resolution: '已致歉', customerAccepted: true } });
    return id;
  }

  it('corrects a closed complaint and keeps what it said before', async () => {
    const id = await closedComplaint();
    const result = await app.graphql<{ amendComplaint: { status: string; severity: string; amendments: unknown[] } }>(COMPLAINT_AMEND, { input: { id, reason: '经复核为重大投诉', severity: 'MAJOR' } }, asAcme);
    expect(result.errors).toBeUndefined();
    expect(result.data!.amendComplaint).toMatchObject({ status: 'CLOSED', severity: 'MAJOR', amendments: [{ reason: '经复核为重大投诉', changes: [{ field: 'severity', before: 'NORMAL', after: 'MAJOR' }] }] });
  });

  it('refuses to erase the resolution of a closed complaint, writing nothing', async () => {
    const id = await closedComplaint();
    const before = await amendmentRows();
    const result = await app.graphql(COMPLAINT_AMEND, { input: { id, reason: '更正', resolution: ' ' } }, asAcme);
    expect(result.errors?.[0]?.extensions?.fieldErrors?.map((e) => `${e.field}:${e.code}`)).toEqual(['resolution:required']);
    expect(await amendmentRows()).toBe(before);
    expect((await app.graphql(COMPLAINT_AMEND, { input: { id, reason: 'x', severity: 'MAJOR' } }, { 'x-org-code': 'OTHER' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('amendVisit', () => {
  const VISIT_AMEND = `mutation($input: AmendVisitInput!) { amendVisit(input: $input) { id outcome diagnosis amendments { reason changes { field before after } } } }`;

  it('corrects a visit report of a closed request, keeping the original outcome', async () => {
    const requestId = await closedRequest(app, acme, { stopAt: 'IN_PROGRESS' });
    const recorded = await app.graphql<{ recordVisit: { id: string } }>('mutation($input: RecordVisitInput!) { recordVisit(input: $input) { id } }', {
      input: { requestId, technicianId: acme.staffIds['gcs1'], arrivedAt: new Date(Date.now() - 3_600_000).toISOString(), outcome: 'FIXED', diagnosis: '主板' },
    }, asAcme);
    const id = recorded.data!.recordVisit.id;
    const result = await app.graphql<{ amendVisit: { outcome: string; amendments: unknown[] } }>(VISIT_AMEND, { input: { id, reason: '回访确认故障未排除', outcome: 'NOT_FIXED' } }, asAcme);
    expect(result.errors).toBeUndefined();
    expect(result.data!.amendVisit).toMatchObject({ outcome: 'NOT_FIXED', amendments: [{ reason: '回访确认故障未排除', changes: [{ field: 'outcome', before: 'FIXED', after: 'NOT_FIXED' }] }] });
    const without = await app.graphql(VISIT_AMEND, { input: { id, outcome: 'FIXED' } }, asAcme);
    expect(without.errors?.[0]?.extensions?.fieldErrors?.map((e) => `${e.field}:${e.code}`)).toEqual(['reason:required']);
    expect((await app.graphql(VISIT_AMEND, { input: { id, reason: 'x', outcome: 'FIXED' } }, { 'x-org-code': 'OTHER' })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
