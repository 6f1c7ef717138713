import { drawSample } from '@stardesk/domain';
import { AssessmentRecords } from '../../../../tools/testing/assessment-records.factory';
import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * GB/T 27922 self-assessments over the real API: automatic evaluation of KPI and SAMPLE criteria,
 * determinism of samples and score, the assessor's judgements, exclusions, deductions and the bonus,
 * sign-off freezing everything, catalogue versions, and bad input refused field by field.
 */
const CRITERION = `key method status points applicablePoints actualPoints acceptsJudgement kpi kpiValue comparator threshold
  recordType sampleSeed populationSize sampled nonConforming samples { recordId conforming findings { aspect code message } }
  judgement { outcome note evidenceLinks } excluded`;
const ASSESSMENT = `id title periodFrom periodTo catalogVersionNo catalogLabel sampleSeed status score grade gradeName applicablePoints actualPoints
  deductionPoints bonusPoints unassessed version specialBonus exclusions { key reason } specialDeductions { kind description }
  indicators { key category applicablePoints actualPoints evidenceCompleteness { withEvidence total ratio } criteria { ${CRITERION} } }
  gapAnalysis { score nextGrade pointsToNextGrade reachable summary fixes { criterionKey fix lostPoints action } indicators { key lostPoints } }`;

interface Criterion {
  key: string;
  method: string;
  status: string;
  applicablePoints: number;
  actualPoints: number;
  acceptsJudgement: boolean;
  kpiValue: number | null;
  threshold: number | null;
  sampleSeed: string | null;
  populationSize: number | null;
  sampled: number | null;
  nonConforming: number | null;
  samples: { recordId: string; conforming: boolean; findings: { code: string }[] }[];
  judgement: { outcome: string; note: string | null; evidenceLinks: string[] } | null;
}
interface Assessment {
  id: string;
  catalogVersionNo: number;
  status: string;
  score: number | null;
  grade: string | null;
  applicablePoints: number;
  actualPoints: number;
  deductionPoints: number;
  bonusPoints: number;
  unassessed: string[];
  version: number;
  indicators: { key: string; evidenceCompleteness: { withEvidence: number; total: number; ratio: number | null }; criteria: Criterion[] }[];
  gapAnalysis: { summary: string; fixes: { criterionKey: string }[] };
}
type GraphqlError = { message: string; extensions: { code: string; fieldErrors?: { field: string; code: string; message: string }[] } };

let app: TestApp;
let acme: GivenOrganisation;
let records: AssessmentRecords;
const headers = { 'x-org-code': 'ACME', 'accept-language': 'en' };
const late: string[] = [];

async function gql<T>(query: string, variables: Record<string, unknown> = {}) {
  return app.graphql<T>(query, variables, headers);
}
async function must<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await gql<T>(query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}
async function refused(query: string, variables: Record<string, unknown>): Promise<GraphqlError> {
  const result = await gql(query, variables);
  expect(result.errors).toHaveLength(1);
  return result.errors![0] as unknown as GraphqlError;
}

const create = async (input: Record<string, unknown>): Promise<Assessment> =>
  (await must<{ createAssessment: Assessment }>(`mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { ${ASSESSMENT} } }`, { input })).createAssessment;
const change = async (mutation: string, inputType: string, input: Record<string, unknown>): Promise<Assessment> =>
  (await must<Record<string, Assessment>>(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${ASSESSMENT} } }`, { input }))[mutation]!;
const fetchAssessment = async (id: string): Promise<Assessment> => (await must<{ assessment: Assessment }>(`query($id: ID!) { assessment(id: $id) { ${ASSESSMENT} } }`, { id })).assessment;
const criterion = (assessment: Assessment, key: string): Criterion => assessment.indicators.flatMap((indicator) => indicator.criteria).find((entry) => entry.key === key)!;
const assessmentCount = async (): Promise<number> => (await app.database.dataSource.query('SELECT count(*)::int AS n FROM assessments'))[0].n;

const MARCH = { from: '2025-03-01', to: '2025-04-01' };
const JUDGE = 'RecordAssessmentJudgementInput';

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME').withOutlet('SH-01').withProduct('KFR-35GW').withStaff('gcs1').create(app.database.dataSource);
  records = new AssessmentRecords(app.database.dataSource, acme);
  // 12 complaints closed in March: 10 in time, 2 closed after 200 h (target 168 h).
  for (let day = 1; day <= 12; day++) {
    const id = await records.complaint({ receivedAt: `2025-03-${String(day + 2).padStart(2, '0')}T02:00:00Z`, closedAfterHours: day % 6 === 0 ? 200 : 48 });
    if (day % 6 === 0) late.push(id);
  }
  // 6 repairs resolved in March: one acknowledged late (150 min > 120), one without a diagnosis; one cancelled.
  for (let day = 1; day <= 6; day++) {
    await records.repair({ reportedAt: `2025-03-${String(day + 5).padStart(2, '0')}T01:00:00Z`, ackMinutes: day === 2 ? 150 : 30, diagnosis: day === 4 ? null : '压缩机故障' });
  }
  await records.repair({ reportedAt: '2025-03-20T01:00:00Z', cancelled: true });
});
afterAll(async () => app?.close());

describe('indicator catalogue versions', () => {
  it('starts every organisation on the default catalogue as version 1', async () => {
    const { indicatorCatalogVersions } = await must<{ indicatorCatalogVersions: { versionNo: number; label: string; categories: { points: number }[]; indicators: { key: string }[] }[] }>(
      '{ indicatorCatalogVersions { versionNo label categories { points } indicators { key } } }',
    );
    expect(indicatorCatalogVersions).toHaveLength(1);
    expect(indicatorCatalogVersions[0]).toMatchObject({ versionNo: 1, label: 'stardesk-default-2026.1', categories: [{ points: 40 }, { points: 35 }, { points: 25 }] });
    expect(indicatorCatalogVersions[0]!.indicators).toHaveLength(15);
  });
});

describe('assessments', () => {
  let first: Assessment;

  it('evaluates KPI criteria against their thresholds and samples records with proportional deduction', async () => {
    first = await create({ ...MARCH, sampleSeed: 'audit-2025-03', title: '2025 年 3 月自评' });
    expect(first).toMatchObject({ status: 'DRAFT', catalogVersionNo: 1, applicablePoints: 100, version: 1 });

    expect(criterion(first, 'CUST.COMPL.2')).toMatchObject({ method: 'KPI', status: 'NON_CONFORMING', kpiValue: 10 / 12, threshold: 0.95, actualPoints: 0, acceptsJudgement: false });
    expect(criterion(first, 'CUST.COMPL.3')).toMatchObject({ status: 'CONFORMING', kpiValue: 1, actualPoints: 2 });
    expect(criterion(first, 'SYS.SUPV.1')).toMatchObject({ status: 'NON_CONFORMING', kpiValue: 5 / 6 });

    // All six repairs resolved in March are drawn (sample size 20); two are non-conforming: 3 × 4/6 = 2.
    const repairs = criterion(first, 'GOODS.REPAIR.5');
    expect(repairs).toMatchObject({ method: 'SAMPLE', status: 'PARTIAL', populationSize: 6, sampled: 6, nonConforming: 2, actualPoints: 2, sampleSeed: 'audit-2025-03:GOODS.REPAIR.5' });
    expect(repairs.samples.flatMap((sample) => sample.findings.map((finding) => finding.code)).sort()).toEqual(['lateResponse', 'missingDiagnosis']);

    // 10 of the 12 complaints are drawn, exactly as drawSample does with the stored seed.
    const complaints = criterion(first, 'CUST.COMPL.4');
    const population = (await app.database.dataSource.query("SELECT id FROM complaints WHERE org_id = $1", [acme.organisation.id])).map((row: { id: string }) => row.id);
    const expected = drawSample(population, 10, 'audit-2025-03:CUST.COMPL.4');
    expect(complaints.samples.map((sample) => sample.recordId)).toEqual(expected);
    const lateDrawn = expected.filter((id) => late.includes(id)).length;
    expect(complaints).toMatchObject({ populationSize: 12, sampled: 10, nonConforming: lateDrawn, actualPoints: 4 * (10 - lateDrawn) / 10 });

    // Manual criteria and the empty samples wait for the assessor; the gap analysis says where points went.
    expect(criterion(first, 'SYS.ORG.3')).toMatchObject({ method: 'MANUAL', status: 'UNASSESSED', acceptsJudgement: true });
    expect(criterion(first, 'GOODS.RECYC.2')).toMatchObject({ status: 'UNASSESSED', populationSize: 0, acceptsJudgement: true });
    expect(first.unassessed).toContain('SYS.ORG.3');
    expect(first.gapAnalysis.summary).toMatch(/^\+[\d.]+ points to /);
  });

  it('gives the same samples and the same score for the same records and seed', async () => {
    const again = await create({ ...MARCH, sampleSeed: 'audit-2025-03' });
    const reevaluated = await change('evaluateAssessment', 'AssessmentChangeInput', { assessmentId: first.id, expectedVersion: 1 });
    for (const assessment of [again, reevaluated]) {
      expect(assessment.score).toBe(first.score);
      expect(assessment.indicators).toEqual(first.indicators);
    }
    expect(reevaluated.version).toBe(2);
    first = reevaluated;

    const otherSeed = await create({ ...MARCH, sampleSeed: 'another-seed' });
    expect(criterion(otherSeed, 'CUST.COMPL.4').samples.map((sample) => sample.recordId)).not.toEqual(criterion(first, 'CUST.COMPL.4').samples.map((sample) => sample.recordId));
  });

  it('records an assessor’s judgement with note and evidence links', async () => {
    const judged = await change('recordAssessmentJudgement', JUDGE, {
      assessmentId: first.id, expectedVersion: first.version, criterionKey: 'SYS.ORG.3', outcome: 'CONFORMING', note: '网点覆盖华东 12 城', evidenceLinks: ['https://intra.example/outlets-map.pdf'],
    });
    expect(criterion(judged, 'SYS.ORG.3')).toMatchObject({ status: 'CONFORMING', actualPoints: 2, judgement: { outcome: 'CONFORMING', note: '网点覆盖华东 12 城', evidenceLinks: ['https://intra.example/outlets-map.pdf'] } });
    expect(judged.actualPoints).toBeCloseTo(first.actualPoints + 2, 10);
    expect(judged.version).toBe(first.version + 1);
    // The judgement is evidence: the indicator's completeness counts one more criterion.
    const completeness = (assessment: Assessment) => assessment.indicators.find((indicator) => indicator.key === 'SYS.ORG')!.evidenceCompleteness;
    expect(completeness(judged)).toMatchObject({ withEvidence: completeness(first).withEvidence + 1, total: completeness(first).total });
    expect(completeness(judged).ratio).toBeCloseTo(completeness(judged).withEvidence / completeness(judged).total, 10);
    first = judged;
  });

  it('refuses a bad judgement field by field and writes nothing', async () => {
    const base = { assessmentId: first.id, expectedVersion: first.version };
    const mutation = `mutation($input: ${JUDGE}!) { recordAssessmentJudgement(input: $input) { id } }`;
    for (const [input, field, code] of [
      [{ criterionKey: 'CUST.COMPL.2', outcome: 'CONFORMING' }, 'criterionKey', 'decidedByEvidence'],
      [{ criterionKey: 'SYS.ORG.9', outcome: 'CONFORMING' }, 'criterionKey', 'notFound'],
      [{ criterionKey: 'SYS.CULT.2', outcome: 'NON_CONFORMING' }, 'note', 'noteRequired'],
      [{ criterionKey: 'SYS.CULT.2' }, 'outcome', 'required'],
    ] as const) {
      const error = await refused(mutation, { input: { ...base, ...input } });
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.fieldErrors).toEqual([expect.objectContaining({ field, code })]);
    }
    const error = await refused(mutation, { input: { ...base, criterionKey: 'CUST.COMPL.2', outcome: 'CONFORMING' } });
    expect(error.extensions.fieldErrors![0]!.message).toBe('This criterion is decided by its evidence and cannot be recorded by hand');
    expect((await fetchAssessment(first.id)).version).toBe(first.version);
  });

  it('refuses a change made on a stale version', async () => {
    const error = await refused(`mutation($input: SetSpecialBonusInput!) { setSpecialBonus(input: $input) { id } }`, { input: { assessmentId: first.id, expectedVersion: first.version - 1, description: '—' } });
    expect(error.extensions.code).toBe('CONFLICT');
  });

  it('lets exactly one of two judgements racing on the same version through', async () => {
    const mutation = `mutation($input: ${JUDGE}!) { recordAssessmentJudgement(input: $input) { version } }`;
    const racing = ['SYS.CULT.2', 'SYS.CULT.3'].map((criterionKey) => gql(mutation, { input: { assessmentId: first.id, expectedVersion: first.version, criterionKey, outcome: 'CONFORMING' } }));
    const results = await Promise.all(racing);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.flatMap((result) => result.errors ?? []).map((error) => (error as unknown as GraphqlError).extensions.code)).toEqual(['CONFLICT']);
    first = await fetchAssessment(first.id);
  });

  it('takes excluded points out of the denominator and applies one deduction and the single bonus', async () => {
    let assessment = await change('excludeAssessmentItem', 'ExcludeAssessmentItemInput', { assessmentId: first.id, expectedVersion: first.version, key: 'GOODS.RECYC', reason: '不销售需回收的商品' });
    expect(assessment.applicablePoints).toBe(96);
    expect(criterion(assessment, 'GOODS.RECYC.1')).toMatchObject({ status: 'EXCLUDED', excluded: true });
    assessment = await change('addSpecialDeduction', 'AddSpecialDeductionInput', { assessmentId: assessment.id, expectedVersion: assessment.version, kind: 'BREAKS_OWN_SERVICE_RULES', description: '未按承诺 24 小时上门' });
    assessment = await change('setSpecialBonus', 'SetSpecialBonusInput', { assessmentId: assessment.id, expectedVersion: assessment.version, description: '免费延保至 6 年，行业领先' });
    expect(assessment).toMatchObject({ deductionPoints: 1, bonusPoints: 1 });
    const mistaken = await change('addSpecialDeduction', 'AddSpecialDeductionInput', { assessmentId: assessment.id, expectedVersion: assessment.version, kind: 'BREAKS_LAW', description: '误记' });
    expect(mistaken.deductionPoints).toBe(2);
    const outOfRange = await refused('mutation($input: RemoveSpecialDeductionInput!) { removeSpecialDeduction(input: $input) { id } }', { input: { assessmentId: assessment.id, expectedVersion: mistaken.version, index: 2 } });
    expect(outOfRange.extensions.fieldErrors).toEqual([expect.objectContaining({ field: 'index', code: 'outOfRange' })]);
    assessment = await change('removeSpecialDeduction', 'RemoveSpecialDeductionInput', { assessmentId: assessment.id, expectedVersion: mistaken.version, index: 1 });
    expect(assessment).toMatchObject({ deductionPoints: 1, specialDeductions: [{ kind: 'BREAKS_OWN_SERVICE_RULES' }] });
    const expected = Math.round(((assessment.actualPoints / 96) * 100 - 1 + 1) * 100) / 100;
    expect(assessment.score).toBeCloseTo(expected, 2);

    const error = await refused(`mutation($input: ExcludeAssessmentItemInput!) { excludeAssessmentItem(input: $input) { id } }`, { input: { assessmentId: assessment.id, expectedVersion: assessment.version, key: 'NOPE', reason: '' } });
    expect(error.extensions.fieldErrors).toEqual([expect.objectContaining({ field: 'key', code: 'notFound' }), expect.objectContaining({ field: 'reason', code: 'required' })]);
    first = assessment;
  });

  it('signs off only when every criterion is assessed, then refuses every change', async () => {
    const sign = `mutation($input: SignOffAssessmentInput!) { signOffAssessment(input: $input) { ${ASSESSMENT} } }`;
    expect((await refused(sign, { input: { assessmentId: first.id, expectedVersion: first.version, signedOffBy: '李审核' } })).extensions.code).toBe('INVALID_STATE');

    let assessment = first;
    for (const open of assessment.indicators.flatMap((indicator) => indicator.criteria).filter((entry) => entry.status === 'UNASSESSED')) {
      assessment = await change('recordAssessmentJudgement', JUDGE, { assessmentId: assessment.id, expectedVersion: assessment.version, criterionKey: open.key, outcome: 'CONFORMING', evidenceLinks: [] });
    }
    expect(assessment.unassessed).toEqual([]);
    const signed = (await must<{ signOffAssessment: Assessment }>(sign, { input: { assessmentId: assessment.id, expectedVersion: assessment.version, signedOffBy: '李审核' } })).signOffAssessment;
    expect(signed).toMatchObject({ status: 'SIGNED_OFF', score: assessment.score, grade: assessment.grade });

    // New records in the period change nothing: the assessment keeps the inputs it was signed off with.
    await records.complaint({ receivedAt: '2025-03-15T02:00:00Z', closedAfterHours: 200 });
    for (const [mutation, inputType, extra] of [
      ['evaluateAssessment', 'AssessmentChangeInput', {}],
      ['recordAssessmentJudgement', JUDGE, { criterionKey: 'SYS.ORG.3', outcome: 'NON_CONFORMING', note: '—' }],
      ['setSpecialBonus', 'SetSpecialBonusInput', { description: null }],
    ] as const) {
      const error = await refused(`mutation($input: ${inputType}!) { ${mutation}(input: $input) { id } }`, { input: { assessmentId: signed.id, expectedVersion: signed.version, ...extra } });
      expect(error.extensions.code).toBe('INVALID_STATE');
      expect(error.message).toBe('The assessment is signed off and frozen; it can no longer be changed');
    }
    const reread = await fetchAssessment(signed.id);
    expect(reread).toEqual(signed);
    expect(criterion(reread, 'CUST.COMPL.2').kpiValue).toBe(10 / 12);
    first = signed;
  });

  it('refuses a bad period field by field and writes nothing', async () => {
    const before = await assessmentCount();
    const mutation = 'mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }';
    const invalid = await refused(mutation, { input: { from: '2025-02-30', to: '2025-04-01' } });
    expect(invalid.extensions.fieldErrors).toEqual([expect.objectContaining({ field: 'from', code: 'invalidDate' })]);
    const reversed = await refused(mutation, { input: { from: '2025-04-01', to: '2025-03-01', catalogVersionNo: 99 } });
    expect(reversed.extensions.fieldErrors).toEqual([expect.objectContaining({ field: 'to', code: 'endNotAfterStart' }), expect.objectContaining({ field: 'catalogVersionNo', code: 'notFound' })]);
    const missing = await refused(mutation, { input: {} });
    expect(missing.extensions.fieldErrors?.map((error) => error.field)).toEqual(['from', 'to']);
    expect(await assessmentCount()).toBe(before);
  });

  describe('a new catalogue version', () => {
    const VERSION = `versionNo label indicators { key points criteria { key nameZh nameEn points method documentType kpi statistic comparator threshold recordType sampleSize checks { nameZh nameEn } } }`;
    type CatalogView = { versionNo: number; indicators: { key: string; points: number; criteria: Record<string, unknown>[] }[] };
    const createVersion = 'mutation($input: CreateCatalogVersionInput!) { createIndicatorCatalogVersion(input: $input) { versionNo label } }';
    const versionCount = async (): Promise<number> => (await app.database.dataSource.query('SELECT count(*)::int AS n FROM indicator_catalog_versions'))[0].n;

    /** Version 1 as an input, with `edit` applied to its criteria. */
    async function catalogInput(edit: (criterion: Record<string, unknown>) => Record<string, unknown> = (criterion) => criterion): Promise<Record<string, unknown>[]> {
      const { indicatorCatalogVersion } = await must<{ indicatorCatalogVersion: CatalogView }>(`query { indicatorCatalogVersion(versionNo: 1) { ${VERSION} } }`);
      return indicatorCatalogVersion.indicators.map((indicator) => ({
        key: indicator.key,
        points: indicator.points,
        criteria: indicator.criteria.map((criterion) => edit(Object.fromEntries(Object.entries(criterion).filter(([, value]) => value !== null)))),
      }));
    }

    it('refuses a catalogue that does not validate, at each field, and writes nothing', async () => {
      const before = await versionCount();
      const indicators = await catalogInput((criterion) => {
        if (criterion['key'] === 'SYS.ORG.1') return { ...criterion, points: 3 };
        if (criterion['key'] === 'CUST.COMPL.2') return { ...criterion, comparator: null };
        return criterion;
      });
      const error = await refused(createVersion, { input: { expectedLatestVersionNo: 1, label: 'CQC 2026', indicators } });
      expect(error.extensions.code).toBe('BAD_USER_INPUT');
      expect(error.extensions.fieldErrors).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field: 'indicators[0].criteria', code: 'pointsMismatch', message: 'Points should add up to 6, not 7' }),
          expect.objectContaining({ field: 'indicators[14].criteria[1].evidence.comparator', code: 'invalidChoice' }),
        ]),
      );
      expect(await versionCount()).toBe(before);
    });

    it('makes version 2 while signed-off assessments keep version 1', async () => {
      const indicators = await catalogInput((criterion) => (criterion['key'] === 'CUST.COMPL.2' ? { ...criterion, threshold: 0.8 } : criterion));
      const created = await must<{ createIndicatorCatalogVersion: { versionNo: number; label: string } }>(createVersion, { input: { expectedLatestVersionNo: 1, label: 'CQC checklist 2026', note: '认证机构检查表', indicators } });
      expect(created.createIndicatorCatalogVersion).toEqual({ versionNo: 2, label: 'CQC checklist 2026' });

      const stale = await refused(createVersion, { input: { expectedLatestVersionNo: 1, label: 'again', indicators } });
      expect(stale.extensions.code).toBe('CONFLICT');

      const old = await fetchAssessment(first.id);
      expect(old).toMatchObject({ catalogVersionNo: 1, score: first.score });
      expect(criterion(old, 'CUST.COMPL.2').threshold).toBe(0.95);

      const fresh = await create(MARCH);
      expect(fresh.catalogVersionNo).toBe(2);
      expect(criterion(fresh, 'CUST.COMPL.2')).toMatchObject({ threshold: 0.8, kpiValue: 10 / 13, status: 'NON_CONFORMING' });
    });
  });
});

describe('samples of the other record types', () => {
  it('checks technicians, deliveries, warranty decisions and take-backs record by record', async () => {
    const beta = await anOrganisation('BETA').withOutlet('SH-01').withProduct('KFR-35GW').withStaff('gcs1').withStaff('gcs2').create(app.database.dataSource);
    const kit = new AssessmentRecords(app.database.dataSource, beta);
    const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString();
    const localDay = (offsetDays: number): string => new Date(Date.now() + 8 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
    // gcs1 holds a valid certificate and was evaluated; gcs2 has neither.
    await kit.qualification('gcs1', '2020-01-01', null);
    await kit.evaluation('gcs1', localDay(-40), localDay(5));
    await kit.delivery({ doneAt: hoursAgo(50), scheduledTo: hoursAgo(49), condition: 'INTACT', signerName: '王芳' });
    await kit.delivery({ doneAt: hoursAgo(70), scheduledTo: hoursAgo(69), condition: 'DAMAGED_PRODUCT', signerName: '王芳' });
    await kit.warrantyDecision({ decidedAt: hoursAgo(30), overridden: true, overrideReason: null });
    await kit.takeBack({ collectedAt: hoursAgo(20), certificateNo: 'GH-2026-001' });
    await kit.takeBack({ collectedAt: hoursAgo(21), certificateNo: null });

    const result = await app.graphql<{ createAssessment: Assessment }>(
      `mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { ${ASSESSMENT} } }`,
      { input: { from: localDay(-10), to: localDay(1), sampleSeed: 'beta' } },
      { 'x-org-code': 'BETA', 'accept-language': 'en' },
    );
    expect(result.errors).toBeUndefined();
    const assessment = result.data!.createAssessment;
    expect(criterion(assessment, 'SYS.STAFF.2')).toMatchObject({ status: 'NON_CONFORMING', kpiValue: 0.5 });
    expect(criterion(assessment, 'SYS.STAFF.3')).toMatchObject({ populationSize: 2, sampled: 2, nonConforming: 1, actualPoints: 0.75 });
    const staffFindings = criterion(assessment, 'SYS.STAFF.3').samples.find((sample) => sample.recordId === beta.staffIds['gcs2'])!.findings.map((finding) => finding.code);
    expect(staffFindings).toEqual(['noValidQualification', 'noEvaluation']);
    expect(criterion(assessment, 'GOODS.DELIV.2')).toMatchObject({ sampled: 2, nonConforming: 1, actualPoints: 2 });
    expect(criterion(assessment, 'GOODS.WARR.2')).toMatchObject({ status: 'NON_CONFORMING', sampled: 1, nonConforming: 1, actualPoints: 0 });
    expect(criterion(assessment, 'GOODS.WARR.2').samples[0]!.findings).toEqual([{ aspect: 'COMPLETENESS', code: 'missingOverrideReason', message: 'Warranty status overridden without a reason' }]);
    expect(criterion(assessment, 'GOODS.RECYC.2')).toMatchObject({ sampled: 2, nonConforming: 1, actualPoints: 1 });
    // No register of facilities or corrective actions: those samples are left to the assessor.
    expect(criterion(assessment, 'SYS.RES.1')).toMatchObject({ status: 'UNASSESSED', acceptsJudgement: true, sampled: 0 });
  });
});
