import { DEFAULT_SATISFACTION_SETTINGS, validateSatisfactionSettings } from './satisfaction-settings';
import { SURVEY_LINK_MESSAGES, SURVEY_LINK_STATES, isWellFormedSurveyToken, surveyExpiresAt, surveyLinkState } from './survey-link';
import { ValidationFailed } from '../common/field-error';

const sentAt = new Date('2026-05-01T00:00:00Z');
const expiresAt = surveyExpiresAt(sentAt, 14);

describe('survey links', () => {
  it('expire after the valid days', () => {
    expect(expiresAt).toEqual(new Date('2026-05-15T00:00:00Z'));
  });

  it('are open up to and including the expiry instant, then expired; answered wins over expired', () => {
    expect(surveyLinkState({ expiresAt, answeredAt: null }, new Date('2026-05-15T00:00:00Z'))).toBe('OPEN');
    expect(surveyLinkState({ expiresAt, answeredAt: null }, new Date('2026-05-15T00:00:00.001Z'))).toBe('EXPIRED');
    expect(surveyLinkState({ expiresAt, answeredAt: new Date('2026-05-02T00:00:00Z') }, new Date('2026-06-01T00:00:00Z'))).toBe('ANSWERED');
    expect(surveyLinkState(null, sentAt)).toBe('UNKNOWN');
  });

  it('accept only tokens shaped like the ones issued (32 random bytes, base64url)', () => {
    expect(isWellFormedSurveyToken('A'.repeat(43))).toBe(true);
    expect(isWellFormedSurveyToken('a-_9'.repeat(10) + 'abc')).toBe(true);
    for (const bad of ['', 'A'.repeat(42), 'A'.repeat(44), `${'A'.repeat(42)}=`, `${'A'.repeat(42)}/`, null, undefined]) {
      expect(isWellFormedSurveyToken(bad)).toBe(false);
    }
  });

  it('have a message for every state in both languages', () => {
    for (const state of SURVEY_LINK_STATES) {
      expect(SURVEY_LINK_MESSAGES[state]['zh-CN']).toBeTruthy();
      expect(SURVEY_LINK_MESSAGES[state].en).toBeTruthy();
    }
  });
});

describe('validateSatisfactionSettings', () => {
  it('keeps what a partial update leaves out', () => {
    expect(validateSatisfactionSettings({ returnVisitSamplingShare: 0.25 }, DEFAULT_SATISFACTION_SETTINGS)).toEqual({ ...DEFAULT_SATISFACTION_SETTINGS, returnVisitSamplingShare: 0.25 });
  });

  it('refuses values out of range field by field', () => {
    try {
      validateSatisfactionSettings({ returnVisitSamplingShare: 1.5, returnVisitMaxAttempts: 0, returnVisitRetryAfterHours: 2.5, surveyValidDays: 91 }, DEFAULT_SATISFACTION_SETTINGS);
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as ValidationFailed).errors.map((e) => e.field)).toEqual(['returnVisitSamplingShare', 'returnVisitMaxAttempts', 'returnVisitRetryAfterHours', 'surveyValidDays']);
    }
    expect(() => validateSatisfactionSettings({ returnVisitSamplingShare: 0.12345 }, DEFAULT_SATISFACTION_SETTINGS)).toThrow(ValidationFailed);
  });
});
