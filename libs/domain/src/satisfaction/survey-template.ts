import { ValidationFailed, type Locale } from '../common/field-error';
import { FieldErrors } from '../common/validation.util';

/** One weighted question of a multi-factor survey (e.g. 服务启动 21 %), answered on the 1–5 scale. */
export interface SurveyFactor {
  /** Stable identifier of the factor inside its template (`service_quality`). */
  key: string;
  labelZh: string;
  labelEn: string;
  /** Share of the factor in the satisfaction index; a template's weights sum to 1. */
  weight: number;
}

export interface SurveyFactorDraft {
  key?: string | null;
  labelZh?: string | null;
  labelEn?: string | null;
  weight?: number | null;
}

export interface SurveyTemplateDraft {
  code?: string | null;
  name?: string | null;
  factors?: SurveyFactorDraft[] | null;
}

export interface ValidSurveyTemplate {
  code: string;
  name: string;
  /** Empty for a survey of the overall rating only (it then counts in no `csi`). */
  factors: SurveyFactor[];
}

/** Weights are decimals typed by people (0.21 + 0.19 + ...): equal to 1 up to floating-point noise. */
export const WEIGHT_SUM_TOLERANCE = 1e-9;
export const MAX_SURVEY_FACTORS = 20;
const CODE = /^[A-Z0-9][A-Z0-9-]{1,31}$/;
const FACTOR_KEY = /^[a-z][a-z0-9_]{0,31}$/;
const LABEL_MAX = 60;

/**
 * Checks a survey template: a code and a name, factor keys well-formed and unique, both labels, each
 * weight in (0, 1] and the weights together summing to 1. Every problem is reported at once.
 */
export function validateSurveyTemplate(draft: SurveyTemplateDraft): ValidSurveyTemplate {
  const errors = new FieldErrors();
  const code = draft.code?.trim().toUpperCase() ?? '';
  if (errors.required('code', code) && !CODE.test(code)) errors.add({ field: 'code', code: 'invalidCode' });
  const name = draft.name?.trim() ?? '';
  if (errors.required('name', name)) errors.maxLength('name', name, 100);

  const drafts = draft.factors ?? [];
  if (drafts.length > MAX_SURVEY_FACTORS) errors.add({ field: 'factors', code: 'outOfRange', params: { min: 0, max: MAX_SURVEY_FACTORS } });
  const seen = new Set<string>();
  let weightsValid = true;
  const factors = drafts.map((factor, index): SurveyFactor => {
    const prefix = `factors.${index}`;
    const key = factor.key?.trim() ?? '';
    if (errors.required(`${prefix}.key`, key)) {
      if (!FACTOR_KEY.test(key)) errors.add({ field: `${prefix}.key`, code: 'invalidKey' });
      else if (seen.has(key)) errors.add({ field: `${prefix}.key`, code: 'duplicateKey' });
      seen.add(key);
    }
    const labelZh = factor.labelZh?.trim() ?? '';
    if (errors.required(`${prefix}.labelZh`, labelZh)) errors.maxLength(`${prefix}.labelZh`, labelZh, LABEL_MAX);
    const labelEn = factor.labelEn?.trim() ?? '';
    if (errors.required(`${prefix}.labelEn`, labelEn)) errors.maxLength(`${prefix}.labelEn`, labelEn, LABEL_MAX);
    const weight = factor.weight;
    if (weight == null) {
      errors.add({ field: `${prefix}.weight`, code: 'required' });
      weightsValid = false;
    } else if (!Number.isFinite(weight) || weight <= 0 || weight > 1) {
      errors.add({ field: `${prefix}.weight`, code: 'outOfRange', params: { min: 0, max: 1 } });
      weightsValid = false;
    }
    return { key, labelZh, labelEn, weight: weight ?? 0 };
  });
  if (weightsValid && factors.length > 0) {
    const sum = factors.reduce((total, factor) => total + factor.weight, 0);
    if (Math.abs(sum - 1) > WEIGHT_SUM_TOLERANCE) errors.add({ field: 'factors', code: 'weightsMustSumToOne', params: { sum: Number(sum.toFixed(6)) } });
  }

  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return { code, name, factors };
}

export function factorLabel(factor: SurveyFactor, locale: Locale): string {
  return locale === 'en' ? factor.labelEn : factor.labelZh;
}
