import { ValidationFailed } from '../common/field-error';
import { FieldErrors } from '../common/validation.util';
import { FACTOR_SCORE_SCALE } from '../kpi/kpi-records';
import type { SurveyFactor } from './survey-template';

/** Scales of the answers (kpis.md, "Satisfaction"). */
export const OVERALL_SCALE = { min: 1, max: 5 } as const;
export const RECOMMEND_SCALE = { min: 0, max: 10 } as const;
export const SURVEY_COMMENT_MAX = 1000;

export interface FactorScore {
  key: string;
  score: number;
}

export interface SurveyAnswersDraft {
  overall?: number | null;
  recommend?: number | null;
  factorScores?: { key?: string | null; score?: number | null }[] | null;
  comment?: string | null;
}

export interface ValidSurveyAnswers {
  overall: number;
  recommend: number | null;
  /** In the template's factor order, one per factor. */
  factorScores: FactorScore[];
  comment: string | null;
}

/**
 * An integer on a closed scale. Reports `required` when missing and `required` is asked, and
 * `outOfRange` for anything else that is not a whole number on the scale. Returns the value when valid.
 */
export function checkScore(
  errors: FieldErrors,
  field: string,
  value: number | null | undefined,
  scale: { min: number; max: number },
  required: boolean,
): number | null {
  if (value == null) {
    if (required) errors.add({ field, code: 'required' });
    return null;
  }
  if (!Number.isInteger(value) || value < scale.min || value > scale.max) {
    errors.add({ field, code: 'outOfRange', params: { min: scale.min, max: scale.max } });
    return null;
  }
  return value;
}

export function checkComment(errors: FieldErrors, field: string, value: string | null | undefined): string | null {
  const comment = value?.trim() || null;
  errors.maxLength(field, comment, SURVEY_COMMENT_MAX);
  return comment;
}

/**
 * A customer's answers to a survey of the given factors: the overall rating 1–5 is required, every
 * factor of the template gets a score 1–5 (and no other factor), "would recommend" 0–10 is optional,
 * the comment at most 1,000 characters. Errors name the factor by key (`factorScores.service_quality`).
 */
export function validateSurveyAnswers(factors: readonly SurveyFactor[], draft: SurveyAnswersDraft): ValidSurveyAnswers {
  const errors = new FieldErrors();
  const overall = checkScore(errors, 'overall', draft.overall, OVERALL_SCALE, true);
  const recommend = checkScore(errors, 'recommend', draft.recommend, RECOMMEND_SCALE, false);
  const comment = checkComment(errors, 'comment', draft.comment);

  const given = new Map<string, number | null | undefined>();
  for (const answer of draft.factorScores ?? []) {
    const key = answer.key?.trim() ?? '';
    if (!factors.some((factor) => factor.key === key)) errors.add({ field: `factorScores.${key}`, code: 'unknownFactor' });
    else if (given.has(key)) errors.add({ field: `factorScores.${key}`, code: 'duplicateKey' });
    else given.set(key, answer.score);
  }
  const factorScores: FactorScore[] = [];
  for (const factor of factors) {
    const score = checkScore(errors, `factorScores.${factor.key}`, given.get(factor.key), FACTOR_SCORE_SCALE, true);
    if (score !== null) factorScores.push({ key: factor.key, score });
  }

  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return { overall: overall!, recommend, factorScores, comment };
}

/**
 * The satisfaction index of one response on the 1,000-point scale of kpis.md (`csi`): Σ weightᵢ ×
 * scoreᵢ normalised to 0–1, × 1000; null for a survey without factors.
 */
export function responseIndex(factors: readonly SurveyFactor[], scores: readonly FactorScore[]): number | null {
  if (factors.length === 0) return null;
  const byKey = new Map(scores.map((score) => [score.key, score.score]));
  const span = FACTOR_SCORE_SCALE.max - FACTOR_SCORE_SCALE.min;
  const index = factors.reduce((sum, factor) => sum + factor.weight * (((byKey.get(factor.key) ?? FACTOR_SCORE_SCALE.min) - FACTOR_SCORE_SCALE.min) / span), 0);
  return index * 1000;
}
