import type { Locale } from '../common/field-error';

/** Vocabulary of return visits (回访) and the ratings they take. */

/** How staff reached the customer (import-format.md, return_visits.csv `method`). */
export const RETURN_VISIT_METHODS = ['PHONE', 'SMS', 'ONLINE', 'ON_SITE'] as const;
export type ReturnVisitMethod = (typeof RETURN_VISIT_METHODS)[number];

/** What one attempt came to. */
export const RETURN_VISIT_OUTCOMES = ['COMPLETED', 'UNREACHABLE', 'REFUSED', 'WRONG_NUMBER'] as const;
export type ReturnVisitOutcome = (typeof RETURN_VISIT_OUTCOMES)[number];

/**
 * SCHEDULED is the only open status (it may already have unreachable attempts); DONE means the
 * customer was reached and answered, the only status that counts for `returnVisitRate`; REFUSED and
 * UNREACHABLE close it without an answer; CANCELLED when the request was reopened before it was done.
 */
export const RETURN_VISIT_STATUSES = ['SCHEDULED', 'DONE', 'REFUSED', 'UNREACHABLE', 'CANCELLED'] as const;
export type ReturnVisitStatus = (typeof RETURN_VISIT_STATUSES)[number];

/** Where a satisfaction response came from: the public survey link, or staff during a return visit. */
export const SURVEY_RESPONSE_SOURCES = ['SURVEY_LINK', 'RETURN_VISIT'] as const;
export type SurveyResponseSource = (typeof SURVEY_RESPONSE_SOURCES)[number];

type Label = Record<Locale, string>;

export const RETURN_VISIT_METHOD_LABELS: Record<ReturnVisitMethod, Label> = {
  PHONE: { 'zh-CN': '电话回访', en: 'Phone call' },
  SMS: { 'zh-CN': '短信回访', en: 'Text message' },
  ONLINE: { 'zh-CN': '在线回访', en: 'Online' },
  ON_SITE: { 'zh-CN': '上门回访', en: 'On site' },
};

export const RETURN_VISIT_OUTCOME_LABELS: Record<ReturnVisitOutcome, Label> = {
  COMPLETED: { 'zh-CN': '回访成功', en: 'Completed' },
  UNREACHABLE: { 'zh-CN': '未接通', en: 'Unreachable' },
  REFUSED: { 'zh-CN': '客户拒绝回访', en: 'Customer declined' },
  WRONG_NUMBER: { 'zh-CN': '号码错误', en: 'Wrong number' },
};

export const RETURN_VISIT_STATUS_LABELS: Record<ReturnVisitStatus, Label> = {
  SCHEDULED: { 'zh-CN': '待回访', en: 'Scheduled' },
  DONE: { 'zh-CN': '已回访', en: 'Done' },
  REFUSED: { 'zh-CN': '客户拒绝', en: 'Declined' },
  UNREACHABLE: { 'zh-CN': '无法联系', en: 'Unreachable' },
  CANCELLED: { 'zh-CN': '已取消（工单重开）', en: 'Cancelled (request reopened)' },
};

export const SURVEY_RESPONSE_SOURCE_LABELS: Record<SurveyResponseSource, Label> = {
  SURVEY_LINK: { 'zh-CN': '调查链接', en: 'Survey link' },
  RETURN_VISIT: { 'zh-CN': '回访', en: 'Return visit' },
};
