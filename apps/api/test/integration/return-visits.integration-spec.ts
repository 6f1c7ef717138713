import { isSampledForReturnVisit } from '@stardesk/domain';
import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { closedRequest } from '../support/closed-request';
import { startTestApp, type TestApp } from '../support/test-app';

const DAY = 24 * 3_600_000;
const VISIT_FIELDS = `id statusLabel methodLabel outcomeLabel requestId requestCode customerName closedAt dueAt status attemptCount nextAttemptAt doneAt method outcome rating recommend comment version
  staff { login } attempts { seq at method outcome note staff { login } }`;
const WORKLIST = `query($first: Int!, $after: String, $filter: ReturnVisitFilter) {
  returnVisits(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { ${VISIT_FIELDS} } } } }`;
const ATTEMPT = `mutation($input: RecordReturnVisitAttemptInput!) { recordReturnVisitAttempt(input: $input) { ${VISIT_FIELDS} } }`;
const SETTINGS = `mutation($input: UpdateSatisfactionSettingsInput!) { updateSatisfactionSettings(input: $input) {
  returnVisitSamplingShare returnVisitMaxAttempts returnVisitRetryAfterHours surveyValidDays } }`;

type Visit = {
  id: string; requestId: string; closedAt: string; dueAt: string; status: string; attemptCount: number; nextAttemptAt: string | null; doneAt: string | null;
  method: string | null; outcome: string | null; rating: number | null; recommend: number | null; comment: string | null; version: number;
  staff: { login: string } | null; attempts: { seq: number; at: string; method: string; outcome: string; note: string | null; staff: { login: string } | null }[];
};
type Worklist = { returnVisits: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: Visit }[] } };

let app: TestApp;
let acme: GivenOrganisation;
let beta: GivenOrganisation;
const asAcme = { 'x-org-code': 'ACME' };
const asBeta = { 'x-org-code': 'BETA' };

async function must<T>(query: string, variables: Record<string, unknown> = {}, headers = asAcme): Promise<T> {
  const result = await app.graphql<T>(query, variables, headers);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

async function visitsOf(requestId: string): Promise<Visit[]> {
  const data = await must<Worklist>(WORKLIST, { first: 100, filter: { requestId } });
  return data.returnVisits.edges.map((edge) => edge.node);
}

async function scheduledVisitOf(requestId: string): Promise<Visit> {
  const visits = (await visitsOf(requestId)).filter((visit) => visit.status === 'SCHEDULED');
  expect(visits).toHaveLength(1);
  return visits[0]!;
}

async function counts(): Promise<{ visits: number; attempts: number; responses: number }> {
  const [row] = await app.database.dataSource.query(
    `SELECT (SELECT count(*) FROM return_visits)::int AS visits, (SELECT count(*) FROM return_visit_attempts)::int AS attempts, (SELECT count(*) FROM survey_responses)::int AS responses`,
  );
  return row;
}

async function rowOf(id: string): Promise<Record<string, unknown>> {
  const [row] = await app.database.dataSource.query('SELECT * FROM return_visits WHERE id = $1', [id]);
  return row;
}

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME').withOutlet('SH-01').withOutlet('SH-02').withProduct('KFR-35GW').withStaff('gcs1').withStaff('kefu1', 'DISPATCHER').create(app.database.dataSource);
  beta = await anOrganisation('BETA').withOutlet('SH-01').withProduct('KFR-35GW').withStaff('gcs1').withStaff('kefu9', 'DISPATCHER').create(app.database.dataSource);
});
afterAll(async () => app?.close());

describe('scheduling return visits', () => {
  it('schedules a return visit due 7 days after the closure when a request is closed', async () => {
    const closedAt = new Date(Date.now() - 3 * 3_600_000).toISOString();
    const requestId = await closedRequest(app, acme, { closedAt });
    const visit = await scheduledVisitOf(requestId);
    expect(visit).toMatchObject({ closedAt, dueAt: new Date(Date.parse(closedAt) + 7 * DAY).toISOString(), attemptCount: 0, attempts: [], rating: null });

    const detail = await must<{ serviceRequest: { status: string; returnVisits: { id: string; status: string }[] } }>(
      'query($id: ID!) { serviceRequest(id: $id) { status returnVisits { id status } } }', { id: requestId });
    expect(detail.serviceRequest).toEqual({ status: 'CLOSED', returnVisits: [{ id: visit.id, status: 'SCHEDULED' }] });
  });

  it('lists the worklist earliest due first, page by page', async () => {
    const later = await closedRequest(app, acme, { closedAt: new Date(Date.now() - 1 * 3_600_000).toISOString() });
    const earlier = await closedRequest(app, acme, { closedAt: new Date(Date.now() - 20 * DAY).toISOString() });
    const all = await must<Worklist>(WORKLIST, { first: 100, filter: { statuses: ['SCHEDULED'] } });
    const dues = all.returnVisits.edges.map((edge) => edge.node.dueAt);
    expect(dues).toEqual([...dues].sort());
    expect(all.returnVisits.edges[0]!.node.requestId).toBe(earlier);
    expect(all.returnVisits.edges.at(-1)!.node.requestId).toBe(later);

    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Worklist = await must<Worklist>(WORKLIST, { first: 1, after, filter: { statuses: ['SCHEDULED'] } });
      seen.push(...page.returnVisits.edges.map((edge) => edge.node.id));
      after = page.returnVisits.pageInfo.hasNextPage ? page.returnVisits.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.returnVisits.edges.map((edge) => edge.node.id));

    const overdue = await must<Worklist>(WORKLIST, { first: 100, filter: { statuses: ['SCHEDULED'], dueBefore: new Date().toISOString() } });
    expect(overdue.returnVisits.edges.map((edge) => edge.node.requestId)).toEqual([earlier]);
    const otherOutlet = await must<Worklist>(WORKLIST, { first: 100, filter: { outletIds: [acme.outletIds['SH-02']] } });
    expect(otherOutlet.returnVisits.totalCount).toBe(0);
  });

  it('schedules none at a sampling share of 0, and exactly the deterministic sample at 50 %', async () => {
    try {
      await must(SETTINGS, { input: { returnVisitSamplingShare: 0 } });
      const skipped = await closedRequest(app, acme);
      expect(await visitsOf(skipped)).toEqual([]);

      await must(SETTINGS, { input: { returnVisitSamplingShare: 0.5 } });
      const ids = await Promise.all(Array.from({ length: 8 }, (_, index) => closedRequest(app, acme, { customerPhone: `1390000000${index}` })));
      for (const id of ids) {
        expect((await visitsOf(id)).length).toBe(isSampledForReturnVisit(acme.organisation.id, id, 0.5) ? 1 : 0);
      }
    } finally {
      await must(SETTINGS, { input: { returnVisitSamplingShare: 1 } });
    }
  });

  it('cancels the pending visit when the request is reopened, and schedules a new one when it closes again', async () => {
    const requestId = await closedRequest(app, acme);
    const first = await scheduledVisitOf(requestId);
    await must('mutation($input: TransitionServiceRequestInput!) { reopenServiceRequest(input: $input) { id } }', { input: { id: requestId, note: '客户反映仍不制冷' } });
    expect((await visitsOf(requestId)).map((visit) => visit.status)).toEqual(['CANCELLED']);
    expect((await rowOf(first.id))['cancelled_at']).not.toBeNull();

    await must('mutation($input: TransitionServiceRequestInput!) { resolveServiceRequest(input: $input) { id } }', { input: { id: requestId } });
    await must('mutation($input: TransitionServiceRequestInput!) { closeServiceRequest(input: $input) { id } }', { input: { id: requestId } });
    const visits = await visitsOf(requestId);
    expect(visits.map((visit) => visit.status).sort()).toEqual(['CANCELLED', 'SCHEDULED']);
  });

  it('keeps a completed visit when the request is reopened', async () => {
    const requestId = await closedRequest(app, acme);
    const visit = await scheduledVisitOf(requestId);
    await must(ATTEMPT, { input: { returnVisitId: visit.id, method: 'PHONE', outcome: 'COMPLETED', rating: 4 } });
    await must('mutation($input: TransitionServiceRequestInput!) { reopenServiceRequest(input: $input) { id } }', { input: { id: requestId, note: '返修' } });
    expect((await visitsOf(requestId)).map((v) => v.status)).toEqual(['DONE']);
  });
});

describe('recordReturnVisitAttempt', () => {
  it('retries an unreachable customer, counting every attempt, and closes the visit after the last one', async () => {
    const visit = await scheduledVisitOf(await closedRequest(app, acme));
    const start = Date.now();
    const at = (hoursAgo: number) => new Date(start - hoursAgo * 3_600_000).toISOString();
    const first = (await must<{ recordReturnVisitAttempt: Visit }>(ATTEMPT, { input: { returnVisitId: visit.id, method: 'PHONE', outcome: 'UNREACHABLE', note: '无人接听', at: at(1.5), staffId: acme.staffIds['kefu1'] } })).recordReturnVisitAttempt;
    expect(first).toMatchObject({ statusLabel: '待回访', outcomeLabel: '未接通', methodLabel: '电话回访', status: 'SCHEDULED', attemptCount: 1, nextAttemptAt: new Date(Date.parse(at(1.5)) + 4 * 3_600_000).toISOString(), doneAt: null, outcome: 'UNREACHABLE', staff: { login: 'kefu1' } });
    const second = (await must<{ recordReturnVisitAttempt: Visit }>(ATTEMPT, { input: { returnVisitId: visit.id, method: 'SMS', outcome: 'UNREACHABLE', at: at(1) } })).recordReturnVisitAttempt;
    expect(second).toMatchObject({ status: 'SCHEDULED', attemptCount: 2 });
    const third = (await must<{ recordReturnVisitAttempt: Visit }>(ATTEMPT, { input: { returnVisitId: visit.id, method: 'PHONE', outcome: 'UNREACHABLE', at: at(0.5) } })).recordReturnVisitAttempt;
    expect(third).toMatchObject({ status: 'UNREACHABLE', attemptCount: 3, nextAttemptAt: null, doneAt: at(0.5) });
    expect(third.attempts.map((a) => [a.seq, a.method, a.outcome, a.note, a.staff?.login ?? null])).toEqual([
      [1, 'PHONE', 'UNREACHABLE', '无人接听', 'kefu1'], [2, 'SMS', 'UNREACHABLE', null, null], [3, 'PHONE', 'UNREACHABLE', null, null],
    ]);

    const before = await counts();
    const refused = await app.graphql(ATTEMPT, { input: { returnVisitId: visit.id, method: 'PHONE', outcome: 'COMPLETED', rating: 5 } }, { ...asAcme, 'accept-language': 'zh-CN' });
    expect(refused.errors?.[0]).toMatchObject({ message: '该回访当前状态为「无法联系」，只有待回访的记录可以登记回访', extensions: { code: 'INVALID_STATE' } });
    expect(await counts()).toEqual(before);
  });

  it('records a completed visit’s rating as a survey response of the request', async () => {
    const requestId = await closedRequest(app, acme);
    const visit = await scheduledVisitOf(requestId);
    const done = (await must<{ recordReturnVisitAttempt: Visit }>(ATTEMPT, {
      input: { returnVisitId: visit.id, method: 'PHONE', outcome: 'COMPLETED', rating: 4, recommend: 9, comment: ' 师傅很耐心 ', staffId: acme.staffIds['kefu1'] },
    })).recordReturnVisitAttempt;
    expect(done).toMatchObject({ status: 'DONE', attemptCount: 1, rating: 4, recommend: 9, comment: '师傅很耐心', method: 'PHONE', outcome: 'COMPLETED', version: visit.version + 1 });
    expect(done.doneAt).not.toBeNull();

    const detail = await must<{ serviceRequest: { surveyResponses: unknown[] } }>(
      'query($id: ID!) { serviceRequest(id: $id) { surveyResponses { source overall recommend comment factorScores { key } returnVisitId invitationId submittedAt } } }', { id: requestId });
    expect(detail.serviceRequest.surveyResponses).toEqual([
      { source: 'RETURN_VISIT', overall: 4, recommend: 9, comment: '师傅很耐心', factorScores: [], returnVisitId: visit.id, invitationId: null, submittedAt: done.doneAt },
    ]);
  });

  it('closes a visit at once on a refusal or a wrong number, with no rating', async () => {
    const refused = await scheduledVisitOf(await closedRequest(app, acme));
    const wrong = await scheduledVisitOf(await closedRequest(app, acme));
    const before = await counts();
    expect((await must<{ recordReturnVisitAttempt: Visit }>(ATTEMPT, { input: { returnVisitId: refused.id, method: 'PHONE', outcome: 'REFUSED' } })).recordReturnVisitAttempt).toMatchObject({ status: 'REFUSED', rating: null });
    expect((await must<{ recordReturnVisitAttempt: Visit }>(ATTEMPT, { input: { returnVisitId: wrong.id, method: 'PHONE', outcome: 'WRONG_NUMBER' } })).recordReturnVisitAttempt).toMatchObject({ status: 'UNREACHABLE', attemptCount: 1 });
    expect(await counts()).toEqual({ ...before, attempts: before.attempts + 2 });
  });

  it.each([
    ['missing method and outcome', { method: null, outcome: null }, ['method:required', 'outcome:required']],
    ['a completed visit without rating', { rating: null }, ['rating:required']],
    ['ratings off the scales', { rating: 6, recommend: 11 }, ['rating:outOfRange', 'recommend:outOfRange']],
    ['a rating of 0', { rating: 0 }, ['rating:outOfRange']],
    ['a rating without reaching the customer', { outcome: 'UNREACHABLE' }, ['rating:notApplicable']],
    ['a time before the closure', { at: '2020-01-01T00:00:00Z' }, ['at:beforeClosed']],
    ['a time in the future', { at: new Date(Date.now() + 3_600_000).toISOString() }, ['at:inFuture']],
    ['a comment of 1,001 characters', { comment: '好'.repeat(1001) }, ['comment:tooLong']],
    ['an unknown staff member', { staffId: 'nobody' }, ['staffId:notFound']],
  ])('refuses %s field by field and writes nothing', async (_label, overrides, expected) => {
    const visit = await scheduledVisitOf(await closedRequest(app, acme));
    const before = await counts();
    const rowBefore = await rowOf(visit.id);
    const result = await app.graphql(ATTEMPT, { input: { returnVisitId: visit.id, method: 'PHONE', outcome: 'COMPLETED', rating: 5, ...overrides } }, asAcme);
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fieldErrors?.map((e) => `${e.field}:${e.code}`)).toEqual(expected);
    expect(await counts()).toEqual(before);
    expect(await rowOf(visit.id)).toEqual(rowBefore);
  });

  it('gives the field messages in the caller’s language', async () => {
    const visit = await scheduledVisitOf(await closedRequest(app, acme));
    const result = await app.graphql(ATTEMPT, { input: { returnVisitId: visit.id, method: 'PHONE', outcome: 'COMPLETED' } }, { ...asAcme, 'accept-language': 'en' });
    expect(result.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'rating', code: 'required', message: 'This field is required' }]);
  });

  it('refuses a stale version and an unknown visit', async () => {
    const visit = await scheduledVisitOf(await closedRequest(app, acme));
    const stale = await app.graphql(ATTEMPT, { input: { returnVisitId: visit.id, method: 'PHONE', outcome: 'UNREACHABLE', expectedVersion: visit.version + 5 } }, asAcme);
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const unknown = await app.graphql(ATTEMPT, { input: { returnVisitId: id, method: 'PHONE', outcome: 'UNREACHABLE' } }, asAcme);
      expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('lets exactly one of two staff completing the same visit at once succeed', async () => {
    const requestId = await closedRequest(app, acme);
    const visit = await scheduledVisitOf(requestId);
    const results = await Promise.all([4, 5].map((rating) => app.graphql(ATTEMPT, { input: { returnVisitId: visit.id, method: 'PHONE', outcome: 'COMPLETED', rating } }, asAcme)));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.find((result) => result.errors)?.errors?.[0]?.extensions?.code).toBe('INVALID_STATE');
    const [{ n }] = await app.database.dataSource.query('SELECT count(*)::int AS n FROM survey_responses WHERE request_id = $1', [requestId]);
    expect(n).toBe(1);
  });
});

describe('satisfaction settings', () => {
  it('start at the defaults and are updated partially', async () => {
    const defaults = await must<{ satisfactionSettings: Record<string, number> }>('{ satisfactionSettings { returnVisitSamplingShare returnVisitMaxAttempts returnVisitRetryAfterHours surveyValidDays } }', {}, asBeta);
    expect(defaults.satisfactionSettings).toEqual({ returnVisitSamplingShare: 1, returnVisitMaxAttempts: 3, returnVisitRetryAfterHours: 4, surveyValidDays: 14 });
    const updated = await must<{ updateSatisfactionSettings: Record<string, number> }>(SETTINGS, { input: { surveyValidDays: 30 } }, asBeta);
    expect(updated.updateSatisfactionSettings).toEqual({ ...defaults.satisfactionSettings, surveyValidDays: 30 });
  });

  it('refuses values out of range field by field and keeps the old ones', async () => {
    const result = await app.graphql(SETTINGS, { input: { returnVisitSamplingShare: 1.2, returnVisitMaxAttempts: 0, surveyValidDays: 365 } }, asBeta);
    expect(result.errors?.[0]?.extensions?.fieldErrors?.map((e) => `${e.field}:${e.code}`)).toEqual(['returnVisitSamplingShare:outOfRange', 'returnVisitMaxAttempts:outOfRange', 'surveyValidDays:outOfRange']);
    const after = await must<{ satisfactionSettings: { surveyValidDays: number; returnVisitSamplingShare: number } }>('{ satisfactionSettings { surveyValidDays returnVisitSamplingShare } }', {}, asBeta);
    expect(after.satisfactionSettings).toEqual({ surveyValidDays: 30, returnVisitSamplingShare: 1 });
  });
});

describe('organisation isolation', () => {
  it('never shows or changes another organisation’s return visits', async () => {
    const acmeVisit = await scheduledVisitOf(await closedRequest(app, acme));
    const betaRequest = await closedRequest(app, beta);
    const betaList = await must<Worklist>(WORKLIST, { first: 100 }, asBeta);
    expect(betaList.returnVisits.edges.map((edge) => edge.node.requestId)).toEqual([betaRequest]);

    const before = await rowOf(acmeVisit.id);
    const foreign = await app.graphql(ATTEMPT, { input: { returnVisitId: acmeVisit.id, method: 'PHONE', outcome: 'COMPLETED', rating: 1 } }, asBeta);
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await rowOf(acmeVisit.id)).toEqual(before);
    expect((await must<Worklist>(WORKLIST, { first: 100, filter: { requestId: acmeVisit.requestId } }, asBeta)).returnVisits.totalCount).toBe(0);
  });

  it('requires a signed-in user (and so an organisation) for the worklist', async () => {
    const result = await app.graphql(WORKLIST, { first: 10 });
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
