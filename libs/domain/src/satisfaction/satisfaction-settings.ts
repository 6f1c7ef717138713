import { ValidationFailed } from '../common/field-error';
import { FieldErrors } from '../common/validation.util';
import { DEFAULT_SURVEY_VALID_DAYS, SURVEY_VALID_DAYS_RANGE } from './survey-link';

/** How an organisation runs return visits and survey links. */
export interface SatisfactionSettings {
  /** Share of closed requests that get a return visit, 0–1 (1: all). */
  returnVisitSamplingShare: number;
  /** Attempts before an unreachable customer's return visit is closed as UNREACHABLE. */
  returnVisitMaxAttempts: number;
  /** Suggested wait before calling an unreachable customer again. */
  returnVisitRetryAfterHours: number;
  /** Default validity of a survey link. */
  surveyValidDays: number;
}

export const DEFAULT_SATISFACTION_SETTINGS: SatisfactionSettings = {
  returnVisitSamplingShare: 1,
  returnVisitMaxAttempts: 3,
  returnVisitRetryAfterHours: 4,
  surveyValidDays: DEFAULT_SURVEY_VALID_DAYS,
};

export const SATISFACTION_SETTING_RANGES = {
  returnVisitMaxAttempts: { min: 1, max: 10 },
  returnVisitRetryAfterHours: { min: 1, max: 168 },
  surveyValidDays: SURVEY_VALID_DAYS_RANGE,
} as const;

export type SatisfactionSettingsDraft = { [K in keyof SatisfactionSettings]?: number | null };

/** A partial update: fields left out keep their current value. */
export function validateSatisfactionSettings(draft: SatisfactionSettingsDraft, current: SatisfactionSettings): SatisfactionSettings {
  const errors = new FieldErrors();
  const share = draft.returnVisitSamplingShare ?? current.returnVisitSamplingShare;
  // Stored with four decimals: a share is a percentage with two.
  if (!Number.isFinite(share) || share < 0 || share > 1 || Math.abs(share * 10_000 - Math.round(share * 10_000)) > 1e-6) {
    errors.add({ field: 'returnVisitSamplingShare', code: 'outOfRange', params: { min: 0, max: 1 } });
  }
  const whole = (field: keyof typeof SATISFACTION_SETTING_RANGES): number => {
    const value = draft[field] ?? current[field];
    const range = SATISFACTION_SETTING_RANGES[field];
    if (!Number.isInteger(value) || value < range.min || value > range.max) errors.add({ field, code: 'outOfRange', params: { ...range } });
    return value;
  };
  const settings: SatisfactionSettings = {
    returnVisitSamplingShare: share,
    returnVisitMaxAttempts: whole('returnVisitMaxAttempts'),
    returnVisitRetryAfterHours: whole('returnVisitRetryAfterHours'),
    surveyValidDays: whole('surveyValidDays'),
  };
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return settings;
}
