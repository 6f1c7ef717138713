import { DEMO_PASSWORD, DEMO_USERS, demoLogins, seedDemo } from '@stardesk/database';
import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { aPng } from '../../../../tools/testing/image.factory';
import { errorCodeOf, fieldErrorsOf, graphqlClient } from '../support/graphql-client';
import { openRequest } from '../support/open-request';
import { uploadFile } from '../support/upload';
import { startTestApp, type TestApp, type TestSession } from '../support/test-app';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken accessTokenExpiresAt user { login name role organisation { code } outlets { code } } } }';
const REFRESH = 'mutation { refreshSession { accessToken } }';
const LOGOUT = 'mutation { logout }';
const ME = '{ me { login role organisation { code } } }';
const REQUESTS = '{ serviceRequests(first: 50) { totalCount edges { node { id outlet { code } customer { phone } } } } }';

let app: TestApp;
let acme: GivenOrganisation;
const client = graphqlClient(() => app, 'ACME');

async function post(query: string, headers: Record<string, string>, variables: Record<string, unknown> = {}): Promise<{ body: { data?: Record<string, { accessToken?: string }> | null; errors?: { extensions?: { code?: string } }[] }; cookie: string | null }> {
  const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const setCookie = response.headers.getSetCookie().find((value) => value.startsWith('stardesk_refresh='));
  return { body: (await response.json()) as never, cookie: setCookie ?? null };
}

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME').withOutlet('SH-01').withOutlet('BJ-01').withProduct('KFR-35GW').create(app.database.dataSource);
  await anOrganisation('BETA').withOutlet('GZ-01').withProduct('KFR-35GW').create(app.database.dataSource);
}, 60_000);
afterAll(() => app?.close());

describe('sign-in', () => {
  it('signs in with organisation, login and password: a short-lived access token and an httpOnly, SameSite=Strict refresh cookie', async () => {
    const session = await app.signIn('ACME', { role: 'DISPATCHER', outlets: ['SH-01'], login: 'li.na' });
    const { body, cookie } = await post(LOGIN, {}, { input: { organisation: 'acme', login: 'LI.NA', password: session.password } });
    const login = (body.data as unknown as { login: { accessTokenExpiresAt: string; user: unknown } }).login;
    expect(login.user).toEqual({ login: 'li.na', name: '测试DISPATCHER', role: 'DISPATCHER', organisation: { code: 'ACME' }, outlets: [{ code: 'SH-01' }] });
    const minutes = (Date.parse(login.accessTokenExpiresAt) - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/graphql/);
    const [hash] = await app.database.dataSource.query(`SELECT password_hash FROM user_accounts a JOIN staff s ON s.id = a.staff_id WHERE s.login = 'li.na'`);
    expect(hash.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,p=1,t=2\$/);
  });

  it('reports missing fields field by field, in the caller’s language', async () => {
    const result = await app.anonymous(LOGIN, { input: { organisation: 'ACME', login: '', password: null } }, { 'accept-language': 'en' });
    expect(fieldErrorsOf(result)).toEqual(['login:required', 'password:required']);
    expect(result.errors![0]!.extensions!.fieldErrors![0]!.message).toBe('This field is required');
  });

  it('answers the same for an unknown organisation, an unknown login and a wrong password', async () => {
    const session = await app.signIn('ACME', { role: 'MANAGER', login: 'wang.jl' });
    for (const input of [
      { organisation: 'NOPE', login: 'wang.jl', password: session.password },
      { organisation: 'ACME', login: 'nobody', password: session.password },
      { organisation: 'BETA', login: 'wang.jl', password: session.password },
      { organisation: 'ACME', login: 'wang.jl', password: 'wrong-password-1' },
    ]) {
      const result = await app.anonymous(LOGIN, { input });
      expect(errorCodeOf(result)).toBe('INVALID_CREDENTIALS');
    }
  });

  it('refuses a password that breaks the policy, with field errors (zh-CN and en)', async () => {
    const admin = await app.signIn('ACME');
    const staff = await app.signIn('ACME', { role: 'TECHNICIAN', login: 'zhao.gong', outlets: ['SH-01'] });
    const zh = await admin.graphql('mutation($input: SetUserPasswordInput!) { setUserPassword(input: $input) { login } }', { input: { staffId: staff.staffId, password: 'zhao.gong' } });
    expect(fieldErrorsOf(zh)).toEqual(['password:passwordTooShort', 'password:passwordTooWeak', 'password:passwordContainsLogin']);
    expect(zh.errors![0]!.extensions!.fieldErrors![0]!.message).toBe('密码至少 10 个字符');
    const en = await admin.graphql('mutation($input: SetUserPasswordInput!) { setUserPassword(input: $input) { login } }', { input: { staffId: staff.staffId, password: 'short1' } }, { 'accept-language': 'en' });
    expect(en.errors![0]!.extensions!.fieldErrors![0]!.message).toBe('The password needs at least 10 characters');
  });

  it('locks the account after five failures in a row, with a clear message, even for the right password', async () => {
    const victim = await app.signIn('ACME', { role: 'DISPATCHER', login: 'target', outlets: ['SH-01'] });
    const attempt = (password: string, language = 'zh-CN') => app.anonymous(LOGIN, { input: { organisation: 'ACME', login: 'target', password } }, { 'accept-language': language });
    for (let index = 1; index <= 4; index++) expect(errorCodeOf(await attempt(`guess-number-${index}`))).toBe('INVALID_CREDENTIALS');
    const fifth = await attempt('guess-number-5', 'en');
    expect(errorCodeOf(fifth)).toBe('ACCOUNT_LOCKED');
    expect(fifth.errors![0]!.message).toMatch(/locked; try again in 15 minutes/);
    const right = await attempt(victim.password);
    expect(errorCodeOf(right)).toBe('ACCOUNT_LOCKED');
    expect(right.errors![0]!.message).toMatch(/账户已锁定/);
    // the sessions that were open stay open; an administrator's new password lifts the lock
    expect(errorCodeOf(await victim.graphql(ME))).toBeUndefined();
    const unlocked = await app.signIn('ACME', { role: 'DISPATCHER', login: 'target', outlets: ['SH-01'] });
    expect(errorCodeOf(await unlocked.graphql(ME))).toBeUndefined();
  });

  it('counts concurrent guesses: twenty at once still lock the account', async () => {
    await app.signIn('ACME', { role: 'DISPATCHER', login: 'burst', outlets: ['SH-01'] });
    const results = await Promise.all(Array.from({ length: 20 }, (_, index) => app.anonymous(LOGIN, { input: { organisation: 'ACME', login: 'burst', password: `guess-${index}-x1` } })));
    expect(results.filter((result) => errorCodeOf(result) === 'INVALID_CREDENTIALS')).toHaveLength(4);
    const [row] = await app.database.dataSource.query(`SELECT locked_until > now() AS locked FROM user_accounts a JOIN staff s ON s.id = a.staff_id WHERE s.login = 'burst'`);
    expect(row.locked).toBe(true);
  });
});

describe('sessions', () => {
  let session: TestSession;
  beforeAll(async () => {
    session = await app.signIn('ACME', { role: 'MANAGER', login: 'rotating' });
  });

  it('rotates the refresh token; a replayed one revokes the whole session, access token included', async () => {
    const first = await post(REFRESH, { cookie: session.refreshCookie });
    expect(first.body.errors).toBeUndefined();
    const secondCookie = first.cookie!.split(';')[0]!;
    expect(secondCookie).not.toBe(session.refreshCookie);
    const accessToken = first.body.data!['refreshSession']!.accessToken!;
    expect(errorCodeOf(await app.anonymous(ME, {}, { authorization: `Bearer ${accessToken}` }))).toBeUndefined();

    const replay = await post(REFRESH, { cookie: session.refreshCookie });
    expect(replay.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(replay.cookie).toMatch(/stardesk_refresh=;/);
    // the thief's replay also ended the rightful holder's session
    expect((await post(REFRESH, { cookie: secondCookie })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(errorCodeOf(await app.anonymous(ME, {}, { authorization: `Bearer ${accessToken}` }))).toBe('UNAUTHENTICATED');
    expect(errorCodeOf(await session.graphql(ME))).toBe('UNAUTHENTICATED');
    const [row] = await app.database.dataSource.query(`SELECT revoked_reason FROM auth_sessions s JOIN user_accounts a ON a.id = s.account_id JOIN staff st ON st.id = a.staff_id WHERE st.login = 'rotating' ORDER BY s.created_at DESC LIMIT 1`);
    expect(row.revoked_reason).toBe('REPLAY');
  });

  it('signs out: the refresh cookie and the access token stop working at once', async () => {
    const user = await app.signIn('ACME', { role: 'AUDITOR', login: 'leaving' });
    const out = await post(LOGOUT, { cookie: user.refreshCookie, ...user.headers });
    expect(out.body.errors).toBeUndefined();
    expect(out.cookie).toMatch(/stardesk_refresh=;/);
    expect(errorCodeOf(await user.graphql(ME))).toBe('UNAUTHENTICATED');
    expect((await post(REFRESH, { cookie: user.refreshCookie })).body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets an administrator end every session of a user, and a deactivated staff member is out at once', async () => {
    const admin = await app.signIn('ACME');
    const user = await app.signIn('ACME', { role: 'TECHNICIAN', login: 'lost.phone', outlets: ['SH-01'] });
    const revoked = await admin.graphql<{ revokeUserSessions: number }>('mutation($id: ID!) { revokeUserSessions(staffId: $id) }', { id: user.staffId });
    expect(revoked.data!.revokeUserSessions).toBe(1);
    expect(errorCodeOf(await user.graphql(ME))).toBe('UNAUTHENTICATED');

    const other = await app.signIn('ACME', { role: 'TECHNICIAN', login: 'quitting', outlets: ['SH-01'] });
    await app.database.dataSource.query(`UPDATE staff SET active = false WHERE id = $1`, [other.staffId]);
    expect(errorCodeOf(await other.graphql(ME))).toBe('UNAUTHENTICATED');
    expect(errorCodeOf((await app.login('ACME', 'quitting', other.password)).body)).toBe('INVALID_CREDENTIALS');
  });

  it('refuses forged and tampered tokens', async () => {
    const user = await app.signIn('ACME', { role: 'AUDITOR', login: 'curious' });
    const [header, payload, signature] = user.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    const promoted = Buffer.from(JSON.stringify({ ...claims, role: 'ADMIN' })).toString('base64url');
    for (const token of [`${header}.${promoted}.${signature}`, `${header}.${payload}.${'A'.repeat(signature!.length)}`, 'nonsense', '']) {
      expect(errorCodeOf(await app.anonymous(ME, {}, { authorization: `Bearer ${token}` }))).toBe('UNAUTHENTICATED');
    }
  });

  it('takes the organisation from the user: an X-Org-Code of another organisation is refused', async () => {
    const user = await app.signIn('ACME', { role: 'MANAGER', login: 'header.check' });
    expect(errorCodeOf(await user.graphql(ME, {}, { 'x-org-code': 'BETA' }))).toBe('FORBIDDEN');
    expect((await user.graphql<{ me: { organisation: { code: string } } }>(ME, {}, { 'x-org-code': 'acme' })).data!.me.organisation.code).toBe('ACME');
    expect((await user.graphql<{ organisations: { code: string }[] }>('{ organisations { code } }')).data!.organisations).toEqual([{ code: 'ACME' }]);
  });
});

describe('outlet scope: dispatchers and technicians see only their outlets’ records', () => {
  let shRequest: string;
  let bjRequest: string;
  let dispatcher: TestSession;
  let technician: TestSession;
  let manager: TestSession;

  beforeAll(async () => {
    shRequest = await openRequest(client, acme, { outlet: 'SH-01' });
    bjRequest = await openRequest(client, acme, { outlet: 'BJ-01' });
    dispatcher = await app.signIn('ACME', { role: 'DISPATCHER', outlets: ['SH-01'], login: 'sh.dispatcher' });
    technician = await app.signIn('ACME', { role: 'TECHNICIAN', outlets: ['SH-01'], login: 'sh.technician' });
    manager = await app.signIn('ACME', { role: 'MANAGER', login: 'all.manager' });
  });

  const idsOf = async (session: TestSession, query = REQUESTS, variables: Record<string, unknown> = {}): Promise<string[]> => {
    const result = await session.graphql<{ serviceRequests: { edges: { node: { id: string } }[] } }>(query, variables);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data!.serviceRequests.edges.map((edge) => edge.node.id);
  };

  it('lists only their outlets’ requests, even when they ask for another outlet', async () => {
    for (const session of [dispatcher, technician]) {
      const ids = await idsOf(session);
      expect(ids).toContain(shRequest);
      expect(ids).not.toContain(bjRequest);
      const asked = await idsOf(session, 'query($f: ServiceRequestFilter) { serviceRequests(first: 50, filter: $f) { edges { node { id } } } }', { f: { outletIds: [acme.outletIds['BJ-01']] } });
      expect(asked).toEqual([]);
    }
    expect(await idsOf(manager)).toEqual(expect.arrayContaining([shRequest, bjRequest]));
    const stats = await dispatcher.graphql<{ serviceRequestStats: { total: number } }>('{ serviceRequestStats { total } }');
    expect(stats.data?.serviceRequestStats.total ?? stats.errors).toBe(1);
  });

  it('reads another outlet’s request as if it did not exist', async () => {
    const read = (session: TestSession, id: string) => session.graphql<{ serviceRequest: { id: string } | null }>('query($id: ID!) { serviceRequest(id: $id) { id } }', { id });
    expect((await read(dispatcher, bjRequest)).data!.serviceRequest).toBeNull();
    expect((await read(dispatcher, shRequest)).data!.serviceRequest).toEqual({ id: shRequest });
    expect((await read(manager, bjRequest)).data!.serviceRequest).toEqual({ id: bjRequest });
  });

  it('cannot change another outlet’s request (NOT_FOUND, nothing written), nor open one there', async () => {
    const before = await app.database.dataSource.query('SELECT status, version FROM service_requests WHERE id = $1', [bjRequest]);
    const ack = await dispatcher.graphql('mutation($input: TransitionServiceRequestInput!) { acknowledgeServiceRequest(input: $input) { id } }', { input: { id: bjRequest } });
    expect(errorCodeOf(ack)).toBe('NOT_FOUND');
    const visit = await technician.graphql('mutation($input: RecordVisitInput!) { recordVisit(input: $input) { id } }', { input: { requestId: bjRequest, arrivedAt: new Date().toISOString(), outcome: 'FIXED' } });
    expect(['NOT_FOUND', 'BAD_USER_INPUT']).toContain(errorCodeOf(visit));
    expect(await app.database.dataSource.query('SELECT status, version FROM service_requests WHERE id = $1', [bjRequest])).toEqual(before);
    const created = await dispatcher.graphql('mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { id } }', {
      input: { type: 'REPAIR', channel: 'HOTLINE', outletId: acme.outletIds['BJ-01'], productId: acme.productIds['KFR-35GW'], customerName: '李雷', customerPhone: '13600002222', faultDescription: '漏水', reportedAt: new Date(Date.now() - 3_600_000).toISOString() },
    });
    expect(fieldErrorsOf(created)).toContain('outletId:notFound');
    const own = await dispatcher.graphql('mutation($input: TransitionServiceRequestInput!) { acknowledgeServiceRequest(input: $input) { status } }', { input: { id: shRequest } });
    expect(own.errors).toBeUndefined();
  });

  it('sees no attachment of another outlet’s request, in lists or by download', async () => {
    const upload = await uploadFile(app, { 'x-org-code': 'ACME' }, { ownerType: 'SERVICE_REQUEST', ownerId: bjRequest, purpose: 'FAULT_PHOTO' }, { name: 'fault.png', bytes: aPng() });
    expect(upload.status).toBe(201);
    const list = (session: TestSession) => session.graphql<{ attachments: { id: string }[] }>('query($id: ID!) { attachments(ownerType: SERVICE_REQUEST, ownerId: $id) { id } }', { id: bjRequest });
    expect((await list(dispatcher)).data!.attachments).toEqual([]);
    expect((await list(manager)).data!.attachments).toHaveLength(1);
    const url = `${app.url}/api/attachments/${(upload.body as { id: string }).id}`;
    expect((await fetch(url, { headers: dispatcher.headers })).status).toBe(404);
    expect((await fetch(url, { headers: manager.headers })).status).toBe(200);
  });

  it('gets no service sheet of another outlet (REST)', async () => {
    const sheet = (session: TestSession, id: string) => fetch(`${app.url}/api/service-requests/${id}/sheet.pdf`, { headers: session.headers });
    expect((await sheet(dispatcher, bjRequest)).status).toBe(404);
    expect((await sheet(manager, bjRequest)).status).toBe(200);
    expect((await fetch(`${app.url}/api/service-requests/${bjRequest}/sheet.pdf`)).status).toBe(401);
  });
});

describe('personal information (PIPL)', () => {
  let requestId: string;
  beforeAll(async () => {
    requestId = await openRequest(client, acme, { outlet: 'SH-01' });
  });

  const phoneAs = async (session: TestSession): Promise<{ phone: string; id: string }> => {
    const result = await session.graphql<{ serviceRequest: { customer: { id: string; phone: string } } }>('query($id: ID!) { serviceRequest(id: $id) { customer { id phone } } }', { id: requestId });
    return result.data!.serviceRequest.customer;
  };

  it('shows the phone whole to dispatchers, technicians and administrators, masked to managers and auditors', async () => {
    expect((await phoneAs(await app.signIn('ACME', { role: 'DISPATCHER', outlets: ['SH-01'] }))).phone).toBe('13600001111');
    expect((await phoneAs(await app.signIn('ACME', { role: 'TECHNICIAN', outlets: ['SH-01'] }))).phone).toBe('13600001111');
    expect((await phoneAs(await app.signIn('ACME'))).phone).toBe('13600001111');
    for (const role of ['MANAGER', 'AUDITOR'] as const) expect((await phoneAs(await app.signIn('ACME', { role }))).phone).toBe('136****1111');
    const customers = await (await app.signIn('ACME', { role: 'AUDITOR' })).graphql<{ customers: { edges: { node: { phone: string } }[] } }>('{ customers(first: 50) { edges { node { phone } } } }');
    expect(customers.data!.customers.edges.every((edge) => edge.node.phone.includes('****'))).toBe(true);
  });

  it('reveals it on request to a manager and logs who, what and when; admins read the log; auditors may not reveal', async () => {
    const manager = await app.signIn('ACME', { role: 'MANAGER', login: 'revealer' });
    const { id } = await phoneAs(manager);
    const revealed = await manager.graphql<{ revealCustomerContact: { phone: string } }>('mutation($id: ID!, $reason: String) { revealCustomerContact(customerId: $id, reason: $reason) { phone } }', { id, reason: '客户投诉回电' });
    expect(revealed.data!.revealCustomerContact.phone).toBe('13600001111');
    const auditor = await app.signIn('ACME', { role: 'AUDITOR' });
    expect(errorCodeOf(await auditor.graphql('mutation($id: ID!) { revealCustomerContact(customerId: $id) { phone } }', { id }))).toBe('FORBIDDEN');
    const log = await (await app.signIn('ACME')).graphql<{ contactReveals: { staffLogin: string; customerId: string; fields: string[]; reason: string; revealedAt: string }[] }>(
      '{ contactReveals { staffLogin customerId fields reason revealedAt } }',
    );
    expect(log.data!.contactReveals).toEqual([{ staffLogin: 'revealer', customerId: id, fields: ['phone'], reason: '客户投诉回电', revealedAt: expect.any(String) }]);
    const beta = await app.signIn('BETA', { role: 'MANAGER' });
    expect(errorCodeOf(await beta.graphql('mutation($id: ID!) { revealCustomerContact(customerId: $id) { phone } }', { id }))).toBe('NOT_FOUND');
    expect((await (await app.signIn('BETA')).graphql<{ contactReveals: unknown[] }>('{ contactReveals { id } }')).data!.contactReveals).toEqual([]);
  });
});

describe('demo organisation', () => {
  it('has one user per role, who sign in with the demo password (listed for the start-up banner)', async () => {
    await seedDemo(app.database.dataSource, { requests: 150 });
    expect(await demoLogins(app.database.dataSource)).toEqual(DEMO_USERS.map(({ login, role }) => ({ login, role })));
    for (const user of DEMO_USERS) {
      const { body } = await app.login('DEMO', user.login, DEMO_PASSWORD);
      const token = body.data!.login.accessToken;
      const me = await app.anonymous<{ me: { role: string } }>('{ me { role } }', {}, { authorization: `Bearer ${token}` });
      expect(me.data!.me.role).toBe(user.role);
    }
  }, 60_000);
});
