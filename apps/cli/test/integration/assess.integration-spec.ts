import { AssessmentRecords } from '../../../../tools/testing/assessment-records.factory';
import { runCli } from '../../../../tools/testing/cli-process';
import { anOrganisation } from '../../../../tools/testing/organisation.factory';
import { createTestDatabase, type TestDatabase } from '../../../../tools/testing/test-database';

/** `stardesk assess` in a real CLI process: the automatic evaluation of a period, as text and as JSON. */
let database: TestDatabase;
let env: Record<string, string>;

interface AssessJson {
  score: number | null;
  grade: string | null;
  applicablePoints: number;
  actualPoints: number;
  indicators: Record<string, { applicablePoints: number; actualPoints: number; criteria: Record<string, { method: string; status: string; actualPoints: number; evidence: Record<string, unknown> | null }> }>;
}

beforeAll(async () => {
  database = await createTestDatabase();
  env = { DATABASE_URL: database.url, STARDESK_LOCALE: 'en' };
  const acme = await anOrganisation('ACME').withOutlet('SH-01').withProduct('KFR-35GW').withStaff('gcs1').create(database.dataSource);
  const records = new AssessmentRecords(database.dataSource, acme);
  for (let day = 1; day <= 12; day++) await records.complaint({ receivedAt: `2025-03-${String(day + 2).padStart(2, '0')}T02:00:00Z`, closedAfterHours: day % 4 === 0 ? 200 : 48 });
  for (let day = 1; day <= 4; day++) await records.repair({ reportedAt: `2025-03-${String(day + 5).padStart(2, '0')}T01:00:00Z`, diagnosis: day === 1 ? null : '压缩机故障' });
});
afterAll(async () => database?.drop());

describe('stardesk assess', () => {
  it('prints exactly score, grade, applicablePoints, actualPoints and the indicators by key with --json, the same on every run', async () => {
    const args = ['assess', '--org', 'acme', '--from', '2025-03-01', '--to', '2025-04-01', '--json'];
    const result = await runCli(args, env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout) as AssessJson;
    expect(Object.keys(json)).toEqual(['score', 'grade', 'applicablePoints', 'actualPoints', 'indicators']);
    expect(Object.keys(json.indicators)).toHaveLength(15);
    expect(json.applicablePoints).toBe(100);
    expect(json.indicators['CUST.COMPL']!.criteria['CUST.COMPL.2']).toMatchObject({ method: 'KPI', status: 'NON_CONFORMING', evidence: { kpi: 'complaintTimelyRate', value: 0.75 } });
    expect(json.indicators['GOODS.REPAIR']!.criteria['GOODS.REPAIR.5']).toMatchObject({ status: 'PARTIAL', actualPoints: 2.25, evidence: { sampled: 4, nonConforming: 1, seed: 'ACME:2025-03-01:2025-04-01:GOODS.REPAIR.5' } });
    // Manual criteria earn nothing until an assessor records them, so the automatic score is a floor.
    expect(json.indicators['SYS.ORG']!.criteria['SYS.ORG.3']!.status).toBe('UNASSESSED');
    expect(json.score).toBe(Math.round((json.actualPoints / json.applicablePoints) * 100 * 100) / 100);
    expect(json.grade).toBe('FAIL');

    const again = await runCli(args, env);
    expect(again.stdout).toBe(result.stdout);
  });

  it('prints the indicator table, the score and the grade', async () => {
    const result = await runCli(['assess', '--org', 'ACME', '--from', '2025-03-01', '--to', '2025-04-01'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('catalogue version 1');
    expect(result.stdout).toMatch(/CUST\.COMPL\.2 +KPI +NON_CONFORMING/);
    expect(result.stdout).toMatch(/Score [\d.]+ {2}Grade fail/);
  });

  it('refuses a period that ends before it starts and an unknown organisation', async () => {
    const reversed = await runCli(['assess', '--org', 'ACME', '--from', '2025-04-01', '--to', '2025-03-01'], env);
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toContain('--to: The end must be after the start');
    const unknown = await runCli(['assess', '--org', 'NOPE', '--from', '2025-03-01', '--to', '2025-04-01'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Organisation NOPE does not exist');
  });
});
