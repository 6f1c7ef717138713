import type { Locale } from '../common/field-error';
import { MS_PER_DAY } from '../kpi/kpi-targets';

/**
 * The one-time public survey link (满意度调查链接). The API makes the random token and keeps only its
 * SHA-256; these rules decide what a token's invitation allows at a given moment.
 */

/** What the public page shows for a token. UNKNOWN also covers a malformed token. */
export const SURVEY_LINK_STATES = ['OPEN', 'ANSWERED', 'EXPIRED', 'UNKNOWN'] as const;
export type SurveyLinkState = (typeof SURVEY_LINK_STATES)[number];

/** Random bytes in a token: 256 bits, written as 43 base64url characters. */
export const SURVEY_TOKEN_BYTES = 32;
const SURVEY_TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const DEFAULT_SURVEY_VALID_DAYS = 14;
export const SURVEY_VALID_DAYS_RANGE = { min: 1, max: 90 } as const;

/** A token that could have been issued; anything else is UNKNOWN without looking it up. */
export function isWellFormedSurveyToken(token: string | null | undefined): token is string {
  return typeof token === 'string' && SURVEY_TOKEN.test(token);
}

export function surveyExpiresAt(sentAt: Date, validDays: number): Date {
  return new Date(sentAt.getTime() + validDays * MS_PER_DAY);
}

/**
 * A link is answerable up to and including its expiry instant (the same rule as `surveyResponseRate`).
 * An answered link stays ANSWERED after it would have expired: the page thanks, it does not scold.
 */
export function surveyLinkState(invitation: { expiresAt: Date; answeredAt: Date | null } | null, now: Date): SurveyLinkState {
  if (!invitation) return 'UNKNOWN';
  if (invitation.answeredAt) return 'ANSWERED';
  return now.getTime() <= invitation.expiresAt.getTime() ? 'OPEN' : 'EXPIRED';
}

/** What the customer reads on the page for each state (and in the refusal of a submission). */
export const SURVEY_LINK_MESSAGES: Record<SurveyLinkState, Record<Locale, string>> = {
  OPEN: { 'zh-CN': '感谢您抽出时间评价本次服务。', en: 'Thank you for taking the time to rate our service.' },
  ANSWERED: {
    'zh-CN': '此调查已提交，每个链接只能提交一次。感谢您的评价！',
    en: 'This survey has already been answered; each link can be used once. Thank you for your feedback!',
  },
  EXPIRED: {
    'zh-CN': '此调查链接已过期，无法再提交。如需反馈，请联系客服热线。',
    en: 'This survey link has expired and can no longer be answered. Please call our service hotline to give feedback.',
  },
  UNKNOWN: {
    'zh-CN': '调查链接无效，请检查链接是否完整。',
    en: 'This survey link is not valid; please check that the link is complete.',
  },
};

export const SURVEY_THANKS: Record<Locale, string> = {
  'zh-CN': '提交成功，感谢您的评价！',
  en: 'Your answers have been submitted. Thank you for your feedback!',
};
