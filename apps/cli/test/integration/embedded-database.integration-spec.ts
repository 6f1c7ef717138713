import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApiProcess } from '../../../../tools/testing/api-process';
import { runCli } from '../../../../tools/testing/cli-process';
import { freePort } from '../../../../tools/testing/free-port';

/**
 * The embedded default end to end, with real processes: the CLI and the API share one PostgreSQL per
 * data directory, data survives restarts, and configuration problems stop start-up with clear messages.
 */
describe('embedded PostgreSQL shared by the CLI and the API', () => {
  let dataDir: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'stardesk-embedded-'));
    env = { STARDESK_DATA_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()), STARDESK_LOCALE: 'en' };
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('initialises the cluster and migrates on first use', async () => {
    const result = await runCli(['db', 'migrate'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`embedded PostgreSQL on 127.0.0.1:${env['EMBEDDED_PG_PORT']}`);
    expect(result.stdout).toMatch(/Applied: Initial\d+/);
  });

  it('keeps data across restarts of the embedded server', async () => {
    expect((await runCli(['org', 'create', '--code', 'keep', '--name', '持久化测试'], env)).code).toBe(0);
    const again = await runCli(['org', 'create', '--code', 'KEEP', '--name', '持久化测试'], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--code: A record with this code already exists');
  });

  it('lets the CLI work on the server the running API started', async () => {
    const api = await startApiProcess({ ...env, STARDESK_SEED_DEMO: 'false', STARDESK_WEB_DIST: '/nonexistent' });
    try {
      const created = await runCli(['org', 'create', '--code', 'SHARED', '--name', '共享测试', '--tz', 'Asia/Urumqi'], env);
      expect(created.code).toBe(0);
      const user = await runCli(['user', 'create', '--org', 'SHARED', '--login', 'boss', '--admin', '--password-stdin'], env, 'shared-admin-2026');
      expect(user.code).toBe(0);
      const post = async (query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) => {
        const response = await fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
        return (await response.json()) as { data: Record<string, { accessToken?: string; code?: string; timeZone?: string }> };
      };
      const login = await post('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { organisation: 'SHARED', login: 'boss', password: 'shared-admin-2026' } });
      const body = await post('{ currentOrganisation { code timeZone } }', {}, { authorization: `Bearer ${login.data['login']!.accessToken}` });
      expect(body.data['currentOrganisation']).toEqual({ code: 'SHARED', timeZone: 'Asia/Urumqi' });
    } finally {
      expect(await api.stop()).toBe(0);
    }
  });

  it('re-creates the demo organisation with `stardesk seed`', async () => {
    const first = await runCli(['seed', '--requests', '300'], env);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Seeded DEMO: 8 outlets, \d+ staff, \d+ customers, \d+ requests/);
    const second = await runCli(['seed', '--requests', '300'], env);
    expect(second.code).toBe(0);
    expect(second.stdout.match(/(\d+) requests/)?.[1]).toBe(first.stdout.match(/(\d+) requests/)?.[1]);
  });

  it('refuses db reset without confirmation', async () => {
    const result = await runCli(['db', 'reset'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--yes');
  });

  it('names the port when it is taken by another program', async () => {
    const blocker = net.createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    const otherDir = mkdtempSync(path.join(tmpdir(), 'stardesk-busy-'));
    try {
      const result = await runCli(['db', 'migrate'], { STARDESK_DATA_DIR: otherDir, EMBEDDED_PG_PORT: String(port) });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(`Port ${port} is already in use`);
      expect(result.stderr).toContain('EMBEDDED_PG_PORT');
    } finally {
      blocker.close();
      rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it('stops the API at start-up on an invalid setting, naming the variable', async () => {
    await expect(startApiProcess({ ...env, PORT: '3000', EMBEDDED_PG_PORT: 'not-a-port' })).rejects.toThrow(/code 78[\s\S]*EMBEDDED_PG_PORT/);
    await expect(startApiProcess({ ...env, DATABASE_URL: 'mysql://nope' })).rejects.toThrow(/DATABASE_URL: must be a postgres/);
  });
});
