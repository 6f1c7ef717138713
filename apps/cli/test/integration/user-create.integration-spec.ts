import { anOrganisation } from '../../../../tools/testing/organisation.factory';
import { runCli } from '../../../../tools/testing/cli-process';
import { startTestApp, type TestApp } from '../../../api/test/support/test-app';

let app: TestApp;
let env: Record<string, string>;

beforeAll(async () => {
  app = await startTestApp();
  env = { DATABASE_URL: app.database.url, STARDESK_LOCALE: 'en' };
  await anOrganisation('ACME').withOutlet('SH-01').withOutlet('BJ-01').create(app.database.dataSource);
}, 60_000);
afterAll(() => app?.close());

describe('stardesk user create', () => {
  it('creates the first administrator with --admin; the user signs in with that password', async () => {
    const result = await runCli(['user', 'create', '--org', 'acme', '--login', 'boss', '--admin', '--password-stdin'], env, 'first-admin-2026\n');
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('Created user boss of ACME: ADMIN');
    expect(result.code).toBe(0);
    const login = await app.login('ACME', 'boss', 'first-admin-2026');
    expect(login.body.errors).toBeUndefined();
  });

  it('creates a dispatcher of outlets, and resets a password (ending the sessions)', async () => {
    const created = await runCli(['user', 'create', '--org', 'ACME', '--login', 'li.na', '--role', 'dispatcher', '--outlet', 'SH-01', 'BJ-01', '--password-stdin'], env, 'dispatch-2026-a');
    expect(created.stdout.trim()).toBe('Created user li.na of ACME: DISPATCHER for BJ-01, SH-01');
    const before = await app.login('ACME', 'li.na', 'dispatch-2026-a');
    const token = before.body.data!.login.accessToken;
    const reset = await runCli(['user', 'create', '--org', 'ACME', '--login', 'li.na', '--role', 'DISPATCHER', '--password-stdin'], env, 'dispatch-2026-b');
    expect(reset.stdout.trim()).toBe('Updated user li.na of ACME: DISPATCHER for BJ-01, SH-01');
    expect((await app.anonymous('{ me { login } }', {}, { authorization: `Bearer ${token}` })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await app.login('ACME', 'li.na', 'dispatch-2026-a')).body.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    expect((await app.login('ACME', 'li.na', 'dispatch-2026-b')).body.errors).toBeUndefined();
  });

  it('refuses a weak password and unknown outlets with field errors naming the flags', async () => {
    const result = await runCli(['user', 'create', '--org', 'ACME', '--login', 'weak', '--role', 'TECHNICIAN', '--outlet', 'NOPE', '--password-stdin'], env, 'weak');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--password-stdin: The password needs at least 10 characters');
    expect(result.stderr).toContain('--outlet: The selected record does not exist');
    const [row] = await app.database.dataSource.query(`SELECT count(*)::int AS n FROM staff WHERE login = 'weak'`);
    expect(row.n).toBe(0);
  });
});
