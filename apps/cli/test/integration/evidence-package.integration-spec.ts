import { localPeriodBounds } from '@stardesk/database';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../../../tools/testing/api-process';
import { runCli } from '../../../../tools/testing/cli-process';
import { addEvidenceRecords, daysAgo, signedOffAssessment } from '../../../../tools/testing/evidence-records.factory';
import { newDirectory } from '../../../../tools/testing/import-set.factory';
import { createTestDatabase, type TestDatabase } from '../../../../tools/testing/test-database';

/**
 * `stardesk export` (no --type) builds the signed evidence package in a real CLI process over the demo
 * organisation; `stardesk verify` checks it offline and names every file changed, added or removed.
 */
let database: TestDatabase;
let env: Record<string, string>;
let dataDir: string;
let filesDir: string;
let orgId: string;
let documentSha256: string;
const from = daysAgo(90);
const to = daysAgo(1);

interface Manifest {
  package: { organisationCode: string; personalInformationRevealed: boolean; assessmentId: string | null; liveEvaluation: boolean };
  files: { path: string; size: number; sha256: string }[];
  signature: { publicKey: string; keyFingerprint: string };
}

async function exportPackage(extra: string[] = []): Promise<{ file: string; zip: JSZip; manifest: Manifest; stdout: string }> {
  const file = path.join(newDirectory(), 'package.zip');
  const result = await runCli(['export', '--org', 'DEMO', '--from', from, '--to', to, '--out', file, ...extra], env);
  expect(result.stderr.replace(/^Evidence package \d+ %.*\n/gm, '')).toBe('');
  expect(result.code).toBe(0);
  expect(existsSync(`${file}.partial`)).toBe(false);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Manifest;
  return { file, zip, manifest, stdout: result.stdout };
}

async function rewrite(file: string, change: (zip: JSZip) => Promise<void>): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  await change(zip);
  const target = path.join(newDirectory(), 'tampered.zip');
  writeFileSync(target, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return target;
}

const csvRows = (text: string): string[][] =>
  text
    .replace(/^\uFEFF/, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => line.split(','));

beforeAll(async () => {
  database = await createTestDatabase();
  dataDir = newDirectory();
  filesDir = path.join(dataDir, 'files');
  mkdirSync(filesDir, { recursive: true });
  env = { DATABASE_URL: database.url, STARDESK_LOCALE: 'en', STARDESK_DATA_DIR: dataDir, STARDESK_FILES_DIR: filesDir };
  const seeded = await runCli(['seed', '--requests', '400'], env);
  expect(seeded.code).toBe(0);
  ({ orgId, documentSha256 } = await addEvidenceRecords(database.dataSource, 'DEMO', filesDir, daysAgo(30)));
}, 240_000);
afterAll(async () => database?.drop());

describe('stardesk export: the evidence package', () => {
  let built: Awaited<ReturnType<typeof exportPackage>>;

  beforeAll(async () => {
    built = await exportPackage();
  }, 120_000);

  it('holds every part of the package, listed in the signed manifest', () => {
    const names = Object.values(built.zip.files).filter((entry) => !entry.dir).map((entry) => entry.name);
    for (const part of [
      'index.html', 'index.pdf', 'kpi-report.pdf', 'manifest.json',
      'records/service-requests.csv', 'records/visits.csv', 'records/complaints.csv', 'records/return-visits.csv', 'records/surveys.csv',
      'records/deliveries.csv', 'records/warranty-decisions.csv', 'records/take-backs.csv', 'records/quality-records.xlsx',
      'personnel/staff.csv', 'personnel/qualifications.csv', 'personnel/trainings.csv', 'personnel/evaluations.csv', 'personnel/personnel-register.xlsx',
      'registers/controlled-documents.csv', 'registers/internal-audits.csv', 'registers/management-reviews.csv', 'registers/corrective-actions.csv',
      'registers/change-notifications.csv', 'registers/quality-management-registers.xlsx', 'samples/samples.csv', 'samples/samples.json', 'assessment/assessment.json',
    ]) {
      expect(names).toContain(part);
    }
    const document = names.find((name) => name.startsWith('documents/files/SERVICE_POLICY/'));
    expect(document).toMatch(/售后服务政策\.pdf$/);
    expect(built.manifest.files.find((entry) => entry.path === document)?.sha256).toBe(documentSha256);
    expect(built.manifest.files.map((entry) => entry.path).sort()).toEqual(names.filter((name) => name !== 'manifest.json').sort());
    expect(built.manifest.package).toMatchObject({ organisationCode: 'DEMO', personalInformationRevealed: false, liveEvaluation: true });
    expect(built.manifest.signature.publicKey).toContain('BEGIN PUBLIC KEY');
  });

  it('writes the period’s requests as CSV (UTF-8 with BOM) row for row, customers’ phones masked', async () => {
    const [start, end] = localPeriodBounds(from, to, 'Asia/Shanghai');
    const expected = await database.dataSource.query<{ code: string; phone: string; model: string }[]>(
      `SELECT sr.code, c.phone, p.model FROM service_requests sr JOIN customers c ON c.id = sr.customer_id JOIN products p ON p.id = sr.product_id
        WHERE sr.org_id = $1 AND sr.reported_at >= $2 AND sr.reported_at < $3 ORDER BY sr.reported_at, sr.id`,
      [orgId, start, end],
    );
    expect(expected.length).toBeGreaterThan(10);
    const bytes = await built.zip.file('records/service-requests.csv')!.async('nodebuffer');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = csvRows(bytes.toString('utf8'));
    expect(header!.slice(0, 6)).toEqual(['请求编号', '服务类型', '渠道', '优先级', '客户', '客户电话']);
    expect(rows.map((row) => row[0])).toEqual(expected.map((row) => row.code));
    expect(rows.map((row) => row[7])).toEqual(expected.map((row) => row.model));
    expect(rows[0]![5]).toMatch(/\*{4}/);
    expect(rows[0]![5]).not.toBe(expected[0]!.phone);

    const [complaints] = await database.dataSource.query<{ n: number }[]>('SELECT count(*)::int AS n FROM complaints WHERE org_id = $1 AND received_at >= $2 AND received_at < $3', [orgId, start, end]);
    expect(csvRows(await built.zip.file('records/complaints.csv')!.async('string'))).toHaveLength(complaints!.n + 1);
    expect(csvRows(await built.zip.file('records/take-backs.csv')!.async('string'))[1]).toContain('绿色回收有限公司');
  });

  it('writes readable workbooks with one sheet per record type and Chinese headers', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await built.zip.file('records/quality-records.xlsx')!.async('nodebuffer')) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['服务请求', '处理与结果', '投诉', '回访', '满意度调查', '送货安装', '保修判定', '废旧产品回收']);
    const requests = workbook.getWorksheet('服务请求')!;
    expect(requests.getRow(1).getCell(1).value).toBe('请求编号');
    const csv = csvRows(await built.zip.file('records/service-requests.csv')!.async('string'));
    expect(requests.actualRowCount).toBe(csv.length);
    expect(requests.getRow(2).getCell(1).value).toBe(csv[1]![0]);
    const registers = new ExcelJS.Workbook();
    await registers.xlsx.load((await built.zip.file('registers/quality-management-registers.xlsx')!.async('nodebuffer')) as unknown as ArrayBuffer);
    expect(registers.worksheets.map((sheet) => sheet.name)).toEqual(['受控文件', '内部审核', '管理评审', '纠正措施', '变更通知']);
  });

  it('indexes the 15 indicators with their criteria and links to the evidence files', async () => {
    const html = await built.zip.file('index.html')!.async('string');
    expect(html).toContain('华星家电售后服务有限公司');
    expect((html.match(/<tr class="indicator">/g) ?? []).length).toBe(15);
    expect(html).toContain('href="records/complaints.csv"');
    expect(html).toContain('href="samples/samples.csv"');
    const samples = csvRows(await built.zip.file('samples/samples.csv')!.async('string'));
    expect(samples[0]).toEqual(['检查项', '记录类型', '抽样种子', '总体数量', '样本量', '序号', '记录ID', '记录编号', '发现']);
    expect(samples.slice(1).some((row) => row[2]!.startsWith(`DEMO:${from}:`))).toBe(true);
  });

  it('verifies, then names the file changed, added or removed', async () => {
    const ok = await runCli(['verify', built.file], env);
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Verified: signature valid');

    const changed = await rewrite(built.file, async (zip) => {
      const bytes = await zip.file('records/complaints.csv')!.async('nodebuffer');
      bytes[bytes.length - 3] = bytes[bytes.length - 3]! ^ 0x01;
      zip.file('records/complaints.csv', bytes);
    });
    const afterChange = await runCli(['verify', changed], env);
    expect(afterChange.code).toBe(1);
    expect(afterChange.stderr).toContain('CHANGED  records/complaints.csv');
    expect(afterChange.stderr.match(/CHANGED|ADDED|REMOVED/g)).toHaveLength(1);

    const added = await rewrite(built.file, async (zip) => {
      zip.file('records/extra.csv', 'a,b\r\n');
    });
    const afterAdd = await runCli(['verify', added], env);
    expect(afterAdd.code).toBe(1);
    expect(afterAdd.stderr).toContain('ADDED    records/extra.csv');

    const removed = await rewrite(built.file, async (zip) => {
      zip.remove('records/take-backs.csv');
      zip.remove('personnel/staff.csv');
    });
    const afterRemove = await runCli(['verify', removed], env);
    expect(afterRemove.code).toBe(1);
    expect(afterRemove.stderr).toContain('REMOVED  records/take-backs.csv');
    expect(afterRemove.stderr).toContain('REMOVED  personnel/staff.csv');

    const resigned = await rewrite(built.file, async (zip) => {
      const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as Manifest;
      manifest.package.organisationCode = 'OTHER';
      zip.file('manifest.json', JSON.stringify(manifest));
    });
    const afterManifest = await runCli(['verify', resigned], env);
    expect(afterManifest.code).toBe(1);
    expect(afterManifest.stderr).toContain('SIGNATURE INVALID');
  });

  it('gives content files with identical hashes when the same frozen assessment is exported twice', async () => {
    const assessmentId = await signedOffAssessment(database.dataSource, { id: orgId, code: 'DEMO' }, from, to);
    const first = await exportPackage(['--assessment', assessmentId]);
    const second = await exportPackage(['--assessment', assessmentId]);
    expect(first.manifest.package).toMatchObject({ assessmentId, liveEvaluation: false });
    const content = (manifest: Manifest): Record<string, string> =>
      Object.fromEntries(manifest.files.filter((entry) => !['index.html', 'index.pdf'].includes(entry.path)).map((entry) => [entry.path, entry.sha256]));
    expect(Object.keys(content(first.manifest)).length).toBeGreaterThan(20);
    expect(content(second.manifest)).toEqual(content(first.manifest));
    // Without --assessment the latest signed-off assessment of the period is used.
    const implicit = await exportPackage();
    expect(implicit.manifest.package.assessmentId).toBe(assessmentId);
  }, 120_000);

  it('writes phones whole only when asked, and records who asked', async () => {
    const revealed = await exportPackage(['--reveal-personal-information']);
    expect(revealed.manifest.package.personalInformationRevealed).toBe(true);
    const rows = csvRows(await revealed.zip.file('records/service-requests.csv')!.async('string'));
    expect(rows[1]![5]).not.toMatch(/\*/);
    const [record] = await database.dataSource.query<{ requested_by: string; status: string }[]>(
      `SELECT requested_by, status FROM evidence_packages WHERE org_id = $1 AND reveal_personal_information ORDER BY created_at DESC LIMIT 1`,
      [orgId],
    );
    expect(record).toMatchObject({ status: 'READY' });
    expect(record!.requested_by).toMatch(/^cli:/);
    const [audited] = await database.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM audit_log WHERE entity = 'evidence_packages' AND org_id = $1`, [orgId]);
    expect(audited!.n).toBeGreaterThan(0);
  }, 120_000);

  it('leaves nothing behind when the export fails midway', async () => {
    // The document's stored file turns into a folder: reading it fails after the records are written.
    const stored = path.join(filesDir, 'sha256', documentSha256.slice(0, 2), documentSha256.slice(2, 4), documentSha256);
    const saved = readFileSync(stored);
    rmSync(stored);
    mkdirSync(stored);
    try {
      const directory = newDirectory();
      const file = path.join(directory, 'package.zip');
      const result = await runCli(['export', '--org', 'DEMO', '--from', from, '--to', to, '--out', file], env);
      expect(result.code).not.toBe(0);
      expect(readdirSync(directory)).toEqual([]);
      const [record] = await database.dataSource.query<{ status: string }[]>(`SELECT status FROM evidence_packages WHERE org_id = $1 ORDER BY created_at DESC LIMIT 1`, [orgId]);
      expect(record!.status).toBe('FAILED');
    } finally {
      rmSync(stored, { recursive: true });
      writeFileSync(stored, saved);
    }
  }, 120_000);

  it('leaves nothing behind when interrupted with Ctrl-C', async () => {
    const directory = newDirectory();
    const file = path.join(directory, 'package.zip');
    const { DATABASE_URL: _ignored, ...inherited } = process.env;
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'apps/cli/bin/stardesk.js'), 'export', '--org', 'DEMO', '--from', from, '--to', to, '--out', file], {
      cwd: REPO_ROOT,
      env: { ...inherited, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stdout.resume();
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      // Interrupted as soon as the build reports its first progress: the records are being written.
      if (stderr.includes('Evidence package 0 %') && !child.killed) child.kill('SIGINT');
    });
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(stderr).toContain('Export interrupted; nothing was written');
    expect(code).toBe(130);
    expect(readdirSync(directory)).toEqual([]);
    const [record] = await database.dataSource.query<{ status: string; error_code: string }[]>(
      `SELECT status, error_code FROM evidence_packages WHERE org_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [orgId],
    );
    expect(record).toEqual({ status: 'FAILED', error_code: 'INTERRUPTED' });
  }, 60_000);

  it('refuses a reversed or too long period and an unknown assessment', async () => {
    const out = path.join(newDirectory(), 'x.zip');
    const reversed = await runCli(['export', '--org', 'DEMO', '--from', to, '--to', from, '--out', out], env);
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toContain('--to: The end must be after the start');
    const long = await runCli(['export', '--org', 'DEMO', '--from', '2024-01-01', '--to', '2025-06-30', '--out', out], env);
    expect(long.code).toBe(2);
    expect(long.stderr).toContain('--to: The period cannot be longer than 366 days');
    const unknown = await runCli(['export', '--org', 'DEMO', '--from', from, '--to', to, '--out', out, '--assessment', '00000000-0000-4000-8000-000000000000'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Assessment 00000000-0000-4000-8000-000000000000 does not exist');
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});
