import { verifyEvidencePackage } from '@stardesk/database';
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../../../tools/testing/cli-process';
import { addEvidenceRecords, daysAgo } from '../../../../tools/testing/evidence-records.factory';
import { newDirectory } from '../../../../tools/testing/import-set.factory';
import { startTestApp, type GraphqlResponse, type TestApp, type TestSession } from '../support/test-app';

/**
 * Evidence packages through the API: queued, built in the background by the worker, polled to READY,
 * downloaded over REST and verified offline; roles (auditors may export, dispatchers may not, only
 * admins reveal personal information); field-level validation; a failed or interrupted build offers nothing.
 */
const SIGNING_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const FIELDS = 'id status periodFrom periodTo assessmentId revealPersonalInformation progressDone progressTotal stage fileName sizeBytes sha256 keyFingerprint errorCode downloadUrl requestedBy';
const START = `mutation($input: StartEvidencePackageInput!) { startEvidencePackage(input: $input) { ${FIELDS} } }`;
const GET = `query($id: ID!) { evidencePackage(id: $id) { ${FIELDS} } }`;
const from = daysAgo(60);
const to = daysAgo(1);

interface EvidencePackage {
  id: string;
  status: string;
  revealPersonalInformation: boolean;
  progressDone: number;
  progressTotal: number;
  fileName: string | null;
  sizeBytes: number | null;
  sha256: string | null;
  keyFingerprint: string | null;
  errorCode: string | null;
  downloadUrl: string | null;
  requestedBy: string;
}
type GraphqlError = NonNullable<GraphqlResponse<unknown>['errors']>[number];

let app: TestApp;
let admin: TestSession;
let auditor: TestSession;
let dispatcher: TestSession;
let documentSha256: string;

async function start(session: TestSession, input: Record<string, unknown>, language = 'en'): Promise<GraphqlResponse<{ startEvidencePackage: EvidencePackage }>> {
  return session.graphql<{ startEvidencePackage: EvidencePackage }>(START, { input }, { 'accept-language': language });
}

async function until(session: TestSession, id: string, done: (row: EvidencePackage) => boolean): Promise<EvidencePackage> {
  for (let attempt = 0; attempt < 300; attempt++) {
    const result = await session.graphql<{ evidencePackage: EvidencePackage }>(GET, { id });
    const row = result.data?.evidencePackage;
    if (row && done(row)) return row;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  throw new Error(`evidence package ${id} did not finish`);
}

const packagesDir = (): string => path.join(app.filesDir, 'evidence-packages');

beforeAll(async () => {
  app = await startTestApp({ env: { STARDESK_SIGNING_KEY: SIGNING_KEY, STARDESK_EVIDENCE_STALE_SECONDS: '3' } });
  expect((await runCli(['seed', '--requests', '150'], { DATABASE_URL: app.database.url, STARDESK_DATA_DIR: newDirectory() })).code).toBe(0);
  ({ documentSha256 } = await addEvidenceRecords(app.database.dataSource, 'DEMO', app.filesDir, daysAgo(20)));
  admin = await app.signIn('DEMO', { role: 'ADMIN' });
  auditor = await app.signIn('DEMO', { role: 'AUDITOR' });
  dispatcher = await app.signIn('DEMO', { role: 'DISPATCHER' });
}, 180_000);
afterAll(async () => app?.close());

describe('evidence packages', () => {
  it('builds a package in the background, offers it once READY, and it verifies offline', async () => {
    const started = await start(auditor, { from, to });
    expect(started.errors).toBeUndefined();
    const queued = started.data!.startEvidencePackage;
    expect(queued).toMatchObject({ status: 'QUEUED', revealPersonalInformation: false, downloadUrl: null, requestedBy: auditor.login });
    const ready = await until(auditor, queued.id, (row) => row.status === 'READY' || row.status === 'FAILED');
    expect(ready).toMatchObject({ status: 'READY', errorCode: null, fileName: `DEMO-evidence-${from}-${to}.zip` });
    expect(ready.progressDone).toBe(ready.progressTotal);
    expect(ready.downloadUrl).toBe(`/api/evidence-packages/${queued.id}/file`);

    const response = await app.fetch(`${app.url}${ready.downloadUrl}`, { headers: auditor.headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.length).toBe(ready.sizeBytes);
    const file = path.join(newDirectory(), 'package.zip');
    writeFileSync(file, bytes);
    const report = await verifyEvidencePackage(file);
    expect(report).toMatchObject({ ok: true, signatureValid: true, changed: [], added: [], removed: [], keyFingerprint: ready.keyFingerprint });
    expect(report.metadata).toMatchObject({ organisationCode: 'DEMO', periodFrom: from, periodTo: to, personalInformationRevealed: false });
    expect(report.checked).toBeGreaterThan(25);
    expect(readdirSync(packagesDir())).toEqual([`${queued.id}.zip`]);

    const listed = await auditor.graphql<{ evidencePackages: EvidencePackage[] }>('{ evidencePackages(first: 5) { id status } }');
    expect(listed.data!.evidencePackages[0]).toEqual({ id: queued.id, status: 'READY' });
    // Another organisation's users do not see it.
    expect((await app.fetch(`${app.url}${ready.downloadUrl}`, { headers: { 'x-org-code': 'OTHER' } })).status).not.toBe(200);
  }, 120_000);

  it('lets only an admin reveal personal information, and records who did', async () => {
    const refused = await start(auditor, { from, to, revealPersonalInformation: true });
    expect(refused.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const byManager = await start(await app.signIn('DEMO', { role: 'MANAGER' }), { from, to, revealPersonalInformation: true }, 'zh-CN');
    expect(byManager.errors![0]!.message).toBe('只有管理员可以导出未脱敏的个人信息');
    expect((await start(dispatcher, { from, to })).errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const started = await start(admin, { from, to, revealPersonalInformation: true });
    expect(started.data!.startEvidencePackage).toMatchObject({ revealPersonalInformation: true, requestedBy: admin.login });
    const ready = await until(admin, started.data!.startEvidencePackage.id, (row) => row.status !== 'QUEUED' && row.status !== 'RUNNING');
    expect(ready.status).toBe('READY');
    const [audited] = await app.database.dataSource.query<{ after: { reveal_personal_information: boolean; requested_by: string } }[]>(
      `SELECT after FROM audit_log WHERE entity = 'evidence_packages' AND entity_id = $1 AND action = 'INSERT'`,
      [ready.id],
    );
    expect(audited!.after).toMatchObject({ reveal_personal_information: true, requested_by: admin.login });
  }, 120_000);

  it('refuses an invalid period field by field, in the caller’s language, and an unknown assessment', async () => {
    const errorOf = async (input: Record<string, unknown>, language = 'en'): Promise<GraphqlError> => (await start(admin, input, language)).errors![0]!;
    const reversed = await errorOf({ from: to, to: from });
    expect(reversed.extensions!.code).toBe('BAD_USER_INPUT');
    expect(reversed.extensions!.fieldErrors).toEqual([{ field: 'to', code: 'endNotAfterStart', message: 'The end must be after the start' }]);
    const long = await errorOf({ from: '2024-01-01', to: '2025-01-01' }, 'zh-CN');
    expect(long.extensions!.fieldErrors).toEqual([expect.objectContaining({ field: 'to', code: 'periodTooLong', message: '期间不能超过 366 天' })]);
    const missing = await errorOf({ to: 'soon' });
    expect(missing.extensions!.fieldErrors!.map((error) => `${error.field}:${error.code}`)).toEqual(['from:required', 'to:invalidDate']);
    const unknown = await errorOf({ from, to, assessmentId: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.extensions!.code).toBe('NOT_FOUND');
    const [{ n }] = await app.database.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM evidence_packages WHERE period_from > period_to OR period_from = '2024-01-01'`);
    expect(n).toBe(0);
  });

  it('offers nothing when a build fails midway', async () => {
    const stored = path.join(app.filesDir, 'sha256', documentSha256.slice(0, 2), documentSha256.slice(2, 4), documentSha256);
    const saved = readFileSync(stored);
    rmSync(stored);
    mkdirSync(stored);
    try {
      const started = await start(admin, { from, to });
      const failed = await until(admin, started.data!.startEvidencePackage.id, (row) => row.status !== 'QUEUED' && row.status !== 'RUNNING');
      expect(failed).toMatchObject({ status: 'FAILED', errorCode: 'BUILD_FAILED', downloadUrl: null, sha256: null });
      const response = await app.fetch(`${app.url}/api/evidence-packages/${failed.id}/file`, { headers: admin.headers });
      expect(response.status).not.toBe(200);
      expect(readdirSync(packagesDir()).filter((name) => name.startsWith(failed.id))).toEqual([]);
    } finally {
      rmSync(stored, { recursive: true });
      writeFileSync(stored, saved);
    }
  }, 120_000);

  it('marks a build whose process died as FAILED and removes its partial file', async () => {
    // The partial file first: the worker may sweep the row the moment it is inserted.
    const id = randomUUID();
    mkdirSync(packagesDir(), { recursive: true });
    const partial = path.join(packagesDir(), `${id}.zip.partial`);
    writeFileSync(partial, 'half a zip');
    const [row] = await app.database.dataSource.query<{ id: string }[]>(
      `INSERT INTO evidence_packages (id, org_id, status, source, period_from, period_to, requested_by, started_at, heartbeat_at)
       SELECT $3, id, 'RUNNING', 'API', $1, $2, 'crashed', now() - interval '1 hour', now() - interval '1 hour' FROM organisations WHERE code = 'DEMO' RETURNING id`,
      [from, to, id],
    );
    const failed = await until(admin, row!.id, (current) => current.status === 'FAILED');
    expect(failed).toMatchObject({ errorCode: 'INTERRUPTED', downloadUrl: null });
    expect(existsSync(partial)).toBe(false);
  }, 60_000);
});
