import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { closedRequest } from '../support/closed-request';
import { errorCodeOf, fieldErrorsOf, graphqlClient, hoursAgo, rowCounts } from '../support/graphql-client';
import { openRequest } from '../support/open-request';
import { startTestApp, type TestApp } from '../support/test-app';

const FIELDS = `id requestId decision decisionLabel reason inWarranty coverageLabel derivedWarrantyStatus warrantyOverridden overrideReason
  refundAmount decidedBy { login } decidedAt current supersedesId supersededAt`;
const DECIDE = `mutation($input: DecideWarrantyInput!) { decideWarranty(input: $input) { ${FIELDS} } }`;
const LIST = `query($filter: WarrantyDecisionFilter) { warrantyDecisions(first: 50, filter: $filter) { totalCount edges { node { id decision current } } } }`;
const OF_REQUEST = `query($id: ID!) { serviceRequest(id: $id) { warrantyDecision { id decision } warrantyDecisions { id decision current supersedesId } } }`;

type Decision = { id: string; decision: string; current: boolean; decidedAt: string; supersedesId: string | null; supersededAt: string | null } & Record<string, unknown>;

let app: TestApp;
let acme: GivenOrganisation;
const client = graphqlClient(() => app, 'ACME');
const tables = ['warranty_decisions'];

const repair = (requestId: string, changes: Record<string, unknown> = {}) => ({
  requestId,
  decision: 'REPAIR',
  reason: '压缩机故障，保修期内免费维修',
  decidedById: acme.staffIds['jingli'],
  ...changes,
});

async function decide(input: Record<string, unknown>, org = 'ACME'): Promise<Decision> {
  return (await client.must<{ decideWarranty: Decision }>(DECIDE, { input }, org)).decideWarranty;
}

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME').withOutlet('SH-01').withProduct('KFR-35GW').withStaff('gcs1').withStaff('jingli', 'MANAGER').withStaff('gone', 'MANAGER', false).create(app.database.dataSource);
  await anOrganisation('OTHER').withOutlet('SH-01').withProduct('KFR-35GW').withStaff('jingli', 'MANAGER').create(app.database.dataSource);
});
afterAll(async () => app?.close());

describe('decideWarranty', () => {
  it('takes the coverage from the request’s unit and becomes the request’s current decision', async () => {
    const requestId = await openRequest(client, acme);
    const decision = await decide(repair(requestId));
    expect(decision).toMatchObject({
      decision: 'REPAIR',
      decisionLabel: '修理',
      inWarranty: true,
      coverageLabel: '保内',
      derivedWarrantyStatus: 'IN_WARRANTY',
      warrantyOverridden: false,
      overrideReason: null,
      refundAmount: null,
      decidedBy: { login: 'jingli' },
      current: true,
      supersedesId: null,
    });
    const { serviceRequest } = await client.must<{ serviceRequest: { warrantyDecision: { id: string } } }>(OF_REQUEST, { id: requestId });
    expect(serviceRequest.warrantyDecision).toEqual({ id: decision.id, decision: 'REPAIR' });
  });

  it('supersedes the current decision with a new one and keeps both', async () => {
    const requestId = await openRequest(client, acme);
    const first = await decide(repair(requestId, { decidedAt: hoursAgo(5) }));
    const second = await decide(repair(requestId, { decision: 'REFUND', reason: '同一故障维修三次未修复，按三包规定退货', refundAmount: 3299.5, decidedAt: hoursAgo(1) }));
    expect(second).toMatchObject({ decision: 'REFUND', refundAmount: 3299.5, current: true, supersedesId: first.id });

    const { serviceRequest } = await client.must<{ serviceRequest: { warrantyDecision: { id: string }; warrantyDecisions: Decision[] } }>(OF_REQUEST, { id: requestId });
    expect(serviceRequest.warrantyDecision.id).toBe(second.id);
    expect(serviceRequest.warrantyDecisions).toEqual([
      { id: first.id, decision: 'REPAIR', current: false, supersedesId: null },
      { id: second.id, decision: 'REFUND', current: true, supersedesId: first.id },
    ]);
    const [kept] = await app.database.dataSource.query('SELECT decision, reason, superseded_at FROM warranty_decisions WHERE id = $1', [first.id]);
    expect(kept).toEqual({ decision: 'REPAIR', reason: '压缩机故障，保修期内免费维修', superseded_at: new Date(second.decidedAt) });

    const current = await client.must<{ warrantyDecisions: { edges: { node: { id: string } }[] } }>(LIST, { filter: { requestId, current: true } });
    expect(current.warrantyDecisions.edges.map((edge) => edge.node.id)).toEqual([second.id]);
    const superseded = await client.must<{ warrantyDecisions: { edges: { node: { id: string } }[] } }>(LIST, { filter: { requestId, current: false } });
    expect(superseded.warrantyDecisions.edges.map((edge) => edge.node.id)).toEqual([first.id]);
  });

  it('lets a manager override the coverage with a reason', async () => {
    const requestId = await openRequest(client, acme, { purchaseDate: '2019-01-10' });
    const decision = await decide(repair(requestId, { inWarranty: true, overrideReason: '过保 3 天，按服务承诺延保处理' }));
    expect(decision).toMatchObject({ derivedWarrantyStatus: 'OUT_OF_WARRANTY', inWarranty: true, warrantyOverridden: true, overrideReason: '过保 3 天，按服务承诺延保处理' });
    const overridden = await client.must<{ warrantyDecisions: { totalCount: number } }>('{ warrantyDecisions(filter: { overridden: true }) { totalCount } }');
    expect(overridden.warrantyDecisions.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('serialises two managers deciding at once: one current decision, the other kept as superseded', async () => {
    const requestId = await openRequest(client, acme);
    const results = await Promise.all([client.gql(DECIDE, { input: repair(requestId) }), client.gql(DECIDE, { input: repair(requestId, { decision: 'REPLACE', reason: '更换新机' }) })]);
    expect(results.filter((result) => result.errors)).toEqual([]);
    const rows: { id: string; current: boolean; supersedes_id: string | null }[] = await app.database.dataSource.query(
      'SELECT id, superseded_at IS NULL AS current, supersedes_id FROM warranty_decisions WHERE request_id = $1',
      [requestId],
    );
    const current = rows.filter((row) => row.current);
    const superseded = rows.filter((row) => !row.current);
    expect([current.length, superseded.length]).toEqual([1, 1]);
    expect(current[0]!.supersedes_id).toBe(superseded[0]!.id);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['nothing', { decision: null, reason: null, decidedById: null }, ['decision:required', 'reason:required', 'decidedById:required']],
    ['an override without a reason', { inWarranty: false }, ['overrideReason:required']],
    ['a refund without an amount', { decision: 'REFUND' }, ['refundAmount:required']],
    ['a refund in fractions of a fen', { decision: 'REFUND', refundAmount: 12.345 }, ['refundAmount:tooManyDecimals']],
    ['an amount on a repair', { refundAmount: 100 }, ['refundAmount:onlyForRefund']],
    ['a decision before the report', { decidedAt: hoursAgo(100) }, ['decidedAt:beforeReported']],
    ['an unknown decider', { decidedById: '00000000-0000-4000-8000-000000000000' }, ['decidedById:notFound']],
    ['a decider who left', { decidedById: 'gone' }, ['decidedById:notFound']],
  ])('refuses %s field by field and writes nothing', async (_name, changes, expected) => {
    const requestId = await openRequest(client, acme);
    const input = repair(requestId, changes.decidedById === 'gone' ? { decidedById: acme.staffIds['gone'] } : changes);
    const before = await rowCounts(app, tables);
    expect(fieldErrorsOf(await client.gql(DECIDE, { input }))).toEqual(expected);
    expect(await rowCounts(app, tables)).toEqual(before);
  });

  it('asks for the coverage when the request’s unit is unknown', async () => {
    const requestId = await openRequest(client, acme, { serialNo: null });
    expect(fieldErrorsOf(await client.gql(DECIDE, { input: repair(requestId) }))).toEqual(['inWarranty:required']);
    expect(await decide(repair(requestId, { inWarranty: false }))).toMatchObject({ derivedWarrantyStatus: 'UNKNOWN', inWarranty: false, warrantyOverridden: false });
  });

  it('refuses a decision older than the one it would supersede, and keeps the current one', async () => {
    const requestId = await openRequest(client, acme);
    const current = await decide(repair(requestId, { decidedAt: hoursAgo(2) }));
    expect(fieldErrorsOf(await client.gql(DECIDE, { input: repair(requestId, { decidedAt: hoursAgo(3) }) }))).toEqual(['decidedAt:beforePreviousEvent']);
    const [row] = await app.database.dataSource.query('SELECT id FROM warranty_decisions WHERE request_id = $1 AND superseded_at IS NULL', [requestId]);
    expect(row.id).toBe(current.id);
  });

  it('refuses a closed request: it changes only by amendment', async () => {
    const requestId = await closedRequest(app, acme);
    expect(errorCodeOf(await client.gql(DECIDE, { input: repair(requestId) }))).toBe('INVALID_STATE');
  });
});

describe('isolation between organisations', () => {
  it('never shows or decides on another organisation’s requests', async () => {
    const requestId = await openRequest(client, acme);
    await decide(repair(requestId));
    const before = await rowCounts(app, tables);
    const otherManager = (await app.database.dataSource.query("SELECT s.id FROM staff s JOIN organisations o ON o.id = s.org_id WHERE o.code = 'OTHER'"))[0].id;
    expect(errorCodeOf(await client.gql(DECIDE, { input: repair(requestId, { decidedById: otherManager }) }, 'OTHER'))).toBe('NOT_FOUND');
    expect(await rowCounts(app, tables)).toEqual(before);
    const theirs = await client.must<{ warrantyDecisions: { totalCount: number } }>(LIST, {}, 'OTHER');
    expect(theirs.warrantyDecisions.totalCount).toBe(0);
    // Our request cannot be decided by their manager either.
    expect(fieldErrorsOf(await client.gql(DECIDE, { input: repair(requestId, { decidedById: otherManager }) }))).toEqual(['decidedById:notFound']);
  });
});
