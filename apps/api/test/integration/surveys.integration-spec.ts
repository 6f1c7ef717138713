import { createHash } from 'node:crypto';
import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { closedRequest } from '../support/closed-request';
import { startTestApp, type TestApp } from '../support/test-app';

const CREATE_TEMPLATE = `mutation($input: CreateSurveyTemplateInput!) { createSurveyTemplate(input: $input) {
  id code name version active factors { key labelZh labelEn weight } } }`;
const INVITE = `mutation($input: CreateSurveyInvitationInput!) { createSurveyInvitation(input: $input) {
  token path invitation { id requestId templateId sentAt expiresAt answeredAt state } } }`;
const BY_TOKEN = `query($token: String!) { surveyByToken(token: $token) {
  state message organisationName requestCode expiresAt questions { name factors { key label } overallMin overallMax recommendMin recommendMax commentMaxLength } } }`;
const SUBMIT = `mutation($token: String!, $answers: SurveyAnswersInput!) { submitSurveyResponse(token: $token, answers: $answers) { state message } }`;

/** The automotive after-sales index shape of kpis.md (seed 003). */
const CSI_FACTORS = [
  { key: 'service_initiation', labelZh: '服务启动', labelEn: 'Service initiation', weight: 0.21 },
  { key: 'service_advisor', labelZh: '服务顾问', labelEn: 'Service advisor', weight: 0.19 },
  { key: 'service_quality', labelZh: '服务质量', labelEn: 'Service quality', weight: 0.22 },
  { key: 'facility', labelZh: '服务设施', labelEn: 'Service facility', weight: 0.2 },
  { key: 'vehicle_pickup', labelZh: '车辆交付', labelEn: 'Vehicle pick-up', weight: 0.18 },
];
const GOOD_ANSWERS = {
  overall: 5, recommend: 10, comment: '很满意',
  factorScores: CSI_FACTORS.map((factor, index) => ({ key: factor.key, score: 5 - (index % 2) })),
};

type Created = { createSurveyInvitation: { token: string; path: string; invitation: { id: string; state: string; expiresAt: string; sentAt: string; templateId: string } } };
type Page = { surveyByToken: { state: string; message: string; organisationName: string | null; requestCode: string | null; expiresAt: string | null; questions: { name: string; factors: { key: string; label: string }[] } | null } };

let app: TestApp;
let acme: GivenOrganisation;
let beta: GivenOrganisation;
let csiTemplateId: string;
const asAcme = { 'x-org-code': 'ACME' };
const asBeta = { 'x-org-code': 'BETA' };

async function must<T>(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = asAcme): Promise<T> {
  const result = await app.graphql<T>(query, variables, headers);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

async function invite(requestId: string, extra: Record<string, unknown> = {}): Promise<Created['createSurveyInvitation']> {
  return (await must<Created>(INVITE, { input: { requestId, templateId: csiTemplateId, ...extra } })).createSurveyInvitation;
}

/** Everything the survey tables hold, to prove that an operation wrote nothing. */
async function snapshot(): Promise<unknown> {
  const ds = app.database.dataSource;
  return {
    invitations: await ds.query('SELECT * FROM survey_invitations ORDER BY id'),
    responses: await ds.query('SELECT * FROM survey_responses ORDER BY id'),
    templates: await ds.query('SELECT * FROM survey_templates ORDER BY id'),
  };
}

const fieldCodes = (result: { errors?: { extensions?: { fieldErrors?: { field: string; code: string }[] } }[] }) =>
  result.errors?.[0]?.extensions?.fieldErrors?.map((e) => `${e.field}:${e.code}`);

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME').withOutlet('SH-01').withProduct('KFR-35GW').withStaff('gcs1').create(app.database.dataSource);
  beta = await anOrganisation('BETA').withOutlet('SH-01').withProduct('KFR-35GW').withStaff('gcs1').create(app.database.dataSource);
  const created = await must<{ createSurveyTemplate: { id: string } }>(CREATE_TEMPLATE, { input: { code: 'CSI', name: '售后服务满意度', factors: CSI_FACTORS } });
  csiTemplateId = created.createSurveyTemplate.id;
});
afterAll(async () => app?.close());

describe('survey templates', () => {
  it('stores the weighted factors, and a second template of a code becomes its next version', async () => {
    const first = await must<{ createSurveyTemplate: { id: string; version: number; active: boolean } }>(CREATE_TEMPLATE, { input: { code: 'quick', name: '快速评价' } });
    expect(first.createSurveyTemplate).toMatchObject({ version: 1, active: true });
    const second = await must<{ createSurveyTemplate: { id: string; code: string; version: number; factors: unknown[] } }>(CREATE_TEMPLATE, {
      input: { code: 'QUICK', name: '快速评价 v2', factors: [{ key: 'speed', labelZh: '速度', labelEn: 'Speed', weight: 0.5 }, { key: 'skill', labelZh: '技术', labelEn: 'Skill', weight: 0.5 }] },
    });
    expect(second.createSurveyTemplate).toMatchObject({ code: 'QUICK', version: 2 });

    const active = await must<{ surveyTemplates: { code: string; version: number }[] }>('{ surveyTemplates { code version } }');
    expect(active.surveyTemplates).toEqual([{ code: 'CSI', version: 1 }, { code: 'QUICK', version: 2 }]);
    const all = await must<{ surveyTemplates: { code: string; version: number; active: boolean }[] }>('{ surveyTemplates(includeInactive: true) { code version active } }');
    expect(all.surveyTemplates.filter((t) => t.code === 'QUICK')).toEqual([{ code: 'QUICK', version: 2, active: true }, { code: 'QUICK', version: 1, active: false }]);
    const csi = await must<{ surveyTemplates: { factors: { weight: number }[] }[] }>('{ surveyTemplates { code factors { weight } } }');
    expect(csi.surveyTemplates[0]!.factors.map((f) => f.weight)).toEqual([0.21, 0.19, 0.22, 0.2, 0.18]);
  });

  it.each([
    ['weights that add up to 0.95', { factors: CSI_FACTORS.map((f, i) => (i === 0 ? { ...f, weight: 0.16 } : f)) }, ['factors:weightsMustSumToOne']],
    ['a duplicate factor key', { factors: [{ ...CSI_FACTORS[0], weight: 0.5 }, { ...CSI_FACTORS[0], weight: 0.5 }] }, ['factors.1.key:duplicateKey']],
    ['missing labels and weight', { factors: [{ key: 'speed' }] }, ['factors.0.labelZh:required', 'factors.0.labelEn:required', 'factors.0.weight:required']],
    ['a weight above 1', { factors: [{ key: 'a', labelZh: '甲', labelEn: 'A', weight: 1.5 }] }, ['factors.0.weight:outOfRange']],
    ['no code and no name', { code: null, name: ' ' }, ['code:required', 'name:required']],
  ])('refuses %s field by field and writes nothing', async (_label, overrides, expected) => {
    const before = await snapshot();
    const result = await app.graphql(CREATE_TEMPLATE, { input: { code: 'BAD', name: '错误模板', factors: CSI_FACTORS, ...overrides } }, asAcme);
    expect(fieldCodes(result)).toEqual(expected);
    expect(await snapshot()).toEqual(before);
  });

  it('says what the weights add up to, in the caller’s language', async () => {
    const factors = CSI_FACTORS.map((f, i) => (i === 0 ? { ...f, weight: 0.16 } : f));
    const zh = await app.graphql(CREATE_TEMPLATE, { input: { code: 'BAD', name: 'x', factors } }, asAcme);
    expect(zh.errors?.[0]?.extensions?.fieldErrors?.[0]?.message).toBe('各项权重之和必须为 1（当前为 0.95）');
    const en = await app.graphql(CREATE_TEMPLATE, { input: { code: 'BAD', name: 'x', factors } }, { ...asAcme, 'accept-language': 'en-US' });
    expect(en.errors?.[0]?.extensions?.fieldErrors?.[0]?.message).toBe('The weights must add up to 1 (now 0.95)');
  });
});

describe('survey invitations', () => {
  it('are issued only for closed requests', async () => {
    const open = await closedRequest(app, acme, { stopAt: 'RESOLVED' });
    const before = await snapshot();
    const result = await app.graphql(INVITE, { input: { requestId: open } }, asAcme);
    expect(result.errors?.[0]).toMatchObject({ message: '只有已关闭的工单可以发送满意度调查', extensions: { code: 'INVALID_STATE' } });
    expect(await snapshot()).toEqual(before);
  });

  it('return the token once, store only its SHA-256, and allow one open link per request', async () => {
    const requestId = await closedRequest(app, acme);
    const created = await invite(requestId, { validDays: 7 });
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.path).toBe(`/survey/${created.token}`);
    expect(created.invitation).toMatchObject({ state: 'OPEN', templateId: csiTemplateId });
    expect(Date.parse(created.invitation.expiresAt) - Date.parse(created.invitation.sentAt)).toBe(7 * 24 * 3_600_000);

    const [row] = await app.database.dataSource.query('SELECT * FROM survey_invitations WHERE id = $1', [created.invitation.id]);
    expect(row.token_hash).toBe(createHash('sha256').update(created.token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(created.token);

    const listed = await must<{ serviceRequest: { surveyInvitations: Record<string, unknown>[] } }>('query($id: ID!) { serviceRequest(id: $id) { surveyInvitations { id state } } }', { id: requestId });
    expect(listed.serviceRequest.surveyInvitations).toEqual([{ id: created.invitation.id, state: 'OPEN' }]);

    const before = await snapshot();
    const again = await app.graphql(INVITE, { input: { requestId } }, asAcme);
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);
  });

  it('use the newest active template when none is named', async () => {
    const requestId = await closedRequest(app, acme);
    const created = (await must<Created>(INVITE, { input: { requestId } })).createSurveyInvitation;
    const [newest] = await app.database.dataSource.query(`SELECT id FROM survey_templates WHERE org_id = $1 AND active ORDER BY created_at DESC LIMIT 1`, [acme.organisation.id]);
    expect(created.invitation.templateId).toBe(newest.id);
  });

  it.each([
    ['a validity of 0 days', { validDays: 0 }, ['validDays:outOfRange']],
    ['a validity of 91 days', { validDays: 91 }, ['validDays:outOfRange']],
    ['an unknown template', { templateId: '00000000-0000-4000-8000-000000000000' }, ['templateId:notFound']],
  ])('refuse %s field by field and write nothing', async (_label, overrides, expected) => {
    const requestId = await closedRequest(app, acme);
    const before = await snapshot();
    const result = await app.graphql(INVITE, { input: { requestId, templateId: csiTemplateId, ...overrides } }, asAcme);
    expect(fieldCodes(result)).toEqual(expected);
    expect(await snapshot()).toEqual(before);
  });

  it('refuse a retired template version', async () => {
    const requestId = await closedRequest(app, acme);
    const [retired] = await app.database.dataSource.query(`SELECT id FROM survey_templates WHERE org_id = $1 AND NOT active LIMIT 1`, [acme.organisation.id]);
    const result = await app.graphql(INVITE, { input: { requestId, templateId: retired.id } }, asAcme);
    expect(fieldCodes(result)).toEqual(['templateId:notFound']);
  });
});

describe('the public survey link', () => {
  it('shows the questions without an organisation header, and opening it twice records nothing', async () => {
    const requestId = await closedRequest(app, acme);
    const { token, invitation } = await invite(requestId);
    const before = await snapshot();
    const first = await must<Page>(BY_TOKEN, { token }, {});
    const second = await must<Page>(BY_TOKEN, { token }, {});
    expect(second).toEqual(first);
    expect(await snapshot()).toEqual(before);

    const [request] = await app.database.dataSource.query('SELECT code FROM service_requests WHERE id = $1', [requestId]);
    expect(first.surveyByToken).toEqual({
      state: 'OPEN', message: '感谢您抽出时间评价本次服务。', organisationName: 'ACME 电器有限公司', requestCode: request.code, expiresAt: invitation.expiresAt,
      questions: {
        name: '售后服务满意度', factors: CSI_FACTORS.map((f) => ({ key: f.key, label: f.labelZh })),
        overallMin: 1, overallMax: 5, recommendMin: 0, recommendMax: 10, commentMaxLength: 1000,
      },
    });
    const english = await must<Page>(BY_TOKEN, { token }, { 'accept-language': 'en' });
    expect(english.surveyByToken.questions!.factors[0]).toEqual({ key: 'service_initiation', label: 'Service initiation' });
    expect(JSON.stringify(first)).not.toMatch(/王芳|13800138000/);
  });

  it('accepts the answers once; a second submission is refused clearly and the page says it was used', async () => {
    const requestId = await closedRequest(app, acme);
    const { token, invitation } = await invite(requestId);
    const submitted = await must<{ submitSurveyResponse: { state: string; message: string } }>(SUBMIT, { token, answers: GOOD_ANSWERS }, {});
    expect(submitted.submitSurveyResponse).toEqual({ state: 'ANSWERED', message: '提交成功，感谢您的评价！' });

    const responses = await must<{ serviceRequest: { surveyInvitations: { state: string; answeredAt: string | null }[]; surveyResponses: Record<string, unknown>[] } }>(
      'query($id: ID!) { serviceRequest(id: $id) { surveyInvitations { state answeredAt } surveyResponses { source overall recommend comment factorScores { key score } invitationId templateId returnVisitId } } }', { id: requestId });
    expect(responses.serviceRequest.surveyInvitations).toEqual([{ state: 'ANSWERED', answeredAt: expect.any(String) }]);
    expect(responses.serviceRequest.surveyResponses).toEqual([{
      source: 'SURVEY_LINK', overall: 5, recommend: 10, comment: '很满意', factorScores: GOOD_ANSWERS.factorScores, invitationId: invitation.id, templateId: csiTemplateId, returnVisitId: null,
    }]);

    const before = await snapshot();
    const again = await app.graphql(SUBMIT, { token, answers: GOOD_ANSWERS }, { 'accept-language': 'en' });
    expect(again.errors?.[0]).toMatchObject({ message: 'This survey has already been answered; each link can be used once. Thank you for your feedback!', extensions: { code: 'SURVEY_LINK_ANSWERED' } });
    expect(await snapshot()).toEqual(before);
    const page = await must<Page>(BY_TOKEN, { token }, {});
    expect(page.surveyByToken).toEqual({ state: 'ANSWERED', message: '此调查已提交，每个链接只能提交一次。感谢您的评价！', organisationName: 'ACME 电器有限公司', requestCode: null, expiresAt: null, questions: null });

    const newLink = await app.graphql(INVITE, { input: { requestId } }, asAcme);
    expect(newLink.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('refuses an expired link with a clear message, and a new link can then be sent', async () => {
    const requestId = await closedRequest(app, acme);
    const { token, invitation } = await invite(requestId);
    await app.database.dataSource.query(`UPDATE survey_invitations SET sent_at = now() - interval '15 days', expires_at = now() - interval '1 day' WHERE id = $1`, [invitation.id]);
    const page = await must<Page>(BY_TOKEN, { token }, {});
    expect(page.surveyByToken).toMatchObject({ state: 'EXPIRED', message: '此调查链接已过期，无法再提交。如需反馈，请联系客服热线。', questions: null });

    const before = await snapshot();
    const result = await app.graphql(SUBMIT, { token, answers: GOOD_ANSWERS }, {});
    expect(result.errors?.[0]).toMatchObject({ message: '此调查链接已过期，无法再提交。如需反馈，请联系客服热线。', extensions: { code: 'SURVEY_LINK_EXPIRED' } });
    expect(await snapshot()).toEqual(before);

    const renewed = await invite(requestId);
    expect(renewed.invitation.state).toBe('OPEN');
  });

  it('treats an unknown or malformed token as UNKNOWN and tells nothing else', async () => {
    for (const token of ['A'.repeat(43), 'short', "' OR 1=1 --"]) {
      const page = await must<Page>(BY_TOKEN, { token }, { 'accept-language': 'en' });
      expect(page.surveyByToken).toEqual({ state: 'UNKNOWN', message: 'This survey link is not valid; please check that the link is complete.', organisationName: null, requestCode: null, expiresAt: null, questions: null });
      const result = await app.graphql(SUBMIT, { token, answers: GOOD_ANSWERS }, {});
      expect(result.errors?.[0]).toMatchObject({ message: '调查链接无效，请检查链接是否完整。', extensions: { code: 'SURVEY_LINK_UNKNOWN' } });
    }
  });

  it.each([
    ['no overall rating', { overall: null }, ['overall:required']],
    ['ratings off the scales', { overall: 6, recommend: 11 }, ['overall:outOfRange', 'recommend:outOfRange']],
    ['a missing factor', { factorScores: GOOD_ANSWERS.factorScores.slice(1) }, ['factorScores.service_initiation:required']],
    ['an unknown factor', { factorScores: [...GOOD_ANSWERS.factorScores, { key: 'price', score: 3 }] }, ['factorScores.price:unknownFactor']],
    ['a factor score of 0', { factorScores: GOOD_ANSWERS.factorScores.map((f, i) => (i === 2 ? { ...f, score: 0 } : f)) }, ['factorScores.service_quality:outOfRange']],
    ['a comment of 1,001 characters', { comment: '好'.repeat(1001) }, ['comment:tooLong']],
  ])('refuses answers with %s field by field, writes nothing and keeps the link open', async (_label, overrides, expected) => {
    const { token } = await invite(await closedRequest(app, acme));
    const before = await snapshot();
    const result = await app.graphql(SUBMIT, { token, answers: { ...GOOD_ANSWERS, ...overrides } }, {});
    expect(fieldCodes(result)).toEqual(expected);
    expect(await snapshot()).toEqual(before);
    expect((await must<Page>(BY_TOKEN, { token }, {})).surveyByToken.state).toBe('OPEN');
  });

  it('stores exactly one of two submissions racing on one link', async () => {
    const requestId = await closedRequest(app, acme);
    const { token } = await invite(requestId);
    const results = await Promise.all([4, 2].map((overall) => app.graphql(SUBMIT, { token, answers: { ...GOOD_ANSWERS, overall } }, {})));
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.find((result) => result.errors)?.errors?.[0]?.extensions?.code).toBe('SURVEY_LINK_ANSWERED');
    const [{ n }] = await app.database.dataSource.query('SELECT count(*)::int AS n FROM survey_responses WHERE request_id = $1', [requestId]);
    expect(n).toBe(1);
  });
});

describe('organisation isolation', () => {
  it('keeps templates, requests and invitations within their organisation', async () => {
    const acmeRequest = await closedRequest(app, acme);
    const before = await snapshot();
    const foreignRequest = await app.graphql(INVITE, { input: { requestId: acmeRequest } }, asBeta);
    expect(foreignRequest.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const betaRequest = await closedRequest(app, beta);
    const foreignTemplate = await app.graphql(INVITE, { input: { requestId: betaRequest, templateId: csiTemplateId } }, asBeta);
    expect(fieldCodes(foreignTemplate)).toEqual(['templateId:notFound']);
    const noTemplate = await app.graphql(INVITE, { input: { requestId: betaRequest } }, asBeta);
    expect(fieldCodes(noTemplate)).toEqual(['templateId:required']);
    expect(await snapshot()).toEqual(before);
    expect((await must<{ surveyTemplates: unknown[] }>('{ surveyTemplates(includeInactive: true) { id } }', {}, asBeta)).surveyTemplates).toEqual([]);
  });

  it('lets a BETA link name BETA only', async () => {
    await must(CREATE_TEMPLATE, { input: { code: 'BETA-SAT', name: 'Beta 满意度' } }, asBeta);
    const { token } = (await must<Created>(INVITE, { input: { requestId: await closedRequest(app, beta) } }, asBeta)).createSurveyInvitation;
    const page = await must<Page>(BY_TOKEN, { token }, asAcme);
    expect(page.surveyByToken).toMatchObject({ state: 'OPEN', organisationName: 'BETA 电器有限公司', questions: { name: 'Beta 满意度', factors: [] } });
    await must(SUBMIT, { token, answers: { overall: 3 } }, asAcme);
    const [response] = await app.database.dataSource.query('SELECT org_id, overall FROM survey_responses WHERE invitation_id = (SELECT id FROM survey_invitations WHERE token_hash = $1)', [createHash('sha256').update(token).digest('hex')]);
    expect(response).toEqual({ org_id: beta.organisation.id, overall: 3 });
  });
});
