import {
  AssessmentInputRefused,
  type AssessmentInput,
  type AssessmentProblem,
  type AssessmentScore,
  type CategoryScore,
  type CriterionResult,
  type CriterionScore,
  type CriterionScoreStatus,
  type IndicatorScore,
} from './assessment.types';
import { ExactRatio } from './exact-ratio';
import { gradeOf } from './grade';
import type { CriterionDefinition } from './indicator-catalog.types';

const HUNDRED = ExactRatio.integer(100);

interface ExactCriterion {
  score: CriterionScore;
  applicable: ExactRatio;
  actual: ExactRatio;
}

/**
 * Scores an assessment by the rules of gbt27922.md:
 * 1. a non-conforming qualitative criterion loses all its points;
 * 2. a sampled criterion loses points in proportion to its non-conforming samples;
 * 3–4. each special deduction costs 1 point, one special bonus at most earns 1;
 * 5. exclusions take their points out of the applicable points;
 * 6. score = actual / applicable × 100 − deductions + bonus, clamped to [0, 100].
 *
 * Decision: the published score is rounded half up to 2 decimals, and the grade is given on that
 * published score, not on the unrounded value, so a report can never read "95.00 四星级": the
 * certificate and the number agree, and exactly 95.00 is five-star. All arithmetic is exact
 * (ExactRatio), so the rounding itself is never off by a floating-point hair.
 * The catalogue is assumed valid (validateIndicatorCatalog); the results are checked against it.
 */
export function scoreAssessment(input: AssessmentInput): AssessmentScore {
  assertResultsFitCatalog(input);
  const excluded = new Set(input.exclusions.map((exclusion) => exclusion.key));
  const indicators = input.catalog.indicators.map((indicator) => {
    const criteria = indicator.criteria.map((criterion) =>
      scoreCriterion(criterion, excluded.has(indicator.key) || excluded.has(criterion.key), input.results[criterion.key]),
    );
    return { indicator, criteria, ...sum(criteria) };
  });
  const total = sum(indicators);
  const deductions = ExactRatio.integer(input.specialDeductions.length);
  const bonus = ExactRatio.integer(Math.min(1, input.specialBonuses.length));
  const exact =
    total.applicable.compare(ExactRatio.ZERO) === 0
      ? null
      : total.actual.dividedBy(total.applicable).times(HUNDRED).minus(deductions).plus(bonus).clamp(ExactRatio.ZERO, HUNDRED);
  const score = exact === null ? null : exact.round(2);
  const criterionScores = indicators.flatMap((entry) => entry.criteria.map((criterion) => criterion.score));
  return {
    catalogVersion: input.catalog.version,
    applicablePoints: total.applicable.toNumber(),
    actualPoints: total.actual.toNumber(),
    categories: input.catalog.categories.map((category): CategoryScore => {
      const inCategory = sum(indicators.filter((entry) => entry.indicator.category === category.key));
      return { key: category.key, applicablePoints: inCategory.applicable.toNumber(), actualPoints: inCategory.actual.toNumber() };
    }),
    indicators: indicators.map(
      (entry): IndicatorScore => ({
        key: entry.indicator.key,
        category: entry.indicator.category,
        applicablePoints: entry.applicable.toNumber(),
        actualPoints: entry.actual.toNumber(),
        criteria: entry.criteria.map((criterion) => criterion.score),
      }),
    ),
    deductionPoints: input.specialDeductions.length,
    bonusPoints: Math.min(1, input.specialBonuses.length),
    uncorrectedDeductions: input.specialDeductions.filter((deduction) => deduction.correctiveActionId === null).length,
    unassessed: criterionScores.filter((criterion) => criterion.status === 'UNASSESSED').map((criterion) => criterion.key),
    exactScore: exact === null ? null : exact.toNumber(),
    score,
    grade: score === null ? null : gradeOf(score),
  };
}

function scoreCriterion(criterion: CriterionDefinition, excluded: boolean, result: CriterionResult | undefined): ExactCriterion {
  const points = ExactRatio.points(criterion.points);
  const scored = (status: CriterionScoreStatus, applicable: ExactRatio, actual: ExactRatio): ExactCriterion => ({
    score: { key: criterion.key, status, applicablePoints: applicable.toNumber(), actualPoints: actual.toNumber() },
    applicable,
    actual,
  });
  if (excluded || result?.outcome === 'NOT_APPLICABLE') return scored('EXCLUDED', ExactRatio.ZERO, ExactRatio.ZERO);
  // Not yet assessed earns nothing but stays applicable, so a provisional score never flatters.
  if (result === undefined) return scored('UNASSESSED', points, ExactRatio.ZERO);
  switch (result.outcome) {
    case 'CONFORMING':
      return scored('CONFORMING', points, points);
    case 'NON_CONFORMING':
      return scored('NON_CONFORMING', points, ExactRatio.ZERO);
    case 'SAMPLED': {
      const conformingShare = ExactRatio.of(BigInt(result.sampled - result.nonConforming), BigInt(result.sampled));
      const status = result.nonConforming === 0 ? 'CONFORMING' : result.nonConforming === result.sampled ? 'NON_CONFORMING' : 'PARTIAL';
      return scored(status, points, points.times(conformingShare));
    }
  }
}

function sum(parts: readonly { applicable: ExactRatio; actual: ExactRatio }[]): { applicable: ExactRatio; actual: ExactRatio } {
  return parts.reduce(
    (total, part) => ({ applicable: total.applicable.plus(part.applicable), actual: total.actual.plus(part.actual) }),
    { applicable: ExactRatio.ZERO, actual: ExactRatio.ZERO },
  );
}

function assertResultsFitCatalog(input: AssessmentInput): void {
  const criteria = new Map(input.catalog.indicators.flatMap((indicator) => indicator.criteria.map((criterion) => [criterion.key, criterion] as const)));
  const indicatorKeys = new Set(input.catalog.indicators.map((indicator) => indicator.key));
  const problems: AssessmentProblem[] = [];
  for (const [key, result] of Object.entries(input.results)) {
    const criterion = criteria.get(key);
    if (!criterion) problems.push({ field: `results.${key}`, code: 'unknownCriterion' });
    else if (result.outcome === 'SAMPLED') {
      if (criterion.evidence.method !== 'SAMPLE') problems.push({ field: `results.${key}`, code: 'sampleOnNonSampleCriterion' });
      const { sampled, nonConforming } = result;
      const valid = Number.isInteger(sampled) && Number.isInteger(nonConforming) && sampled > 0 && nonConforming >= 0 && nonConforming <= sampled;
      if (!valid) problems.push({ field: `results.${key}`, code: 'invalidSample' });
    }
  }
  input.exclusions.forEach((exclusion, index) => {
    if (!criteria.has(exclusion.key) && !indicatorKeys.has(exclusion.key)) problems.push({ field: `exclusions[${index}].key`, code: 'unknownExclusion' });
  });
  if (problems.length > 0) throw new AssessmentInputRefused(problems);
}
