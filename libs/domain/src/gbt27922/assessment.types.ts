import type { ServiceGradeDefinition } from './grade';
import type { IndicatorCatalog, IndicatorCategoryKey } from './indicator-catalog.types';

/** A DRAFT assessment takes changes; a SIGNED_OFF one is frozen with every input it used. */
export const ASSESSMENT_STATUSES = ['DRAFT', 'SIGNED_OFF'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

/** What an assessor records for one criterion. NOT_APPLICABLE excludes it (删减). */
export type QualitativeOutcome = 'CONFORMING' | 'NON_CONFORMING' | 'NOT_APPLICABLE';

export interface QualitativeResult {
  outcome: QualitativeOutcome;
  note?: string;
}

/** The checked sample of a SAMPLE criterion: `nonConforming` of `sampled` records failed a check. */
export interface SampleResult {
  outcome: 'SAMPLED';
  sampled: number;
  nonConforming: number;
  /** Seed of drawSample, so the auditor can draw the same records again. */
  seed?: string;
}

export type CriterionResult = QualitativeResult | SampleResult;

/** 删减: an indicator or criterion that does not apply to the enterprise. */
export interface AssessmentExclusion {
  key: string;
  reason: string;
}

/** 特别扣分项 kinds of gbt27922.md. */
export const SPECIAL_DEDUCTION_KINDS = ['BREAKS_LAW', 'BREAKS_OWN_SERVICE_RULES', 'BREAKS_INDUSTRY_REQUIREMENT', 'HARMS_SERVICE_SYSTEM'] as const;
export type SpecialDeductionKind = (typeof SPECIAL_DEDUCTION_KINDS)[number];

/** Costs 1 point outside the indicator points and must be corrected. */
export interface SpecialDeduction {
  kind: SpecialDeductionKind;
  description: string;
  correctiveActionId: string | null;
}

/** 特别加分项: a strength above legal requirements, leading the industry. */
export interface SpecialBonus {
  description: string;
}

export interface AssessmentInput {
  catalog: IndicatorCatalog;
  /** By criterion key; a criterion without a result is unassessed. */
  results: Readonly<Record<string, CriterionResult>>;
  exclusions: readonly AssessmentExclusion[];
  specialDeductions: readonly SpecialDeduction[];
  specialBonuses: readonly SpecialBonus[];
}

export type CriterionScoreStatus = 'CONFORMING' | 'PARTIAL' | 'NON_CONFORMING' | 'EXCLUDED' | 'UNASSESSED';

export interface CriterionScore {
  key: string;
  status: CriterionScoreStatus;
  applicablePoints: number;
  actualPoints: number;
}

export interface IndicatorScore {
  key: string;
  category: IndicatorCategoryKey;
  applicablePoints: number;
  actualPoints: number;
  criteria: CriterionScore[];
}

export interface CategoryScore {
  key: IndicatorCategoryKey;
  applicablePoints: number;
  actualPoints: number;
}

export interface AssessmentScore {
  catalogVersion: string;
  /** 涉及项分值: the points left after exclusions. */
  applicablePoints: number;
  actualPoints: number;
  categories: CategoryScore[];
  indicators: IndicatorScore[];
  deductionPoints: number;
  bonusPoints: number;
  /** Special deductions without a corrective action yet. */
  uncorrectedDeductions: number;
  /** Criteria without a result: they earn nothing until assessed. */
  unassessed: string[];
  /** Unrounded, clamped score; null when every point is excluded. */
  exactScore: number | null;
  /** The published score, 2 decimals; the grade is given on it. */
  score: number | null;
  grade: ServiceGradeDefinition | null;
}

export type AssessmentProblemCode = 'unknownCriterion' | 'unknownExclusion' | 'sampleOnNonSampleCriterion' | 'invalidSample';

export interface AssessmentProblem {
  field: string;
  code: AssessmentProblemCode;
}

/** Raised when results do not fit the catalogue: scoring them would publish a wrong number. */
export class AssessmentInputRefused extends Error {
  constructor(readonly problems: AssessmentProblem[]) {
    super(`Assessment input refused: ${problems.map((problem) => `${problem.field} (${problem.code})`).join(', ')}`);
    this.name = 'AssessmentInputRefused';
  }
}
