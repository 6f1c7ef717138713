import { AssessmentInputRefused, type AssessmentInput, type CriterionResult, type SpecialDeduction } from './assessment.types';
import { DEFAULT_INDICATOR_CATALOG } from './default-catalog';
import type { IndicatorCatalog } from './indicator-catalog.types';
import { scoreAssessment } from './score-assessment';

const ALL_CRITERIA = DEFAULT_INDICATOR_CATALOG.indicators.flatMap((indicator) => indicator.criteria);

/** An assessment of the default catalogue where everything conforms unless `results` says otherwise. */
function anAssessment(changes: Partial<AssessmentInput> & { results?: Record<string, CriterionResult> } = {}): AssessmentInput {
  const conforming = Object.fromEntries(ALL_CRITERIA.map((criterion) => [criterion.key, { outcome: 'CONFORMING' } as CriterionResult]));
  return {
    catalog: DEFAULT_INDICATOR_CATALOG,
    exclusions: [],
    specialDeductions: [],
    specialBonuses: [],
    ...changes,
    results: { ...conforming, ...changes.results },
  };
}

const deductions = (count: number): SpecialDeduction[] =>
  Array.from({ length: count }, (_, index) => ({ kind: 'BREAKS_OWN_SERVICE_RULES', description: `finding ${index + 1}`, correctiveActionId: index === 0 ? null : `ca-${index}` }));

/** One indicator worth 100 points with a single sampled criterion: any share is reachable. */
const ONE_SAMPLE: IndicatorCatalog = {
  version: 'test',
  standard: 'GB/T 27922-2011',
  categories: [{ key: 'CUST', nameZh: '顾客服务', nameEn: 'customer service', points: 100 }],
  indicators: [
    {
      key: 'CUST.COMPL',
      category: 'CUST',
      nameZh: '投诉处理',
      nameEn: 'complaint handling',
      points: 100,
      criteria: [{ key: 'C', nameZh: '抽查', nameEn: 'sample', points: 100, evidence: { method: 'SAMPLE', recordType: 'COMPLAINT', sampleSize: 10, checks: [{ nameZh: '完整', nameEn: 'complete' }] } }],
    },
  ],
};
const sampled = (sampledCount: number, nonConforming: number): AssessmentInput => ({
  catalog: ONE_SAMPLE,
  results: { C: { outcome: 'SAMPLED', sampled: sampledCount, nonConforming } },
  exclusions: [],
  specialDeductions: [],
  specialBonuses: [],
});

describe('scoreAssessment', () => {
  it('gives 100 and five stars when everything conforms', () => {
    expect(scoreAssessment(anAssessment())).toMatchObject({ applicablePoints: 100, actualPoints: 100, score: 100, grade: { grade: 'FIVE_STAR' }, unassessed: [] });
  });

  it('rule 1: a non-conforming qualitative criterion loses all its points', () => {
    const result = scoreAssessment(anAssessment({ results: { 'SYS.NORM.2': { outcome: 'NON_CONFORMING' } } }));
    expect(result.actualPoints).toBe(98.5);
    expect(result.indicators.find((indicator) => indicator.key === 'SYS.NORM')).toMatchObject({ applicablePoints: 6, actualPoints: 4.5 });
  });

  it('rule 2: a sampled criterion loses points in proportion to its non-conforming samples', () => {
    const result = scoreAssessment(anAssessment({ results: { 'CUST.COMPL.4': { outcome: 'SAMPLED', sampled: 10, nonConforming: 3 } } }));
    const criterion = result.indicators.flatMap((indicator) => indicator.criteria).find((entry) => entry.key === 'CUST.COMPL.4');
    expect(criterion).toEqual({ key: 'CUST.COMPL.4', status: 'PARTIAL', applicablePoints: 4, actualPoints: 2.8 });
    expect(result.score).toBe(98.8);
  });

  it('rule 3: each special deduction costs one point outside the indicators', () => {
    const result = scoreAssessment(anAssessment({ specialDeductions: deductions(3) }));
    expect(result).toMatchObject({ actualPoints: 100, deductionPoints: 3, uncorrectedDeductions: 1, score: 97 });
  });

  it('rule 4: special bonuses earn one point at most', () => {
    const withBonuses = anAssessment({ results: { 'SYS.ORG.1': { outcome: 'NON_CONFORMING' } }, specialBonuses: [{ description: '30 天包换' }, { description: '终身免费上门' }] });
    expect(scoreAssessment(withBonuses)).toMatchObject({ bonusPoints: 1, score: 99 });
  });

  it('rule 5: exclusions take their points out of the applicable points', () => {
    const result = scoreAssessment(
      anAssessment({
        exclusions: [{ key: 'GOODS.DELIV', reason: '不销售需配送的商品' }, { key: 'SYS.SUPV.6', reason: '—' }],
        results: { 'CUST.REL.7': { outcome: 'NOT_APPLICABLE' }, 'CUST.REL.1': { outcome: 'NON_CONFORMING' } },
      }),
    );
    expect(result).toMatchObject({ applicablePoints: 100 - 6 - 0.5 - 1, actualPoints: 100 - 6 - 0.5 - 1 - 2 });
    expect(result.exactScore).toBeCloseTo((90.5 / 92.5) * 100, 12);
    expect(result.categories).toEqual([
      { key: 'SYS', applicablePoints: 39.5, actualPoints: 39.5 },
      { key: 'GOODS', applicablePoints: 29, actualPoints: 29 },
      { key: 'CUST', applicablePoints: 24, actualPoints: 22 },
    ]);
    expect(result.indicators.find((indicator) => indicator.key === 'GOODS.DELIV')?.criteria.map((criterion) => criterion.status)).toEqual(['EXCLUDED', 'EXCLUDED']);
  });

  it('reproduces the worked example of gbt27922.md: 88.5 / 96 × 100 − 1 = 91.19 → 四星级', () => {
    const result = scoreAssessment(
      anAssessment({
        exclusions: [{ key: 'GOODS.RECYC', reason: '不涉及废弃商品回收' }],
        results: {
          'SYS.ORG.3': { outcome: 'NON_CONFORMING' }, // −2
          'SYS.NORM.1': { outcome: 'NON_CONFORMING' }, // −2
          'SYS.STAFF.3': { outcome: 'NON_CONFORMING' }, // −1.5
          'CUST.COMPL.4': { outcome: 'SAMPLED', sampled: 10, nonConforming: 5 }, // −2
        },
        specialDeductions: deductions(1),
      }),
    );
    expect(result).toMatchObject({ applicablePoints: 96, actualPoints: 88.5, deductionPoints: 1, bonusPoints: 0, exactScore: 91.1875, score: 91.19 });
    expect(result.grade).toMatchObject({ grade: 'FOUR_STAR', nameZh: '四星级' });
  });

  it('grades exactly 95.00 five-star and 94.99 four-star', () => {
    expect(scoreAssessment(anAssessment({ results: { 'SYS.ORG.1': { outcome: 'NON_CONFORMING' } }, specialDeductions: deductions(3) }))).toMatchObject({
      score: 95,
      grade: { grade: 'FIVE_STAR' },
    });
    expect(scoreAssessment(sampled(10000, 501))).toMatchObject({ score: 94.99, grade: { grade: 'FOUR_STAR' } });
  });

  it.each<[number, number, number, string]>([
    [10000, 3001, 69.99, 'FAIL'],
    [10, 3, 70, 'COMPLIANT'],
    [10000, 2001, 79.99, 'COMPLIANT'],
    [10, 2, 80, 'THREE_STAR'],
    [10000, 1001, 89.99, 'THREE_STAR'],
    [10, 1, 90, 'FOUR_STAR'],
    [10000, 501, 94.99, 'FOUR_STAR'],
    [20, 1, 95, 'FIVE_STAR'],
  ])('grade boundary: %p sampled, %p non-conforming → %p (%s)', (sampledCount, nonConforming, score, grade) => {
    expect(scoreAssessment(sampled(sampledCount, nonConforming))).toMatchObject({ score, grade: { grade } });
  });

  it('lets the single bonus lift a score over a boundary and a deduction push it under', () => {
    expect(scoreAssessment({ ...sampled(10, 1), specialBonuses: [{ description: '行业领先' }] })).toMatchObject({ score: 91, grade: { grade: 'FOUR_STAR' } });
    expect(scoreAssessment({ ...sampled(10, 1), specialDeductions: deductions(1) })).toMatchObject({ score: 89, grade: { grade: 'THREE_STAR' } });
    expect(scoreAssessment({ ...sampled(10, 1), specialDeductions: deductions(1), specialBonuses: [{ description: 'a' }, { description: 'b' }] })).toMatchObject({ score: 90, bonusPoints: 1 });
  });

  it('grades the published 2-decimal score: 94.995 publishes as 95.00 and is five-star', () => {
    expect(scoreAssessment(sampled(20000, 1001))).toMatchObject({ exactScore: 94.995, score: 95, grade: { grade: 'FIVE_STAR' } });
    expect(scoreAssessment(sampled(100000000, 5005001))).toMatchObject({ score: 94.99, grade: { grade: 'FOUR_STAR' } });
  });

  it('rounds exactly where floating point would not: 3933 / 4000 × 100 = 98.325 → 98.33', () => {
    expect(scoreAssessment(sampled(4000, 67)).score).toBe(98.33);
  });

  it('clamps to [0, 100]', () => {
    expect(scoreAssessment(anAssessment({ specialBonuses: [{ description: '行业领先' }] })).score).toBe(100);
    expect(scoreAssessment({ ...sampled(10, 9), specialDeductions: deductions(15) })).toMatchObject({ exactScore: 0, score: 0, grade: { grade: 'FAIL' } });
  });

  it('counts an unassessed criterion as earning nothing and lists it', () => {
    const results = anAssessment().results;
    const { ['GOODS.TECH.3']: _unassessed, ...rest } = results;
    const result = scoreAssessment({ ...anAssessment(), results: rest });
    expect(result).toMatchObject({ applicablePoints: 100, actualPoints: 98, unassessed: ['GOODS.TECH.3'], score: 98 });
  });

  it('has no score when every point is excluded', () => {
    expect(scoreAssessment({ ...sampled(10, 0), exclusions: [{ key: 'CUST.COMPL', reason: '—' }] })).toMatchObject({ applicablePoints: 0, score: null, grade: null, exactScore: null });
  });

  it('refuses results that do not fit the catalogue', () => {
    const input = anAssessment({
      results: { 'SYS.ORG.9': { outcome: 'CONFORMING' }, 'SYS.ORG.1': { outcome: 'SAMPLED', sampled: 5, nonConforming: 0 }, 'CUST.COMPL.4': { outcome: 'SAMPLED', sampled: 5, nonConforming: 6 } },
      exclusions: [{ key: 'GOODS.NOPE', reason: '—' }],
    });
    expect(() => scoreAssessment(input)).toThrow(AssessmentInputRefused);
    expect(() => scoreAssessment(input)).toThrow(
      expect.objectContaining({
        problems: [
          { field: 'results.SYS.ORG.1', code: 'sampleOnNonSampleCriterion' },
          { field: 'results.CUST.COMPL.4', code: 'invalidSample' },
          { field: 'results.SYS.ORG.9', code: 'unknownCriterion' },
          { field: 'exclusions[0].key', code: 'unknownExclusion' },
        ],
      }),
    );
    expect(() => scoreAssessment(sampled(0, 0))).toThrow(AssessmentInputRefused);
  });
});
