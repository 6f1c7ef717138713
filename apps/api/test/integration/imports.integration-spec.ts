import { createOrganisation } from '@stardesk/database';
import { anImportTable } from '@stardesk/domain';
import ExcelJS from 'exceljs';
import { anImportSet } from '../../../../tools/testing/import-set.factory';
import { startTestApp, type TestApp } from '../support/test-app';

const IMPORT = `mutation($files: [ImportFileInput!]!, $update: Boolean) {
  importRecords(files: $files, update: $update) { accepted counts { type inserted updated } problems { file row column code severity message } } }`;

type ImportResult = {
  accepted: boolean;
  counts: { type: string; inserted: number; updated: number }[];
  problems: { file: string; row: number | null; column: string | null; code: string; severity: string; message: string }[];
};

let app: TestApp;

const base64 = (text: string | Buffer): string => Buffer.from(text).toString('base64');

/** The CSV files of the standard set, as uploads. */
function uploads(set = anImportSet()): { name: string; contentBase64: string }[] {
  return (['outlets', 'staff', 'service_requests', 'visits', 'complaints', 'return_visits'] as const).flatMap((type) => {
    const table = set.tableOf(type);
    return table ? [{ name: `${type}.csv`, contentBase64: base64(table.toCsv()) }] : [];
  });
}

async function importAs(org: string, files: unknown[], update?: boolean, language = 'en') {
  return app.graphql<{ importRecords: ImportResult }>(IMPORT, { files, update }, { 'x-org-code': org, 'accept-language': language });
}

async function requestCount(org: string): Promise<number> {
  const [row] = await app.database.dataSource.query('SELECT count(*)::int AS n FROM service_requests sr JOIN organisations o ON o.id = sr.org_id WHERE o.code = $1', [org]);
  return row.n;
}

beforeAll(async () => {
  app = await startTestApp();
  for (const code of ['ACME', 'BAD', 'XL']) await createOrganisation(app.database.dataSource, { code, name: `${code} 电器有限公司`, timeZone: 'Asia/Shanghai' });
});
afterAll(async () => app?.close());

describe('importRecords', () => {
  it('imports a set of uploaded files, whose requests then have timelines', async () => {
    const { data, errors } = await importAs('ACME', uploads());
    expect(errors).toBeUndefined();
    expect(data!.importRecords).toEqual({
      accepted: true,
      counts: [
        { type: 'outlets', inserted: 2, updated: 0 },
        { type: 'staff', inserted: 2, updated: 0 },
        { type: 'service_requests', inserted: 3, updated: 0 },
        { type: 'visits', inserted: 2, updated: 0 },
        { type: 'complaints', inserted: 1, updated: 0 },
        { type: 'return_visits', inserted: 1, updated: 0 },
      ],
      problems: [],
    });
    const listed = await app.graphql<{ serviceRequests: { edges: { node: { code: string; status: string; events: { toStatus: string; imported: boolean; actor: null }[] } }[] } }>(
      '{ serviceRequests(first: 10, filter: { statuses: [CLOSED] }) { edges { node { code status events { toStatus imported actor { login } } } } } }',
      {},
      { 'x-org-code': 'ACME' },
    );
    expect(listed.data!.serviceRequests.edges.map((edge) => edge.node)).toEqual([
      {
        code: 'SR-H-0001',
        status: 'CLOSED',
        events: ['NEW', 'ACKNOWLEDGED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'].map((toStatus) => ({ toStatus, imported: true, actor: null })),
      },
    ]);
  });

  it('refuses a set with a bad row as a normal result, in the caller’s language, writing nothing', async () => {
    const set = anImportSet().change('service_requests', (table) => table.row().row({ code: 'SR-H-0002', acknowledged_at: '2026-03-01T08:00:00' }));
    for (const [language, message] of [['en', 'Cannot be earlier than the report time (2026-03-01T09:00:00+08:00)'], ['zh-CN', '不能早于报修时间（2026-03-01T09:00:00+08:00）']]) {
      const { data, errors } = await importAs('BAD', uploads(set), false, language!);
      expect(errors).toBeUndefined();
      expect(data!.importRecords).toEqual({
        accepted: false,
        counts: [],
        problems: [{ file: 'service_requests.csv', row: 3, column: 'acknowledged_at', code: 'beforeReported', severity: 'error', message }],
      });
    }
    expect(await requestCount('BAD')).toBe(0);
  });

  it('refuses duplicates unless update is set', async () => {
    const files = [uploads()[2]!];
    const refused = await importAs('ACME', files);
    expect(refused.data!.importRecords.accepted).toBe(false);
    expect(refused.data!.importRecords.problems.map((problem) => [problem.row, problem.code])).toEqual([[2, 'alreadyExists'], [3, 'alreadyExists'], [4, 'alreadyExists']]);
    const updated = await importAs('ACME', files, true);
    expect(updated.data!.importRecords).toMatchObject({ accepted: true, counts: [{ type: 'service_requests', inserted: 0, updated: 3 }] });
  });

  it('reads an uploaded XLSX workbook with Chinese headers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('网点');
    for (const row of anImportTable('outlets').row().row({ code: 'GZ-01', city: '广州' }).inChinese().table()) sheet.addRow(row);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const { data } = await importAs('XL', [{ name: 'outlets.xlsx', contentBase64: content.toString('base64') }]);
    expect(data!.importRecords).toEqual({ accepted: true, counts: [{ type: 'outlets', inserted: 2, updated: 0 }], problems: [] });
  });

  it('refuses malformed and oversized uploads field by field, naming the limit', async () => {
    const malformed = await importAs('XL', [{ name: 'outlets.csv', contentBase64: '@@not base64@@' }, { name: '', contentBase64: base64('x') }]);
    expect(malformed.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [
        { field: 'files.0.contentBase64', code: 'invalidBase64' },
        { field: 'files.1.name', code: 'required' },
      ],
    });
    const large = await importAs('XL', [{ name: 'service_requests.csv', contentBase64: 'A'.repeat(28 * 1024 * 1024) }]);
    expect(large.errors![0]!.extensions!.fieldErrors).toEqual([
      { field: 'files', code: 'tooLarge', params: { maxMb: '20', actualMb: '21.0' }, message: expect.stringContaining('at most 20 MB') },
    ]);
  });
});
