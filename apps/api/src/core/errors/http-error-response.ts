import { ValidationFailed, fieldErrorMessage, type Locale } from '@stardesk/domain';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { AppError, serviceUnavailable, type AppErrorCode } from './app-errors';

export interface HttpErrorResponse {
  status: number;
  body: { code: string; message: string; fieldErrors?: { field: string; code: string; params?: Record<string, string | number>; message: string }[] };
}

export const STATUS_OF: Record<AppErrorCode, number> = {
  ORG_REQUIRED: 400,
  ORG_NOT_FOUND: 404,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  SURVEY_LINK_ANSWERED: 410,
  SURVEY_LINK_EXPIRED: 410,
  SURVEY_LINK_UNKNOWN: 404,
  TOO_MANY_REQUESTS: 429,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  ACCESS_UNDECLARED: 500,
  SERVICE_UNAVAILABLE: 503,
  RATE_LIMITED: 429,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_KEY_IN_PROGRESS: 409,
  IDEMPOTENCY_KEY_COMMITTED: 409,
  QUERY_TOO_DEEP: 400,
  QUERY_TOO_COMPLEX: 400,
  PAYLOAD_TOO_LARGE: 413,
};

/**
 * The REST routes (file upload and download, printable sheets) answer the domain's errors with the
 * same codes and localised field errors as GraphQL, as JSON with a fitting HTTP status. Null for
 * anything else, which keeps Nest's standard handling.
 */
export function httpErrorResponse(exception: unknown, locale: Locale): HttpErrorResponse | null {
  if (isDatabaseUnavailable(exception)) return httpErrorResponse(serviceUnavailable(), locale);
  if (exception instanceof ValidationFailed) {
    return {
      status: 400,
      body: {
        code: 'BAD_USER_INPUT',
        message: locale === 'en' ? 'Some fields are invalid' : '部分字段填写有误',
        fieldErrors: exception.errors.map((error) => ({ ...error, message: fieldErrorMessage(error, locale) })),
      },
    };
  }
  if (exception instanceof AppError) {
    return { status: STATUS_OF[exception.code], body: { code: exception.code, message: exception.messages[locale] } };
  }
  return null;
}
