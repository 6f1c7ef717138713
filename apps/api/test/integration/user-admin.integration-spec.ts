import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { errorCodeOf, fieldErrorsOf } from '../support/graphql-client';
import { startTestApp, type TestApp, type TestSession } from '../support/test-app';

const USERS = '{ users { staffId login name role outletIds active hasLogin lockedUntil failedLogins lastLoginAt passwordChangedAt openSessions version } }';
const GRANT = 'mutation($input: GrantUserLoginInput!) { grantUserLogin(input: $input) { staffId login role outletIds active hasLogin lockedUntil openSessions version } }';
const UNLOCK = 'mutation($staffId: ID!) { unlockUserAccount(staffId: $staffId) { staffId lockedUntil failedLogins } }';
const UPDATE_STAFF = 'mutation($input: UpdateStaffInput!) { updateStaff(input: $input) { id role active version } }';
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken user { role outlets { code } } } }';
const ME = '{ me { login role } }';
const GOOD_PASSWORD = 'Dispatch2026ok';

interface Overview {
  staffId: string;
  login: string;
  role: string;
  outletIds: string[];
  active: boolean;
  hasLogin: boolean;
  lockedUntil: string | null;
  failedLogins: number;
  lastLoginAt: string | null;
  openSessions: number;
  version: number;
}

let app: TestApp;
let acme: GivenOrganisation;
let beta: GivenOrganisation;
let admin: TestSession;

const usersOf = async (session: TestSession): Promise<Overview[]> => {
  const result = await session.graphql<{ users: Overview[] }>(USERS);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.users;
};
const userOf = async (login: string): Promise<Overview> => (await usersOf(admin)).find((user) => user.login === login)!;
const signInAs = (login: string, password: string, org = 'ACME') => app.anonymous<{ login: { accessToken: string; user: { role: string; outlets: { code: string }[] } } }>(LOGIN, { input: { organisation: org, login, password } });

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME')
    .withOutlet('SH-01')
    .withOutlet('BJ-01')
    .withStaff('new.hire', 'TECHNICIAN')
    .withStaff('second.hire', 'TECHNICIAN')
    .withStaff('gone.away', 'TECHNICIAN', false)
    .withStaff('lock.me', 'DISPATCHER')
    .create(app.database.dataSource);
  beta = await anOrganisation('BETA').withOutlet('GZ-01').withStaff('beta.person', 'TECHNICIAN').create(app.database.dataSource);
  admin = await app.signIn('ACME', { login: 'root.admin' });
}, 60_000);
afterAll(() => app?.close());

describe('users (admin overview)', () => {
  it('lists every staff member with role, outlets and sign-in state: no login yet, deactivated, signed in', async () => {
    const users = await usersOf(admin);
    const byLogin = new Map(users.map((user) => [user.login, user]));
    expect(byLogin.get('new.hire')).toMatchObject({ role: 'TECHNICIAN', active: true, hasLogin: false, lastLoginAt: null, openSessions: 0 });
    expect(byLogin.get('gone.away')).toMatchObject({ active: false, hasLogin: false });
    expect(byLogin.get('root.admin')).toMatchObject({ role: 'ADMIN', hasLogin: true, openSessions: 1 });
    expect(byLogin.get('root.admin')!.lastLoginAt).not.toBeNull();
    expect(users.some((user) => user.login === 'beta.person')).toBe(false);
    // Active people first.
    expect(users.findIndex((user) => user.login === 'gone.away')).toBe(users.length - 1);
  });
});

describe('grantUserLogin', () => {
  it('gives a staff member a login with a role and one outlet in one step; they sign in with that role and scope', async () => {
    const before = await userOf('new.hire');
    const result = await admin.graphql<{ grantUserLogin: Overview }>(GRANT, {
      input: { staffId: before.staffId, expectedVersion: before.version, role: 'DISPATCHER', outletIds: [acme.outletIds['SH-01']], password: GOOD_PASSWORD },
    });
    expect(result.errors).toBeUndefined();
    expect(result.data!.grantUserLogin).toMatchObject({ role: 'DISPATCHER', outletIds: [acme.outletIds['SH-01']], hasLogin: true, active: true, version: before.version + 1 });
    const signedIn = await signInAs('new.hire', GOOD_PASSWORD);
    expect(signedIn.data!.login.user).toEqual({ role: 'DISPATCHER', outlets: [{ code: 'SH-01' }] });
    const audited: { entity: string; operation: string }[] = await app.database.dataSource.query(
      `SELECT entity, operation FROM audit_log WHERE entity IN ('user_accounts', 'staff') AND entity_id LIKE '%' || $1 || '%' OR after->>'staff_id' = $1`,
      [before.staffId],
    );
    expect(audited.map((entry) => entry.entity)).toEqual(expect.arrayContaining(['staff', 'user_accounts']));
    expect(audited.some((entry) => entry.operation === 'graphql grantUserLogin')).toBe(true);
  });

  it('refuses a weak password, a missing outlet for a dispatcher and an unknown outlet field by field, in the caller’s language, and changes nothing', async () => {
    const before = await userOf('second.hire');
    const result = await admin.graphql(
      GRANT,
      { input: { staffId: before.staffId, expectedVersion: before.version, role: 'DISPATCHER', outletIds: [], password: 'short' } },
      { 'accept-language': 'en' },
    );
    expect(fieldErrorsOf(result)).toEqual(['outletIds:outletRequiredForRole', 'password:passwordTooShort', 'password:passwordTooWeak']);
    expect(result.errors![0]!.extensions!.fieldErrors![0]!.message).toBe('Dispatchers and technicians need at least one outlet');
    const zh = await admin.graphql(GRANT, {
      input: { staffId: before.staffId, expectedVersion: before.version, role: 'TECHNICIAN', outletIds: [beta.outletIds['GZ-01']], password: 'second.hire-2026' },
    });
    expect(fieldErrorsOf(zh)).toEqual(['outletIds.0:notFound', 'password:passwordContainsLogin']);
    expect(zh.errors![0]!.extensions!.fieldErrors![1]!.message).toBe('密码不能包含登录名');
    const missing = await admin.graphql(GRANT, { input: { staffId: null, expectedVersion: null, role: null, outletIds: null, password: null } });
    expect(fieldErrorsOf(missing)).toEqual(['staffId:required', 'role:required', 'password:required']);
    expect(await userOf('second.hire')).toEqual(before);
  });

  it('refuses a deactivated staff member and a stale version', async () => {
    const gone = await userOf('gone.away');
    const refused = await admin.graphql(GRANT, { input: { staffId: gone.staffId, expectedVersion: gone.version, role: 'TECHNICIAN', outletIds: [acme.outletIds['SH-01']], password: GOOD_PASSWORD } });
    expect(fieldErrorsOf(refused)).toEqual(['staffId:staffInactive']);
    const person = await userOf('second.hire');
    const stale = await admin.graphql(GRANT, { input: { staffId: person.staffId, expectedVersion: person.version - 1, role: 'MANAGER', outletIds: [], password: GOOD_PASSWORD } });
    expect(errorCodeOf(stale)).toBe('CONFLICT');
  });

  it('setUserPassword no longer brings a deactivated staff member back', async () => {
    const gone = await userOf('gone.away');
    const result = await admin.graphql('mutation($input: SetUserPasswordInput!) { setUserPassword(input: $input) { login } }', { input: { staffId: gone.staffId, password: GOOD_PASSWORD } });
    expect(fieldErrorsOf(result)).toEqual(['staffId:staffInactive']);
    expect(await userOf('gone.away')).toMatchObject({ active: false, hasLogin: false });
  });

  it('cannot touch a staff member of another organisation', async () => {
    const result = await admin.graphql(GRANT, { input: { staffId: beta.staffIds['beta.person'], expectedVersion: 1, role: 'MANAGER', outletIds: [], password: GOOD_PASSWORD } });
    expect(errorCodeOf(result)).toBe('NOT_FOUND');
    const [row] = await app.database.dataSource.query('SELECT count(*)::int AS n FROM user_accounts WHERE staff_id = $1', [beta.staffIds['beta.person']]);
    expect(row.n).toBe(0);
  });

  it('resetting someone’s password ends their sessions; an admin resetting their own keeps the session in use but not their ADMIN role', async () => {
    const user = await app.signIn('ACME', { role: 'MANAGER', login: 'reset.me' });
    expect(errorCodeOf(await user.graphql(ME))).toBeUndefined();
    const overview = await userOf('reset.me');
    const reset = await admin.graphql(GRANT, { input: { staffId: overview.staffId, expectedVersion: overview.version, role: 'MANAGER', outletIds: [], password: GOOD_PASSWORD } });
    expect(reset.errors).toBeUndefined();
    expect(errorCodeOf(await user.graphql(ME))).toBe('UNAUTHENTICATED');

    const self = await userOf('root.admin');
    const demote = await admin.graphql(GRANT, { input: { staffId: self.staffId, expectedVersion: self.version, role: 'MANAGER', outletIds: [], password: GOOD_PASSWORD } }, { 'accept-language': 'en' });
    expect(fieldErrorsOf(demote)).toEqual(['role:ownAdminRole']);
    expect(demote.errors![0]!.extensions!.fieldErrors![0]!.message).toMatch(/own administrator role/);
    const own = await admin.graphql(GRANT, { input: { staffId: self.staffId, expectedVersion: self.version, role: 'ADMIN', outletIds: [], password: 'Root-admin-2026' } });
    expect(own.errors).toBeUndefined();
    expect(errorCodeOf(await admin.graphql(ME))).toBeUndefined();
    admin = { ...admin, password: 'Root-admin-2026' };
  });
});

describe('unlockUserAccount', () => {
  it('ends a lockout now, so the right password works again', async () => {
    const user = await app.signIn('ACME', { role: 'DISPATCHER', login: 'lock.me', outlets: ['SH-01'] });
    for (let attempt = 1; attempt <= 5; attempt++) await signInAs('lock.me', `wrong-guess-${attempt}`);
    expect(errorCodeOf(await signInAs('lock.me', user.password))).toBe('ACCOUNT_LOCKED');
    expect(Date.parse((await userOf('lock.me')).lockedUntil!)).toBeGreaterThan(Date.now());
    const unlocked = await admin.graphql<{ unlockUserAccount: Overview }>(UNLOCK, { staffId: user.staffId });
    expect(unlocked.data!.unlockUserAccount).toMatchObject({ lockedUntil: null, failedLogins: 0 });
    expect(errorCodeOf(await signInAs('lock.me', user.password))).toBeUndefined();
  });

  it('answers NOT_FOUND for someone without a login and for another organisation’s staff', async () => {
    const gone = await userOf('gone.away');
    expect(errorCodeOf(await admin.graphql(UNLOCK, { staffId: gone.staffId }))).toBe('NOT_FOUND');
    expect(errorCodeOf(await admin.graphql(UNLOCK, { staffId: beta.staffIds['beta.person'] }))).toBe('NOT_FOUND');
    expect(errorCodeOf(await admin.graphql(UNLOCK, { staffId: 'not-a-uuid' }))).toBe('NOT_FOUND');
  });
});

describe('updateStaff: self-protection and deactivation', () => {
  it('an administrator cannot remove their own ADMIN role or deactivate themselves', async () => {
    const self = await userOf('root.admin');
    const result = await admin.graphql(UPDATE_STAFF, { input: { id: self.staffId, expectedVersion: self.version, role: 'AUDITOR', active: false } });
    expect(fieldErrorsOf(result)).toEqual(['role:ownAdminRole', 'active:selfDeactivation']);
    expect(result.errors![0]!.extensions!.fieldErrors![1]!.message).toBe('不能停用自己的账户，请让另一位管理员操作');
    expect(await userOf('root.admin')).toMatchObject({ role: 'ADMIN', active: true, version: self.version });
  });

  it('another administrator can change them; deactivating someone ends their sessions and sign-in', async () => {
    const other = await app.signIn('ACME', { login: 'other.admin' });
    const target = await userOf('other.admin');
    const demoted = await admin.graphql(UPDATE_STAFF, { input: { id: target.staffId, expectedVersion: target.version, role: 'AUDITOR' } });
    expect(demoted.errors).toBeUndefined();
    expect((await other.graphql<{ me: { role: string } }>(ME)).data!.me.role).toBe('AUDITOR');
    const current = await userOf('other.admin');
    const off = await admin.graphql(UPDATE_STAFF, { input: { id: current.staffId, expectedVersion: current.version, active: false } });
    expect(off.errors).toBeUndefined();
    expect(errorCodeOf(await other.graphql(ME))).toBe('UNAUTHENTICATED');
    expect((await userOf('other.admin')).openSessions).toBe(0);
    expect(errorCodeOf(await signInAs('other.admin', other.password))).toBe('INVALID_CREDENTIALS');
    const back = await userOf('other.admin');
    await admin.graphql(UPDATE_STAFF, { input: { id: back.staffId, expectedVersion: back.version, active: true } });
    expect(errorCodeOf(await signInAs('other.admin', other.password))).toBeUndefined();
  });
});

describe('access', () => {
  it('only administrators see users and grant or unlock logins', async () => {
    const manager = await app.signIn('ACME', { role: 'MANAGER', login: 'just.manager' });
    expect(errorCodeOf(await manager.graphql(USERS))).toBe('FORBIDDEN');
    expect(errorCodeOf(await manager.graphql(UNLOCK, { staffId: manager.staffId }))).toBe('FORBIDDEN');
  });
});
