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
  | 'ACCESS_UNDECLARED'
  // resilience and hardening (core/hardening)
  | 'SERVICE_UNAVAILABLE'
  | 'RATE_LIMITED'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'IDEMPOTENCY_KEY_IN_PROGRESS'
  | 'IDEMPOTENCY_KEY_COMMITTED'
  | 'QUERY_TOO_DEEP'
  | 'QUERY_TOO_COMPLEX'
  | 'PAYLOAD_TOO_LARGE';

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

/** The database cannot be reached: nothing was written; the client may retry shortly. */
export const serviceUnavailable = (): AppError =>
  new AppError('SERVICE_UNAVAILABLE', {
    'zh-CN': '服务暂时不可用（数据库无法连接），本次操作未保存，请稍后重试',
    en: 'The service is temporarily unavailable (database unreachable); nothing was saved, please try again shortly',
  });

export const rateLimited = (retryAfterSeconds: number): AppError =>
  new AppError('RATE_LIMITED', {
    'zh-CN': `操作过于频繁，请 ${retryAfterSeconds} 秒后重试`,
    en: `Too many requests; try again in ${retryAfterSeconds} s`,
  });

export const idempotencyKeyReused = (): AppError =>
  new AppError('IDEMPOTENCY_KEY_REUSED', {
    'zh-CN': '该幂等键（Idempotency-Key）已用于内容不同的请求，请为新请求使用新的键',
    en: 'This Idempotency-Key was already used for a different request; use a new key for a new request',
  });

export const idempotencyKeyInProgress = (): AppError =>
  new AppError('IDEMPOTENCY_KEY_IN_PROGRESS', {
    'zh-CN': '使用该幂等键的请求仍在处理中，请稍后重试',
    en: 'A request with this Idempotency-Key is still being processed; try again shortly',
  });

export const queryTooDeep = (depth: number, limit: number): AppError =>
  new AppError('QUERY_TOO_DEEP', {
    'zh-CN': `查询嵌套层级为 ${depth}，超过上限 ${limit}`,
    en: `The query is nested ${depth} levels deep; the limit is ${limit}`,
  });

export const queryTooComplex = (cost: number, limit: number): AppError =>
  new AppError('QUERY_TOO_COMPLEX', {
    'zh-CN': `查询复杂度为 ${cost}，超过上限 ${limit}，请减少字段或分页大小`,
    en: `The query costs ${cost}; the limit is ${limit}: ask for fewer fields or smaller pages`,
  });

export const payloadTooLarge = (limitBytes: number): AppError =>
  new AppError('PAYLOAD_TOO_LARGE', {
    'zh-CN': `请求内容过大（上限 ${Math.round(limitBytes / 1024)} KB）`,
    en: `The request is too large (limit ${Math.round(limitBytes / 1024)} KB)`,
  });

export const idempotencyKeyCommitted = (): AppError =>
  new AppError('IDEMPOTENCY_KEY_COMMITTED', {
    'zh-CN': '使用该幂等键的请求此前已成功保存（当时的应答未能送达），请刷新查看，不要重复提交',
    en: 'The request with this Idempotency-Key was already saved (its answer was lost); reload to see it instead of sending it again',
  });
