/**
 * Errors of the API layer with stable codes. Domain errors (ValidationFailed, RequestTransitionRefused)
 * come from libs/domain; all are mapped to GraphQL errors in one place (graphql-exception.filter.ts).
 */
export type AppErrorCode =
  | 'ORG_REQUIRED'
  | 'ORG_NOT_FOUND'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'INVALID_STATE'
  // the public survey page tells these apart: a used, an expired and an unknown link
  | 'SURVEY_LINK_ANSWERED'
  | 'SURVEY_LINK_EXPIRED'
  | 'SURVEY_LINK_UNKNOWN'
  // the public customer portal's per-address limit
  | 'TOO_MANY_REQUESTS'
  // accounts and access (core/auth)
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'INVALID_CREDENTIALS'
  | 'ACCOUNT_LOCKED'
  | 'ACCESS_UNDECLARED';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    readonly messages: { 'zh-CN': string; en: string },
  ) {
    super(messages.en);
    this.name = 'AppError';
  }
}

export const orgRequired = (): AppError =>
  new AppError('ORG_REQUIRED', {
    'zh-CN': '请求缺少组织标识（X-Org-Code 请求头）',
    en: 'The request names no organisation (X-Org-Code header)',
  });

export const orgNotFound = (code: string): AppError =>
  new AppError('ORG_NOT_FOUND', { 'zh-CN': `组织 ${code} 不存在`, en: `Organisation ${code} does not exist` });

export const recordNotFound = (what: { 'zh-CN': string; en: string }, id: string): AppError =>
  new AppError('NOT_FOUND', { 'zh-CN': `${what['zh-CN']} ${id} 不存在`, en: `${what.en} ${id} does not exist` });

/** Optimistic locking: someone changed the record since the caller read it. */
export const staleVersion = (expected: number, actual: number): AppError =>
  new AppError('CONFLICT', {
    'zh-CN': `记录已被他人修改（您的版本 ${expected}，当前版本 ${actual}），请刷新后重试`,
    en: `The record was changed by someone else (your version ${expected}, current ${actual}); reload and try again`,
  });
