import { createOrganisation } from '@stardesk/database';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../../../../tools/testing/cli-process';
import { anImportSet, newDirectory } from '../../../../tools/testing/import-set.factory';
import { createTestDatabase, type TestDatabase } from '../../../../tools/testing/test-database';

/**
 * `stardesk import` with real CLI processes on a private database: a valid set loads completely,
 * one bad row loads nothing and the report names file, row, column and reason, duplicates are
 * refused unless --update.
 */
let database: TestDatabase;
let env: Record<string, string>;

const TABLES = ['outlets', 'staff', 'service_requests', 'service_request_events', 'visits', 'stock_movements', 'complaints', 'complaint_events', 'return_visits', 'survey_responses', 'customers',
  'qualifications', 'trainings', 'training_attendances'];

async function countsOf(orgCode: string): Promise<Record<string, number>> {
  const [org] = await database.dataSource.query('SELECT id FROM organisations WHERE code = $1', [orgCode]);
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await database.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE org_id = $1`, [org.id]);
    counts[table] = row.n;
  }
  return counts;
}

const query = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => database.dataSource.query(sql, params);

beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.url, STARDESK_LOCALE: 'en' };
  for (const code of ['ACME', 'BAD', 'DUP', 'RACE', 'PEOPLE']) await createOrganisation(database.dataSource, { code, name: `${code} 电器有限公司`, timeZone: 'Asia/Shanghai' });
});
afterAll(async () => database?.drop());

describe('stardesk import', () => {
  it('loads a valid set of every record type completely, with events synthesised from the times', async () => {
    const result = await runCli(['import', '--org', 'acme', ...anImportSet().writeCsv()], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('service requests: 3 new, 0 updated');
    expect(result.stdout).toContain('visits: 2 new, 0 updated');
    expect(await countsOf('ACME')).toEqual({
      outlets: 2, staff: 3, service_requests: 3, service_request_events: 6 + 1 + 3, visits: 2, stock_movements: 2, complaints: 1, complaint_events: 3,
      return_visits: 1, survey_responses: 1, customers: 2, qualifications: 2, trainings: 2, training_attendances: 4,
    });
    expect(result.stdout).toContain('qualifications: 2 new, 0 updated');
    expect(result.stdout).toContain('trainings: 2 new, 0 updated');

    const [closed] = await query<Record<string, unknown>>(
      `SELECT sr.status, sr.warranty_status, sr.reported_at, sr.acknowledged_at, sr.resolved_at, sr.closed_at, sr.cancelled_at, s.login AS technician, o.code AS outlet
         FROM service_requests sr JOIN outlets o ON o.id = sr.outlet_id LEFT JOIN staff s ON s.id = sr.technician_id WHERE sr.code = 'SR-H-0001'`,
    );
    expect(closed).toEqual({
      status: 'CLOSED', warranty_status: 'IN_WARRANTY', reported_at: new Date('2026-03-01T01:00:00Z'), acknowledged_at: new Date('2026-03-01T01:20:00Z'),
      resolved_at: new Date('2026-03-02T07:00:00Z'), closed_at: new Date('2026-03-03T02:00:00Z'), cancelled_at: null, technician: 'gcs2', outlet: 'SH-01',
    });
    const events = await query<{ from_status: string | null; to_status: string; at: Date; actor_id: string | null; imported: boolean }>(
      `SELECT e.from_status, e.to_status, e.at, e.actor_id, e.imported FROM service_request_events e JOIN service_requests sr ON sr.id = e.request_id
        WHERE sr.code = 'SR-H-0001' ORDER BY e.at, e.id`,
    );
    expect(events.map((event) => [event.from_status, event.to_status, event.at.toISOString()])).toEqual([
      [null, 'NEW', '2026-03-01T01:00:00.000Z'],
      ['NEW', 'ACKNOWLEDGED', '2026-03-01T01:20:00.000Z'],
      ['ACKNOWLEDGED', 'DISPATCHED', '2026-03-01T01:20:00.000Z'],
      ['DISPATCHED', 'IN_PROGRESS', '2026-03-01T06:00:00.000Z'],
      ['IN_PROGRESS', 'RESOLVED', '2026-03-02T07:00:00.000Z'],
      ['RESOLVED', 'CLOSED', '2026-03-03T02:00:00.000Z'],
    ]);
    expect(events.every((event) => event.imported && event.actor_id === null)).toBe(true);

    const [cancelled] = await query<{ status: string; closed_at: Date | null; cancelled_at: Date }>(`SELECT status, closed_at, cancelled_at FROM service_requests WHERE code = 'SR-H-0003'`);
    expect(cancelled).toEqual({ status: 'CANCELLED', closed_at: null, cancelled_at: new Date('2026-03-06T03:00:00Z') });
    const [newRequest] = await query<{ phone: string; category: string }>(
      `SELECT c.phone, p.category FROM service_requests sr JOIN customers c ON c.id = sr.customer_id JOIN products p ON p.id = sr.product_id WHERE sr.code = 'SR-H-0002'`,
    );
    expect(newRequest).toEqual({ phone: '02161234567', category: '未分类' });

    const movements = await query<{ part_no: string; quantity: number; kind: string; charged: number }>(
      `SELECT sp.part_no, m.quantity, m.kind, m.charged_amount::float8 AS charged FROM stock_movements m JOIN spare_parts sp ON sp.id = m.part_id ORDER BY sp.part_no`,
    );
    expect(movements).toEqual([{ part_no: 'CAP-35', quantity: 1, kind: 'CONSUMED', charged: 0 }, { part_no: 'FAN-2', quantity: 2, kind: 'CONSUMED', charged: 0 }]);
    const [technician] = await query<{ role: string; active: boolean }>(`SELECT role, active FROM staff WHERE login = 'gcs2'`);
    expect(technician).toEqual({ role: 'TECHNICIAN', active: true });
    const [complaint] = await query<Record<string, unknown>>(`SELECT status, escalation_level, customer_accepted, outlet_id IS NOT NULL AS has_outlet FROM complaints WHERE code = 'CP-H-0001'`);
    expect(complaint).toEqual({ status: 'CLOSED', escalation_level: 1, customer_accepted: true, has_outlet: true });
    const [rating] = await query<Record<string, unknown>>(
      `SELECT rv.status, rv.imported, rv.due_at > rv.closed_at AS due_after_closure, r.source, r.overall, r.recommend
         FROM return_visits rv JOIN survey_responses r ON r.return_visit_id = rv.id`,
    );
    expect(rating).toEqual({ status: 'DONE', imported: true, due_after_closure: true, source: 'RETURN_VISIT', overall: 5, recommend: 9 });
  });

  it('loads nothing when one row is bad, and reports file, row, column and reason', async () => {
    const files = anImportSet()
      .change('visits', (table) => table.row({ arrived_at: '2026-03-01T14:00:00', completed_at: '', outcome: 'NEEDS_PARTS', parts: '' }).row({ seq: '2', arrived_at: '2026-02-28T10:00:00', completed_at: '' }))
      .writeCsv();
    const result = await runCli(['import', '--org', 'BAD', ...files], env);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Import refused, nothing was written: 1 problem(s).');
    expect(result.stderr).toContain('visits.csv, row 3, column "arrived_at": Cannot be earlier than the report time (2026-03-01T09:00:00+08:00)');
    expect(Object.values(await countsOf('BAD')).every((count) => count === 0)).toBe(true);
  });

  it('reports every problem of the set at once, in Chinese with the headers as written', async () => {
    const set = anImportSet()
      .change('service_requests', (table) => table.row({ customer_phone: '12345' }).inChinese())
      .change('visits', (table) => table.row({ request_code: 'SR-NOPE' }).row({ seq: '3' }).inChinese());
    const result = await runCli(['import', '--org', 'BAD', ...set.writeCsv()], { ...env, STARDESK_LOCALE: 'zh-CN' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('导入被拒绝，未写入任何数据：共 3 个问题。');
    expect(result.stderr).toContain('service_requests.csv 第 2 行「客户电话」列：「12345」不是有效的手机号或固定电话');
    expect(result.stderr).toContain('visits.csv 第 2 行「工单号」列：「SR-NOPE」不存在');
    expect(result.stderr).toContain('visits.csv 第 3 行「上门序号」列：工单 SR-H-0001 的上门序号应从 1 起连续编号，缺少第 1 次');
    expect(Object.values(await countsOf('BAD')).every((count) => count === 0)).toBe(true);
  });

  it('refuses files it cannot read, naming them', async () => {
    const directory = newDirectory();
    const gbk = path.join(directory, 'outlets.csv');
    writeFileSync(gbk, Buffer.from([0x63, 0x6f, 0x64, 0x65, 0x0a, 0xc9, 0xcf, 0xba, 0xa3, 0x0a])); // "code\n上海" in GBK
    const unknown = path.join(directory, 'orders.csv');
    writeFileSync(unknown, 'code\nX\n');
    const result = await runCli(['import', '--org', 'BAD', gbk, unknown], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('outlets.csv: The file is not UTF-8 (perhaps GBK)');
    expect(result.stderr).toContain('orders.csv: Cannot tell the record type from the file name');
  });

  it('refuses duplicates, and overwrites imported records with --update', async () => {
    const files = anImportSet().writeCsv();
    expect((await runCli(['import', '--org', 'DUP', ...files], env)).code).toBe(0);
    const again = await runCli(['import', '--org', 'DUP', ...files], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('service_requests.csv, row 2, column "code": Record SR-H-0001 already exists; use --update to overwrite it');
    expect(again.stderr).toContain('visits.csv, row 3, column "seq": Record SR-H-0001 #2 already exists');

    const changed = anImportSet()
      .change('service_requests', (table) => table.row({ status: 'RESOLVED', closed_at: '' }))
      .change('visits', (table) => table.row({ arrived_at: '2026-03-01T14:00:00', completed_at: '2026-03-01T15:00:00', outcome: 'NEEDS_PARTS', parts: '' }).row({ seq: '2', technician: 'gcs2', parts: 'CAP-35*3' }))
      .without('return_visits')
      .writeCsv();
    const updated = await runCli(['import', '--org', 'DUP', '--update', ...changed], env);
    expect(updated.stderr).toBe('');
    expect(updated.code).toBe(0);
    expect(updated.stdout).toContain('service requests: 0 new, 1 updated');
    const [request] = await query<{ status: string; closed_at: Date | null; version: number }>(
      `SELECT sr.status, sr.closed_at, sr.version FROM service_requests sr JOIN organisations o ON o.id = sr.org_id WHERE o.code = 'DUP' AND sr.code = 'SR-H-0001'`,
    );
    expect(request).toEqual({ status: 'RESOLVED', closed_at: null, version: 2 });
    const counts = await countsOf('DUP');
    expect(counts).toMatchObject({ service_requests: 3, service_request_events: 5 + 1 + 3, visits: 2, stock_movements: 1, complaints: 1, complaint_events: 3 });

    // Overwriting the requests alone keeps what their stored visits say: assignee and start of work.
    const requestsOnly = anImportSet().without('outlets', 'staff', 'visits', 'complaints', 'return_visits', 'qualifications', 'trainings').writeCsv();
    expect((await runCli(['import', '--org', 'DUP', '--update', ...requestsOnly], env)).code).toBe(0);
    const [closedAgain] = await query<{ status: string; technician: string; started: Date }>(
      `SELECT sr.status, s.login AS technician, (SELECT e.at FROM service_request_events e WHERE e.request_id = sr.id AND e.to_status = 'IN_PROGRESS') AS started
         FROM service_requests sr JOIN organisations o ON o.id = sr.org_id JOIN staff s ON s.id = sr.technician_id WHERE o.code = 'DUP' AND sr.code = 'SR-H-0001'`,
    );
    expect(closedAgain).toEqual({ status: 'CLOSED', technician: 'gcs2', started: new Date('2026-03-01T06:00:00Z') });
  });

  it('runs two imports of the same set one after the other: one loads, the other finds duplicates', async () => {
    const files = anImportSet().writeCsv();
    const results = await Promise.all([runCli(['import', '--org', 'RACE', ...files], env), runCli(['import', '--org', 'RACE', ...files], env)]);
    expect(results.map((result) => result.code).sort()).toEqual([0, 2]);
    expect(results.find((result) => result.code === 2)!.stderr).toContain('Record SR-H-0001 already exists');
    expect(await countsOf('RACE')).toMatchObject({ service_requests: 3, visits: 2, complaints: 1 });
  });
});

describe('stardesk import of qualifications and trainings', () => {
  const people = async (orgCode: string): Promise<unknown[]> =>
    query(
      `SELECT 'Q' AS kind, s.login, q.certificate_type || ' ' || q.certificate_no AS key, q.issuer, q.title, q.valid_from::text AS from, q.valid_until::text AS until
         FROM qualifications q JOIN staff s ON s.id = q.staff_id JOIN organisations o ON o.id = q.org_id WHERE o.code = $1
       UNION ALL
       SELECT 'T', s.login, t.course || ' ' || t.date::text, t.hours::text, t.trainer, a.score::text, null
         FROM trainings t JOIN training_attendances a ON a.training_id = t.id JOIN staff s ON s.id = a.staff_id JOIN organisations o ON o.id = t.org_id WHERE o.code = $1
       ORDER BY 1, 3, 2`,
      [orgCode],
    );

  it('loads them completely with the staff of the set', async () => {
    // The first test loaded ACME's set, staff.csv and the technician of visits.csv included.
    expect(await people('ACME')).toEqual([
      { kind: 'Q', login: 'kefu1', key: 'OTHER HW-2025-0001', issuer: '北京市应急管理局', title: '高处作业证', from: '2024-03-01', until: null },
      { kind: 'Q', login: 'gcs1', key: 'REFRIGERATION T310101199001011234', issuer: '上海市应急管理局', title: null, from: '2024-03-01', until: '2030-02-28' },
      { kind: 'T', login: 'gcs1', key: 'R32 冷媒安全操作 2026-03-02', issuer: '3.5', title: '王工', from: '90.0', until: null },
      { kind: 'T', login: 'kefu1', key: 'R32 冷媒安全操作 2026-03-02', issuer: '3.5', title: '王工', from: '90.0', until: null },
      { kind: 'T', login: 'gcs1', key: '安装规范 2026-03-04', issuer: '2.0', title: null, from: '95.0', until: null },
      { kind: 'T', login: 'kefu1', key: '安装规范 2026-03-04', issuer: '2.0', title: null, from: '80.5', until: null },
    ]);
  });

  it.each([
    ['an unknown holder', 'qualifications', { login: 'nobody' }, 'qualifications.csv, row 2, column "login": "nobody" does not exist'],
    ['an impossible date', 'qualifications', { valid_from: '2024-02-30' }, 'qualifications.csv, row 2, column "valid_from": "2024-02-30" is not a valid date'],
    ['an end before the start', 'qualifications', { valid_until: '2024-02-29' }, 'qualifications.csv, row 2, column "valid_until": Cannot be earlier than the start of validity'],
    ['an unknown attendee', 'trainings', { attendees: 'gcs1;ghost' }, 'trainings.csv, row 2, column "attendees": "ghost" does not exist'],
    ['no hours', 'trainings', { hours: '0' }, 'trainings.csv, row 2, column "hours": Must be between 0.1 and 200'],
    ['an invalid day', 'trainings', { date: '2026-02-30' }, 'trainings.csv, row 2, column "date": "2026-02-30" is not a valid date'],
  ] as const)('loads nothing for %s and names file, row, column and reason', async (_name, type, changes, message) => {
    const files = anImportSet()
      .change(type, (table) => table.row(changes))
      .writeCsv();
    const result = await runCli(['import', '--org', 'BAD', ...files], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Import refused, nothing was written: 1 problem(s).');
    expect(result.stderr).toContain(message);
    expect(Object.values(await countsOf('BAD')).every((count) => count === 0)).toBe(true);
  });

  it('reads Chinese headers, finds stored staff by login, refuses duplicates and overwrites with --update', async () => {
    const staffOnly = anImportSet().without('service_requests', 'visits', 'complaints', 'return_visits', 'qualifications', 'trainings')
      .change('staff', (table) => table.row({ login: 'kefu1', role: 'DISPATCHER', outlets: 'SH-01' }).row().row({ login: 'gcs2', outlets: '' }));
    expect((await runCli(['import', '--org', 'PEOPLE', ...staffOnly.writeCsv()], env)).code).toBe(0);
    const chinese = (): ReturnType<typeof anImportSet> =>
      anImportSet()
        .without('outlets', 'staff', 'service_requests', 'visits', 'complaints', 'return_visits')
        .change('qualifications', (table) => table.row().inChinese())
        .change('trainings', (table) => table.row().row({ course: '安装规范', attendees: 'gcs1:95;gcs2:80.5', score: '' }).inChinese());
    const loaded = await runCli(['import', '--org', 'PEOPLE', ...chinese().writeCsv()], env);
    expect(loaded.stderr).toBe('');
    expect(loaded.code).toBe(0);
    expect(await countsOf('PEOPLE')).toMatchObject({ staff: 3, qualifications: 1, trainings: 2, training_attendances: 4 });

    const again = await runCli(['import', '--org', 'PEOPLE', ...chinese().writeCsv()], { ...env, STARDESK_LOCALE: 'zh-CN' });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('qualifications.csv 第 2 行「证书编号」列：记录 REFRIGERATION T310101199001011234 已存在；如需覆盖请使用 --update');
    expect(again.stderr).toContain('trainings.csv 第 3 行「培训课程」列：记录 安装规范 2026-03-02 已存在');

    const changed = anImportSet()
      .without('outlets', 'staff', 'service_requests', 'visits', 'complaints', 'return_visits')
      .change('qualifications', (table) => table.row({ login: 'gcs2', valid_until: '2027-02-28' }))
      .change('trainings', (table) => table.row({ hours: '4', attendees: 'gcs2', score: '75' }));
    const updated = await runCli(['import', '--org', 'PEOPLE', '--update', ...changed.writeCsv()], env);
    expect(updated.stderr).toBe('');
    expect(updated.stdout).toContain('qualifications: 0 new, 1 updated');
    expect(updated.stdout).toContain('trainings: 0 new, 1 updated');
    expect((await people('PEOPLE')).slice(0, 2)).toEqual([
      { kind: 'Q', login: 'gcs2', key: 'REFRIGERATION T310101199001011234', issuer: '上海市应急管理局', title: null, from: '2024-03-01', until: '2027-02-28' },
      { kind: 'T', login: 'gcs2', key: 'R32 冷媒安全操作 2026-03-02', issuer: '4.0', title: '王工', from: '75.0', until: null },
    ]);
    expect(await countsOf('PEOPLE')).toMatchObject({ qualifications: 1, trainings: 2, training_attendances: 3 });
  });
});
