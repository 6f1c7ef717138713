import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { createOrganisation } from '@stardesk/database';
import { REPO_ROOT } from '../../../../tools/testing/api-process';
import { runCli } from '../../../../tools/testing/cli-process';
import { anImportSet } from '../../../../tools/testing/import-set.factory';
import { createTestDatabase, type TestDatabase } from '../../../../tools/testing/test-database';

/**
 * `stardesk backup` / `stardesk restore` round trip over the demo data, a damaged archive refused
 * without a trace, and an import killed with SIGKILL leaving nothing behind — all through the CLI.
 */
let source: TestDatabase;
let dir: string;

function tableLines(file: string): string[] {
  return gunzipSync(readFileSync(file))
    .toString('utf8')
    .split('\n')
    .filter((line) => line.startsWith('END '));
}

beforeAll(async () => {
  source = await createTestDatabase();
  dir = mkdtempSync(path.join(tmpdir(), 'stardesk-backup-test-'));
  const seeded = await runCli(['seed', '--requests', '300'], { DATABASE_URL: source.url, STARDESK_LOCALE: 'en' });
  expect(seeded.code).toBe(0);
}, 180_000);

afterAll(async () => {
  await source?.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores the demo data into a fresh database with the same rows, counts and checksums in every table', async () => {
    const archive = path.join(dir, 'demo.backup');
    const backup = await runCli(['backup', archive], { DATABASE_URL: source.url, STARDESK_LOCALE: 'en' });
    expect(backup.stderr).toBe('');
    expect(backup.code).toBe(0);
    const original = tableLines(archive);
    expect(original.length).toBeGreaterThan(30);
    expect(original.find((line) => line.startsWith('END service_requests '))).toMatch(/^END service_requests [1-9]\d* [0-9a-f]{64}$/);

    const target = await createTestDatabase();
    try {
      const restore = await runCli(['restore', archive], { DATABASE_URL: target.url, STARDESK_LOCALE: 'en' });
      expect(restore.stderr).toBe('');
      expect(restore.code).toBe(0);
      const again = path.join(dir, 'restored.backup');
      expect((await runCli(['backup', again], { DATABASE_URL: target.url })).code).toBe(0);
      expect(tableLines(again)).toEqual(original);
      // The audit trail came along and still verifies (same deployment key).
      const verify = await runCli(['audit', 'verify'], { DATABASE_URL: target.url, STARDESK_LOCALE: 'en' });
      expect(verify.stdout).toMatch(/^DEMO: OK/m);
      expect(verify.code).toBe(0);
      // New writes continue the sequences after the restored rows.
      await createOrganisation(target.dataSource, { code: 'AFTER', name: '恢复后', timeZone: 'Asia/Shanghai' });
      expect((await runCli(['audit', 'verify'], { DATABASE_URL: target.url })).code).toBe(0);
      // Restoring over data is refused unless asked for.
      const over = await runCli(['restore', archive], { DATABASE_URL: target.url, STARDESK_LOCALE: 'en' });
      expect(over.code).not.toBe(0);
      expect(over.stderr).toMatch(/not empty/);
    } finally {
      await target.drop();
    }
  }, 180_000);

  it('a damaged archive is refused and the database stays empty', async () => {
    const archive = path.join(dir, 'demo2.backup');
    expect((await runCli(['backup', archive], { DATABASE_URL: source.url })).code).toBe(0);
    const text = gunzipSync(readFileSync(archive)).toString('utf8');
    // Change one value inside the service_requests rows: the checksum no longer fits.
    const start = text.indexOf('TABLE service_requests ');
    const at = text.indexOf('HOTLINE', start);
    const damaged = path.join(dir, 'damaged.backup');
    const { gzipSync } = await import('node:zlib');
    writeFileSync(damaged, gzipSync(text.slice(0, at) + 'APP' + text.slice(at + 'HOTLINE'.length)));
    const target = await createTestDatabase();
    try {
      const restore = await runCli(['restore', damaged], { DATABASE_URL: target.url, STARDESK_LOCALE: 'en' });
      expect(restore.code).not.toBe(0);
      const [row] = (await target.dataSource.query(`SELECT (SELECT count(*) FROM organisations)::int AS orgs, (SELECT count(*) FROM audit_log)::int AS audit`)) as {
        orgs: number;
        audit: number;
      }[];
      expect(row).toEqual({ orgs: 0, audit: 0 });
    } finally {
      await target.drop();
    }
  }, 120_000);
});

describe('an import killed with SIGKILL', () => {
  it('leaves nothing partial', async () => {
    const database = await createTestDatabase();
    try {
      await createOrganisation(database.dataSource, { code: 'KILL', name: '中断测试', timeZone: 'Asia/Shanghai' });
      const files = anImportSet()
        .without('visits', 'complaints', 'return_visits', 'qualifications', 'trainings', 'staff')
        .change('service_requests', (table) => {
          for (let i = 0; i < 20_000; i++) table.row({ code: `SR-K-${String(i).padStart(6, '0')}`, serial_no: '' });
          return table;
        })
        .writeCsv();
      const child = spawn(process.execPath, [path.join(REPO_ROOT, 'apps/cli/bin/stardesk.js'), 'import', '--org', 'KILL', ...files], {
        cwd: REPO_ROOT,
        env: { ...process.env, DATABASE_URL: database.url },
        stdio: 'ignore',
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      // Kill it once its transaction has written rows.
      const deadline = Date.now() + 60_000;
      for (;;) {
        const [row] = (await database.dataSource.query(
          `SELECT count(*)::int AS writing FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'stardesk-cli' AND backend_xid IS NOT NULL`,
        )) as { writing: number }[];
        if (row!.writing > 0) break;
        if (Date.now() > deadline || child.exitCode !== null) throw new Error('the import finished or never started writing');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      child.kill('SIGKILL');
      await exited;
      // The server notices the lost connection and rolls its transaction back.
      for (;;) {
        const [row] = (await database.dataSource.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'stardesk-cli'`,
        )) as { n: number }[];
        if (row!.n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const [counts] = (await database.dataSource.query(`
        SELECT (SELECT count(*) FROM service_requests)::int AS requests, (SELECT count(*) FROM outlets)::int AS outlets,
               (SELECT count(*) FROM customers)::int AS customers, (SELECT count(*) FROM audit_log WHERE entity <> 'organisations')::int AS audit`)) as Record<string, number>[];
      expect(counts).toEqual({ requests: 0, outlets: 0, customers: 0, audit: 0 });
    } finally {
      await database.drop();
    }
  }, 120_000);
});
