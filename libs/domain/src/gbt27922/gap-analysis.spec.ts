import fc from 'fast-check';
import type { AssessmentInput, CriterionResult } from './assessment.types';
import type { CriterionEvaluation } from './criterion-evaluation';
import { DEFAULT_INDICATOR_CATALOG } from './default-catalog';
import { analyseGaps } from './gap-analysis';
import { scoreAssessment } from './score-assessment';

const ALL_CRITERIA = DEFAULT_INDICATOR_CATALOG.indicators.flatMap((indicator) => indicator.criteria);

function anAssessment(results: Record<string, CriterionResult | undefined>, changes: Partial<AssessmentInput> = {}): AssessmentInput {
  const merged: Record<string, CriterionResult> = {};
  for (const criterion of ALL_CRITERIA) {
    const result = criterion.key in results ? results[criterion.key] : { outcome: 'CONFORMING' as const };
    if (result) merged[criterion.key] = result;
  }
  return { catalog: DEFAULT_INDICATOR_CATALOG, exclusions: [], specialDeductions: [], specialBonuses: [], ...changes, results: merged };
}

const analyse = (input: AssessmentInput, evaluations: Record<string, CriterionEvaluation> = {}) => analyseGaps(input, scoreAssessment(input), evaluations);

const timeliness = (value: number): CriterionEvaluation => ({ method: 'KPI', kpi: 'complaintTimelyRate', statistic: null, comparator: '>=', threshold: 0.95, value, outcome: value >= 0.95 ? 'CONFORMING' : 'NON_CONFORMING' });

describe('analyseGaps', () => {
  it('explains a missed KPI threshold and the fix that reaches the next grade', () => {
    // 100 − 3 (timeliness) − 2 (SYS.ORG.3) − 2 (SYS.CULT.2) = 93 → 四星级; five stars need +2.
    const input = anAssessment({ 'CUST.COMPL.2': { outcome: 'NON_CONFORMING' }, 'SYS.ORG.3': { outcome: 'NON_CONFORMING' }, 'SYS.CULT.2': { outcome: 'NON_CONFORMING' } });
    const gaps = analyse(input, { 'CUST.COMPL.2': timeliness(0.91) });
    expect(gaps).toMatchObject({ score: 93, grade: { grade: 'FOUR_STAR' }, nextGrade: { grade: 'FIVE_STAR' }, pointsToNextGrade: 2, reachable: true, scoreWithFixes: 96 });
    expect(gaps.fixes.map((fix) => fix.criterionKey)).toEqual(['CUST.COMPL.2']);
    expect(gaps.fixes[0]).toMatchObject({ fix: 'MEET_KPI', lostPoints: 3, method: 'KPI' });
    expect(gaps.fixes[0]?.action.en).toBe('raise complaint timeliness from 91.0 % to 95 %');
    expect(gaps.fixes[0]?.action['zh-CN']).toBe('将投诉处理及时率从 91.0 % 提高到 95 %');
    expect(gaps.fixes[0]?.reason.en).toBe('complaint timeliness 91.0 %, required >= 95 %');
    expect(gaps.summary.en).toBe('+2 points to 五星级 (five-star): raise complaint timeliness from 91.0 % to 95 %');
    expect(gaps.indicators.map((indicator) => [indicator.key, indicator.lostPoints])).toEqual([
      ['SYS.ORG', 2],
      ['SYS.CULT', 2],
      ['CUST.COMPL', 3],
    ]);
  });

  it('takes the fewest fixes: the largest gains first, as many as needed', () => {
    // 80.5 → three-star; four stars need 9.5 more: 4 (sample) + 3 + 2 + 2 = 11 → four fixes.
    const input = anAssessment({
      'CUST.COMPL.4': { outcome: 'SAMPLED', sampled: 10, nonConforming: 10 },
      'CUST.COMPL.2': { outcome: 'NON_CONFORMING' },
      'SYS.ORG.3': { outcome: 'NON_CONFORMING' },
      'SYS.CULT.2': { outcome: 'NON_CONFORMING' },
      'SYS.SUPV.7': { outcome: 'NON_CONFORMING' },
      'GOODS.TECH.2': { outcome: 'NON_CONFORMING' },
      'GOODS.TECH.3': undefined,
      'GOODS.REPAIR.5': { outcome: 'SAMPLED', sampled: 20, nonConforming: 10 },
      'SYS.RES.3': { outcome: 'NON_CONFORMING' },
      'SYS.STAFF.4': { outcome: 'NON_CONFORMING' },
    });
    const gaps = analyse(input);
    expect(gaps).toMatchObject({ score: 80.5, grade: { grade: 'THREE_STAR' }, pointsToNextGrade: 9.5, reachable: true });
    expect(gaps.fixes.map((fix) => fix.lostPoints)).toEqual([4, 3, 2, 2]);
    expect(gaps.fixes[0]).toMatchObject({ criterionKey: 'CUST.COMPL.4', fix: 'FIX_SAMPLED_RECORDS' });
    expect(gaps.fixes[0]?.action.en).toBe('put right the 10/10 non-conforming records of "Sampled complaint records"');
    expect(gaps.scoreWithFixes).toBe(91.5);
  });

  it('names unassessed criteria and missing documents', () => {
    const documentEvaluation: CriterionEvaluation = { method: 'DOCUMENT', documentType: 'SERVICE_POLICY', registerAvailable: true, documentIds: [], firstUncoveredDay: '2026-01-01', outcome: 'NON_CONFORMING' };
    const gaps = analyse(anAssessment({ 'SYS.NORM.1': { outcome: 'NON_CONFORMING' }, 'SYS.ORG.3': undefined }), { 'SYS.NORM.1': documentEvaluation });
    const byKey = Object.fromEntries(gaps.indicators.flatMap((indicator) => indicator.criteria).map((gap) => [gap.criterionKey, gap]));
    expect(byKey['SYS.NORM.1']).toMatchObject({ fix: 'PROVIDE_DOCUMENT', status: 'NON_CONFORMING' });
    expect(byKey['SYS.NORM.1']?.reason['zh-CN']).toContain('自 2026-01-01 起无有效文件');
    expect(byKey['SYS.ORG.3']).toMatchObject({ fix: 'ASSESS', status: 'UNASSESSED', lostPoints: 2 });
  });

  it('says so when special deductions put the next grade out of reach', () => {
    const deductions = Array.from({ length: 12 }, () => ({ kind: 'BREAKS_LAW' as const, description: '—', correctiveActionId: null }));
    const gaps = analyse(anAssessment({ 'SYS.ORG.3': { outcome: 'NON_CONFORMING' } }, { specialDeductions: deductions }));
    expect(gaps).toMatchObject({ score: 86, nextGrade: { grade: 'FOUR_STAR' }, reachable: false, fixes: [] });
    expect(gaps.summary.en).toContain('out of reach');
  });

  it('has nothing to reach at five stars', () => {
    expect(analyse(anAssessment({}))).toMatchObject({ score: 100, nextGrade: null, fixes: [], indicators: [] });
  });
});

describe('analyseGaps (property)', () => {
  const outcome = fc.constantFrom<CriterionResult | undefined>(
    { outcome: 'CONFORMING' },
    { outcome: 'CONFORMING' },
    { outcome: 'NON_CONFORMING' },
    { outcome: 'NOT_APPLICABLE' },
    undefined,
  );
  const assessments = fc.record(Object.fromEntries(ALL_CRITERIA.map((criterion) => [criterion.key, outcome]))).chain((results) =>
    fc.record({ results: fc.constant(results), deductions: fc.nat({ max: 4 }), bonus: fc.boolean() }),
  );

  it('finds fixes that reach the next grade, and no fewer would', () => {
    fc.assert(
      fc.property(assessments, ({ results, deductions, bonus }) => {
        const input = anAssessment(results, {
          specialDeductions: Array.from({ length: deductions }, () => ({ kind: 'BREAKS_LAW' as const, description: '—', correctiveActionId: null })),
          specialBonuses: bonus ? [{ description: '+' }] : [],
        });
        const gaps = analyse(input);
        if (!gaps.reachable || gaps.nextGrade === null) return;
        const fixedWith = (count: number) =>
          scoreAssessment({ ...input, results: { ...input.results, ...Object.fromEntries(gaps.fixes.slice(0, count).map((fix) => [fix.criterionKey, { outcome: 'CONFORMING' as const }])) } });
        expect(fixedWith(gaps.fixes.length).grade!.minScore).toBeGreaterThanOrEqual(gaps.nextGrade.minScore);
        // The fixes are the largest gains, so any smaller set gains at most the first ones and falls short.
        expect(fixedWith(gaps.fixes.length - 1).grade!.minScore).toBeLessThan(gaps.nextGrade.minScore);
        expect(gaps.fixes.map((fix) => fix.lostPoints)).toEqual([...gaps.fixes.map((fix) => fix.lostPoints)].sort((a, b) => b - a));
      }),
      { numRuns: 200 },
    );
  });
});
