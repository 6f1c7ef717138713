import { Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, type GqlExceptionFilter } from '@nestjs/graphql';
import {
  ComplaintCommandRefused,
  IndicatorCatalogRefused,
  RequestCommandRefused,
  RequestTransitionRefused,
  ValidationFailed,
  catalogErrorMessage,
  fieldErrorMessage,
  resolveLocale,
} from '@stardesk/domain';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { GraphqlContext } from '../graphql/graphql-context';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { IdempotencyClaimLost } from '@stardesk/database';
import { AppError, idempotencyKeyInProgress, serviceUnavailable } from './app-errors';
import { httpErrorResponse } from './http-error-response';

const INTERNAL = { 'zh-CN': '服务器内部错误，请稍后重试', en: 'Internal server error; please try again later' };

/** The one place where every error becomes a GraphQL error with a stable `extensions.code`. */
@Catch()
export class GraphqlExceptionFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  private readonly logger = new Logger('GraphQL');

  override catch(exception: unknown, host: ArgumentsHost): GraphQLError | undefined {
    // REST routes answer domain errors as JSON (http-error-response.ts); anything else, and the health
    // and static routes, keep Nest's standard JSON error responses.
    if (host.getType<string>() !== 'graphql') {
      const http = host.switchToHttp();
      const mapped = httpErrorResponse(exception, resolveLocale(http.getRequest<Request>().headers['accept-language']));
      if (mapped) http.getResponse<Response>().status(mapped.status).json(mapped.body);
      else super.catch(exception, host);
      return undefined;
    }
    const context = GqlArgumentsHost.create(host).getContext<GraphqlContext>();
    const locale = context?.locale ?? resolveLocale(context?.req?.headers['accept-language']);

    if (exception instanceof IdempotencyClaimLost) return appGraphqlError(idempotencyKeyInProgress(), locale);
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`database unavailable: ${(exception as Error).message}`);
      return appGraphqlError(serviceUnavailable(), locale);
    }
    if (exception instanceof ValidationFailed) {
      const fieldErrors = exception.errors.map((error) => ({ ...error, message: fieldErrorMessage(error, locale) }));
      const summary = locale === 'en' ? 'Some fields are invalid' : '部分字段填写有误';
      return new GraphQLError(summary, { extensions: { code: 'BAD_USER_INPUT', fieldErrors } });
    }
    if (exception instanceof IndicatorCatalogRefused) {
      const fieldErrors = exception.errors.map((error) => ({ ...error, message: catalogErrorMessage(error, locale) }));
      return new GraphQLError(locale === 'en' ? 'Some fields are invalid' : '部分字段填写有误', { extensions: { code: 'BAD_USER_INPUT', fieldErrors } });
    }
    if (exception instanceof RequestCommandRefused) {
      return new GraphQLError(exception.localisedMessage(locale), {
        extensions: { code: 'TRANSITION_REFUSED', command: exception.command, status: exception.status, allowedCommands: exception.allowed },
      });
    }
    if (exception instanceof ComplaintCommandRefused) {
      return new GraphQLError(exception.localisedMessage(locale), {
        extensions: {
          code: 'TRANSITION_REFUSED',
          command: exception.command,
          status: exception.status,
          escalationLevel: exception.level,
          allowedCommands: exception.allowed,
        },
      });
    }
    if (exception instanceof RequestTransitionRefused) {
      return new GraphQLError(exception.message, {
        extensions: { code: 'TRANSITION_REFUSED', from: exception.from, to: exception.to, allowed: exception.allowed },
      });
    }
    if (exception instanceof AppError) return appGraphqlError(exception, locale);
    if (exception instanceof GraphQLError) return exception;
    if (exception instanceof HttpException) {
      return new GraphQLError(exception.message, { extensions: { code: `HTTP_${exception.getStatus()}` } });
    }
    this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    return new GraphQLError(INTERNAL[locale], { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  }
}

/** An AppError as a GraphQL error: localised message, stable code, and the HTTP status REST would use. */
export function appGraphqlError(error: AppError, locale: 'zh-CN' | 'en'): GraphQLError {
  return new GraphQLError(error.messages[locale], { extensions: { code: error.code } });
}
