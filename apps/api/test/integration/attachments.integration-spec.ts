import { ATTACHMENT_OWNER_TYPES } from '@stardesk/domain';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApiProcess } from '../../../../tools/testing/api-process';
import { aPng } from '../../../../tools/testing/image.factory';
import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { closedRequest } from '../support/closed-request';
import { startTestApp, type TestApp } from '../support/test-app';
import { filesIn, uploadFile } from '../support/upload';

type Attachment = { id: string; ownerType: string; ownerId: string; purpose: string; fileName: string; mediaType: string; size: number; sha256: string; downloadUrl: string; retiredAt: string | null; retireReason: string | null; uploadedBy: { login: string } | null };

const FIELDS = 'id ownerType ownerId purpose fileName mediaType size sha256 downloadUrl retiredAt retireReason uploadedBy { login }';
const asAcme = { 'x-org-code': 'ACME' };
const asBeta = { 'x-org-code': 'BETA' };
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

let app: TestApp;
let acme: GivenOrganisation;
let requestId: string;
let betaRequestId: string;
let visitId: string;

async function must<T>(query: string, variables: Record<string, unknown>, headers = asAcme): Promise<T> {
  const result = await app.graphql<T>(query, variables, headers);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

const upload = (fields: Record<string, string>, file?: { name: string; bytes: Uint8Array }, headers: Record<string, string> = asAcme) => uploadFile(app, headers, fields, file);
const forRequest = (purpose = 'FAULT_PHOTO') => ({ ownerType: 'SERVICE_REQUEST', ownerId: requestId, purpose });

async function stored(): Promise<{ rows: number; files: string[] }> {
  const [{ rows }] = await app.database.dataSource.query('SELECT count(*)::int AS rows FROM attachments');
  return { rows, files: filesIn(app.filesDir) };
}

beforeAll(async () => {
  app = await startTestApp({ env: { STARDESK_UPLOAD_MAX_MB: '1' } });
  acme = await anOrganisation('ACME').withOutlet('SH-01').withProduct('KFR-35GW').withStaff('gcs1').create(app.database.dataSource);
  const beta = await anOrganisation('BETA').withOutlet('SH-01').withProduct('KFR-35GW').withStaff('gcs1').create(app.database.dataSource);
  requestId = await closedRequest(app, acme, { stopAt: 'IN_PROGRESS' });
  betaRequestId = await closedRequest(app, beta, { stopAt: 'IN_PROGRESS' });
  const { recordVisit } = await must<{ recordVisit: { id: string } }>('mutation($input: RecordVisitInput!) { recordVisit(input: $input) { id } }', {
    input: { requestId, technicianId: acme.staffIds['gcs1'], arrivedAt: new Date(Date.now() - 3_600_000).toISOString(), outcome: 'FIXED' },
  });
  visitId = recordVisit.id;
});
afterAll(async () => app?.close());

describe('uploading and downloading', () => {
  const photo = aPng({ width: 16, height: 12, seed: 1 });
  let attachment: Attachment;

  it('keeps a photo under its SHA-256 and answers the attachment', async () => {
    const { status, body } = await upload({ ...forRequest(), uploadedBy: acme.staffIds['gcs1']! }, { name: '故障照片 1.png', bytes: photo });
    expect(status).toBe(201);
    attachment = body as unknown as Attachment;
    expect(attachment).toMatchObject({ ownerType: 'SERVICE_REQUEST', ownerId: requestId, purpose: 'FAULT_PHOTO', fileName: '故障照片 1.png', mediaType: 'image/png', size: photo.length, sha256: sha256(photo), downloadUrl: `/api/attachments/${attachment.id}`, uploadedBy: { login: 'gcs1' } });
    const hash = sha256(photo);
    expect(filesIn(app.filesDir)).toEqual([`sha256/${hash.slice(0, 2)}/${hash.slice(2, 4)}/${hash}`]);
  });

  it('sends the same bytes back with type, UTF-8 file name and the SHA-256 as ETag', async () => {
    const response = await app.fetch(`${app.url}${attachment.downloadUrl}`, { headers: asAcme });
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(photo)).toBe(true);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-length')).toBe(String(photo.length));
    expect(response.headers.get('etag')).toBe(`"${sha256(photo)}"`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const disposition = response.headers.get('content-disposition')!;
    expect(disposition).toMatch(/^inline; filename="[^"]*"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe('故障照片 1.png');

    const again = await app.fetch(`${app.url}${attachment.downloadUrl}?download=1`, { headers: { ...asAcme, 'if-none-match': `"${sha256(photo)}"` } });
    expect(again.status).toBe(304);
    const saved = await app.fetch(`${app.url}${attachment.downloadUrl}?download=1`, { headers: asAcme });
    expect(saved.headers.get('content-disposition')).toMatch(/^attachment; /);
  });

  it('lists it on the request and by owner', async () => {
    const data = await must<{ serviceRequest: { attachments: Attachment[] }; attachments: Attachment[] }>(
      `query($id: ID!) { serviceRequest(id: $id) { attachments { ${FIELDS} } } attachments(ownerType: SERVICE_REQUEST, ownerId: $id) { id } }`,
      { id: requestId },
    );
    expect(data.serviceRequest.attachments.map((a) => a.id)).toEqual([attachment.id]);
    expect(data.attachments.map((a) => a.id)).toEqual([attachment.id]);
  });

  it('keeps the scan of a staff member’s certificate with the qualification', async () => {
    const { createQualification } = await must<{ createQualification: { id: string } }>(
      'mutation($input: CreateQualificationInput!) { createQualification(input: $input) { id } }',
      { input: { staffId: acme.staffIds['gcs1'], certificateType: 'REFRIGERATION', certificateNo: 'ZL-2026-0001', issuer: '上海市应急管理局', validFrom: '2026-01-01', validUntil: '2029-12-31' } },
    );
    const scan = aPng({ seed: 9 });
    const { status, body } = await upload({ ownerType: 'QUALIFICATION', ownerId: createQualification.id, purpose: 'CERTIFICATE' }, { name: '制冷证.png', bytes: scan });
    expect(status).toBe(201);
    expect(body).toMatchObject({ ownerType: 'QUALIFICATION', ownerId: createQualification.id, purpose: 'CERTIFICATE' });
  });

  it('stores the same content once however often it is attached', async () => {
    const before = await stored();
    const { status, body } = await upload({ ownerType: 'VISIT', ownerId: visitId, purpose: 'BEFORE' }, { name: 'before.png', bytes: photo });
    expect(status).toBe(201);
    expect(body).toMatchObject({ ownerType: 'VISIT', sha256: sha256(photo) });
    expect(await stored()).toEqual({ rows: before.rows + 1, files: before.files });

    const after = aPng({ seed: 2 });
    await upload({ ownerType: 'VISIT', ownerId: visitId, purpose: 'AFTER' }, { name: 'after.png', bytes: after });
    expect((await stored()).files).toHaveLength(before.files.length + 1);
    const { serviceRequest } = await must<{ serviceRequest: { visits: { attachments: { purpose: string }[] }[] } }>(
      'query($id: ID!) { serviceRequest(id: $id) { visits { attachments { purpose } } } }', { id: requestId });
    expect(serviceRequest.visits[0]!.attachments.map((a) => a.purpose)).toEqual(['BEFORE', 'AFTER']);
  });

  it('keeps one complete file when the same new content arrives twice at once', async () => {
    const before = await stored();
    const twin = aPng({ width: 64, height: 64, seed: 3 });
    const results = await Promise.all([1, 2].map((n) => upload({ ownerType: 'VISIT', ownerId: visitId, purpose: 'OTHER' }, { name: `twin-${n}.png`, bytes: twin })));
    expect(results.map((result) => result.status)).toEqual([201, 201]);
    const after = await stored();
    expect(after.rows).toBe(before.rows + 2);
    expect(after.files.filter((file) => !before.files.includes(file))).toEqual([expect.stringMatching(new RegExp(`^sha256/.*/${sha256(twin)}$`))]);
    const download = await app.fetch(`${app.url}${(results[1]!.body as unknown as Attachment).downloadUrl}`, { headers: asAcme });
    expect(Buffer.from(await download.arrayBuffer()).equals(twin)).toBe(true);
  });

  it('keeps another organisation out', async () => {
    expect((await app.fetch(`${app.url}${attachment.downloadUrl}`, { headers: asBeta })).status).toBe(404);
    const beta = await must<{ attachments: unknown[] }>('query($id: ID!) { attachments(ownerType: SERVICE_REQUEST, ownerId: $id) { id } }', { id: requestId }, asBeta);
    expect(beta.attachments).toEqual([]);
    const noOrg = await app.fetch(`${app.url}${attachment.downloadUrl}`);
    expect(noOrg.status).toBe(401);
    expect(await noOrg.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('retires a file: hidden from lists, kept with who and why, still downloadable', async () => {
    const refused = await app.graphql('mutation($input: RetireAttachmentInput!) { retireAttachment(input: $input) { id } }', { input: { id: attachment.id, reason: ' ' } }, asAcme);
    expect(refused.errors?.[0]?.extensions?.fieldErrors?.map((e) => `${e.field}:${e.code}`)).toEqual(['reason:required']);
    const { retireAttachment } = await must<{ retireAttachment: Attachment }>(`mutation($input: RetireAttachmentInput!) { retireAttachment(input: $input) { ${FIELDS} } }`, { input: { id: attachment.id, reason: '照片拍错了' } });
    expect(retireAttachment).toMatchObject({ retireReason: '照片拍错了', retiredAt: expect.any(String) });
    const lists = await must<{ current: unknown[]; all: unknown[] }>(
      'query($id: ID!) { current: attachments(ownerType: SERVICE_REQUEST, ownerId: $id) { id } all: attachments(ownerType: SERVICE_REQUEST, ownerId: $id, includeRetired: true) { id } }', { id: requestId });
    expect(lists).toEqual({ current: [], all: [{ id: attachment.id }] });
    expect((await app.fetch(`${app.url}${attachment.downloadUrl}`, { headers: asAcme })).status).toBe(200);
    const other = await app.graphql('mutation($input: RetireAttachmentInput!) { retireAttachment(input: $input) { id } }', { input: { id: attachment.id, reason: 'x' } }, asBeta);
    expect(other.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

describe('refusing bad files: a field error and nothing stored', () => {
  const executable = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(600, 0x41)]);

  it.each<[string, () => Promise<{ fields: Record<string, string>; file?: { name: string; bytes: Uint8Array }; headers?: Record<string, string> }>, number, string[], string]>([
    ['a file over the limit', async () => ({ fields: forRequest(), file: { name: 'big.png', bytes: Buffer.concat([aPng(), Buffer.alloc(1024 * 1024)]) } }), 413, ['file:fileTooLarge'], '文件不能超过 1 MB'],
    ['a disallowed type', async () => ({ fields: forRequest('OTHER'), file: { name: 'notes.txt', bytes: Buffer.from('plain text') } }), 400, ['file:fileTypeNotAllowed'], '不支持的文件类型，仅支持：JPEG, PNG, WebP, PDF'],
    ['an executable named .jpg', async () => ({ fields: forRequest(), file: { name: 'photo.jpg', bytes: executable }, headers: { ...asAcme, 'accept-language': 'en' } }), 400, ['file:fileContentMismatch'], 'The content does not match the extension .jpg (it is not JPEG)'],
    ['a PDF as a before photo', async () => ({ fields: { ownerType: 'VISIT', ownerId: visitId, purpose: 'BEFORE' }, file: { name: 'before.pdf', bytes: Buffer.from('%PDF-1.7\n%%EOF\n') } }), 400, ['file:fileMustBeImage'], '照片须为图片（JPEG、PNG 或 WebP）'],
    ['an owner of another organisation', async () => ({ fields: { ...forRequest(), ownerId: betaRequestId }, file: { name: 'a.png', bytes: aPng({ seed: 9 }) } }), 400, ['ownerId:notFound'], '所选记录不存在'],
    ['no file and no purpose', async () => ({ fields: { ownerType: 'SERVICE_REQUEST', ownerId: requestId } }), 400, ['purpose:required', 'file:required'], '必填项'],
    ['an unknown owner type', async () => ({ fields: { ...forRequest(), ownerType: 'CUSTOMER' }, file: { name: 'a.png', bytes: aPng({ seed: 10 }) } }), 400, ['ownerType:invalidChoice'], `取值无效，可选：${ATTACHMENT_OWNER_TYPES.join(', ')}`],
  ])('refuses %s', async (_name, given, status, errors, firstMessage) => {
    const { fields, file, headers } = await given();
    const before = await stored();
    const result = await upload(fields, file, headers);
    expect(result.status).toBe(status);
    expect(result.body.code).toBe('BAD_USER_INPUT');
    expect(result.body.fieldErrors?.map((e) => `${e.field}:${e.code}`)).toEqual(errors);
    expect(result.body.fieldErrors?.[0]?.message).toBe(firstMessage);
    expect(await stored()).toEqual(before);
  });

  it('refuses a file sent under another field name', async () => {
    const before = await stored();
    const form = new FormData();
    for (const [name, value] of Object.entries(forRequest())) form.append(name, value);
    form.append('photo', new Blob([aPng({ seed: 11 })]), 'a.png');
    const response = await app.fetch(`${app.url}/api/attachments`, { method: 'POST', body: form, headers: asAcme });
    expect(response.status).toBe(400);
    expect(await stored()).toEqual(before);
  });
});

describe('start-up settings', () => {
  it.each<[string, Record<string, string>, RegExp]>([
    ['an upload limit of 0 MB', { STARDESK_UPLOAD_MAX_MB: '0' }, /code 78[\s\S]*STARDESK_UPLOAD_MAX_MB/],
    ['a files folder that is a file', { STARDESK_FILES_DIR: 'plain-file' }, /code 78[\s\S]*STARDESK_FILES_DIR: cannot keep files in/],
  ])('stops with exit code 78 on %s', async (_name, env, message) => {
    const plainFile = path.join(mkdtempSync(path.join(tmpdir(), 'stardesk-')), 'plain-file');
    writeFileSync(plainFile, '');
    const settings: Record<string, string> = { DATABASE_URL: app.database.url, STARDESK_JOBS: 'false', ...env };
    if (settings['STARDESK_FILES_DIR']) settings['STARDESK_FILES_DIR'] = plainFile;
    await expect(startApiProcess(settings)).rejects.toThrow(message);
  });
});
