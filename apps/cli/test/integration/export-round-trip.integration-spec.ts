import { createOrganisation } from '@stardesk/database';
import { IMPORT_RECORD_TYPES } from '@stardesk/domain';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../../../tools/testing/cli-process';
import { anImportSet, newDirectory } from '../../../../tools/testing/import-set.factory';
import { createTestDatabase, type TestDatabase } from '../../../../tools/testing/test-database';

/**
 * The CSV export writes the import layout: exporting an organisation and importing the files into
 * another gives the same records (compared as values, and as the files the second export writes).
 * Chinese headers and XLSX workbooks import like English CSV.
 */
let database: TestDatabase;
let env: Record<string, string>;

/** Exports every record type of `org` into a new directory; returns the files in load order. */
async function exportAll(org: string, headers: 'en' | 'zh' = 'en'): Promise<string[]> {
  const directory = newDirectory();
  const files: string[] = [];
  for (const type of IMPORT_RECORD_TYPES) {
    const file = path.join(directory, `${type}.csv`);
    const result = await runCli(['export', '--org', org, '--type', type, '--headers', headers, '--from', '2020-01-01', '--to', '2030-12-31', '--out', file], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    files.push(file);
  }
  return files;
}

const contents = (files: string[]): Record<string, string> => Object.fromEntries(files.map((file) => [path.basename(file), readFileSync(file, 'utf8')]));

/** The stored values of requests and visits, free of ids and of the organisation. */
async function normalisedRecords(org: string): Promise<unknown[]> {
  return database.dataSource.query(
    `SELECT sr.code, sr.type, sr.channel, sr.priority, sr.status, sr.warranty_status, sr.reported_at, sr.acknowledged_at, sr.resolved_at, sr.closed_at,
            sr.cancelled_at, sr.reopen_count, sr.fault_description, c.name, c.phone, p.model, u.serial_no, o.code AS outlet, s.login AS technician,
            (SELECT json_agg(json_build_array(v.seq, t.login, v.arrived_at, v.completed_at, v.outcome) ORDER BY v.seq)
               FROM visits v JOIN staff t ON t.id = v.technician_id WHERE v.request_id = sr.id) AS visits,
            (SELECT json_agg(json_build_array(e.from_status, e.to_status, e.at) ORDER BY e.at, e.to_status) FROM service_request_events e WHERE e.request_id = sr.id) AS events
       FROM service_requests sr JOIN organisations org ON org.id = sr.org_id JOIN customers c ON c.id = sr.customer_id JOIN products p ON p.id = sr.product_id
       JOIN outlets o ON o.id = sr.outlet_id LEFT JOIN product_units u ON u.id = sr.unit_id LEFT JOIN staff s ON s.id = sr.technician_id
      WHERE org.code = $1 ORDER BY sr.code`,
    [org],
  );
}

/** Certificates and trainings with their attendances, by natural keys. */
async function normalisedPeople(org: string): Promise<unknown[]> {
  return database.dataSource.query(
    `SELECT s.login, q.certificate_type, q.certificate_no, q.issuer, q.title, q.valid_from::text, q.valid_until::text, null AS attendees
       FROM qualifications q JOIN staff s ON s.id = q.staff_id JOIN organisations o ON o.id = q.org_id WHERE o.code = $1
     UNION ALL
     SELECT t.course, t.date::text, t.hours::text, t.trainer, t.syllabus, null, null,
            (SELECT json_agg(json_build_array(s.login, a.score, a.passed) ORDER BY s.login) FROM training_attendances a JOIN staff s ON s.id = a.staff_id WHERE a.training_id = t.id)
       FROM trainings t JOIN organisations o ON o.id = t.org_id WHERE o.code = $1
     ORDER BY 1, 2, 3`,
    [org],
  );
}

beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.url, STARDESK_LOCALE: 'en' };
  for (const code of ['SRC', 'COPY', 'ZH', 'XL', 'DEMOCOPY']) await createOrganisation(database.dataSource, { code, name: `${code} 电器有限公司`, timeZone: 'Asia/Shanghai' });
  expect((await runCli(['import', '--org', 'SRC', ...anImportSet().writeCsv()], env)).code).toBe(0);
});
afterAll(async () => database?.drop());

describe('export → import round trip', () => {
  it('imports an export into another organisation with identical records', async () => {
    const exported = await exportAll('SRC');
    const imported = await runCli(['import', '--org', 'COPY', ...exported], env);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(await normalisedRecords('COPY')).toEqual(await normalisedRecords('SRC'));
    expect(await normalisedPeople('SRC')).toHaveLength(4);
    expect(await normalisedPeople('COPY')).toEqual(await normalisedPeople('SRC'));
    expect(readFileSync(exported[7]!, 'utf8').split('\r\n').slice(0, 3)).toEqual([
      '\uFEFFcourse,date,hours,attendees,score,trainer',
      'R32 冷媒安全操作,2026-03-02,3.5,gcs1;kefu1,90,王工',
      '安装规范,2026-03-04,2,gcs1:95;kefu1:80.5,,',
    ]);
    expect(contents(await exportAll('COPY'))).toEqual(contents(exported));
  });

  it('writes the layout with Chinese headers, which imports the same', async () => {
    const exported = await exportAll('SRC', 'zh');
    expect(readFileSync(exported[2]!, 'utf8')).toMatch(/^\uFEFF工单号,服务类型,渠道,优先级,客户姓名,客户电话,产品型号,/);
    expect(readFileSync(exported[5]!, 'utf8').split('\r\n')[1]).toBe('SR-H-0001,2026-03-05T10:00:00+08:00,PHONE,5,9,满意');
    const imported = await runCli(['import', '--org', 'ZH', ...exported], env);
    expect(imported.code).toBe(0);
    expect(await normalisedRecords('ZH')).toEqual(await normalisedRecords('SRC'));
    expect(readFileSync(exported[6]!, 'utf8')).toMatch(/^\uFEFF员工登录名,证书类型,证书编号,发证机关,证书名称,生效日期,有效期至\r\n/);
    expect(await normalisedPeople('ZH')).toEqual(await normalisedPeople('SRC'));
  });

  it('exports only the requests of the period, a page at a time', async () => {
    const file = path.join(newDirectory(), 'service_requests.csv');
    const result = await runCli(['export', '--org', 'SRC', '--type', 'service_requests', '--from', '2026-03-05', '--to', '2026-03-06', '--out', file], env);
    expect(result.stdout).toContain('Exported 2 service_requests rows');
    expect(readFileSync(file, 'utf8').split('\r\n').slice(1, 3).map((line) => line.split(',')[0])).toEqual(['SR-H-0002', 'SR-H-0003']);
  });

  it('round-trips a year of demo history entered through the lifecycle', async () => {
    expect((await runCli(['seed', '--requests', '300'], env)).code).toBe(0);
    const exported = await exportAll('DEMO');
    const imported = await runCli(['import', '--org', 'DEMOCOPY', ...exported], env);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(contents(await exportAll('DEMOCOPY'))).toEqual(contents(exported));
  });
});

describe('XLSX workbooks', () => {
  it('reads the sheet named like the record type (else the first), with Chinese headers, numbers and dates as Excel stores them', async () => {
    const directory = newDirectory();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('说明').addRow(['这张表不导入']);
    const requests = workbook.addWorksheet('service_requests');
    const table = anImportSet().tableOf('service_requests').inChinese().table();
    requests.addRow(table[0]!);
    const [first] = table.slice(1);
    const cells: (string | number | Date)[] = [...first!];
    cells[5] = 13800138000; // the phone typed as a number
    cells[12] = new Date('2026-03-01T09:00:00Z'); // a date cell: Excel keeps the wall-clock time, 09:00 in Shanghai
    requests.addRow(cells);
    const file = path.join(directory, 'service_requests.xlsx');
    await workbook.xlsx.writeFile(file);
    const outlets = new ExcelJS.Workbook();
    const sheet = outlets.addWorksheet('网点');
    for (const row of anImportSet().tableOf('outlets').table()) sheet.addRow(row);
    await outlets.xlsx.writeFile(path.join(directory, 'outlets.xlsx'));

    const result = await runCli(['import', '--org', 'XL', path.join(directory, 'outlets.xlsx'), file], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [request] = await database.dataSource.query(
      `SELECT sr.reported_at, c.phone FROM service_requests sr JOIN customers c ON c.id = sr.customer_id JOIN organisations o ON o.id = sr.org_id WHERE o.code = 'XL'`,
    );
    expect(request).toEqual({ reported_at: new Date('2026-03-01T01:00:00Z'), phone: '13800138000' });
  });

  it('reports rows of a workbook by their Excel row numbers', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('visits');
    const [header, row] = anImportSet().tableOf('visits').table();
    sheet.addRow(header!);
    sheet.addRow([]);
    sheet.addRow(row!.map((cell, index) => (header![index] === 'outcome' ? 'DONE' : cell)));
    const file = path.join(newDirectory(), 'visits.xlsx');
    await workbook.xlsx.writeFile(file);
    const result = await runCli(['import', '--org', 'XL', '--type', 'visits', file], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('visits.xlsx, row 3, column "outcome": Invalid value "DONE"');
  });
});
