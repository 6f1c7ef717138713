import { HeaderMap, type ApolloServerPlugin, type GraphQLRequestListener } from '@apollo/server';
import { OrganisationEntity } from '@stardesk/database';
import { GraphQLError, Kind } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AuditedRequest } from '../audit/audit-context.middleware';
import { requestActor } from '../audit/request-actor';
import type { AccessTokenSigner } from '../auth/access-token';
import { isDatabaseUnavailable } from '../database/database-unavailable';
import { AppError, payloadTooLarge, queryTooComplex, queryTooDeep, rateLimited, serviceUnavailable, type AppErrorCode } from '../errors/app-errors';
import { STATUS_OF } from '../errors/http-error-response';
import type { GraphqlContext } from '../graphql/graphql-context';
import { ORG_HEADER } from '../org-context/org-context.guard';
import { IdempotencyStore, requestFingerprint, type IdempotencyClaim } from './idempotency-store';
import { measureOperation } from './query-cost';
import { RateLimiter } from './rate-limiter';

export interface HardeningOptions {
  maxDepth: number;
  maxCost: number;
  /** Largest request body of operations other than the file-carrying ones (bytes). */
  maxBodyBytes: number;
  /** Mutations per second per client (signed-in user, else IP); 0 turns the limit off. */
  mutationRatePerSecond: number;
  mutationBurst: number;
}

export const DEFAULT_HARDENING: HardeningOptions = {
  maxDepth: 12,
  maxCost: 20_000,
  maxBodyBytes: 1024 * 1024,
  mutationRatePerSecond: 100,
  mutationBurst: 200,
};

/** Operations that carry files as Base64 and may use the full body limit of main.ts (30 MB). */
const LARGE_BODY_FIELDS = new Set(['importRecords']);

function refused(error: AppError, locale: 'zh-CN' | 'en', headers?: Record<string, string>): GraphQLError {
  return new GraphQLError(error.messages[locale], {
    extensions: { code: error.code, http: { status: STATUS_OF[error.code as AppErrorCode], headers: new HeaderMap(Object.entries(headers ?? {})) } },
  });
}

function header(req: AuditedRequest, name: string): string | undefined {
  const value = req.headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

/**
 * One Apollo plugin for what every operation passes before it runs: body size, depth and cost limits,
 * the mutation rate limit, the audit operation name, and idempotency keys of mutations.
 * Stack traces are never sent (app.module.ts); introspection is off when NODE_ENV=production.
 */
export function hardeningPlugin(dataSource: DataSource, signer: AccessTokenSigner, options: HardeningOptions = DEFAULT_HARDENING): ApolloServerPlugin<GraphqlContext> {
  const mutationLimiter = new RateLimiter({ ratePerSecond: options.mutationRatePerSecond, burst: options.mutationBurst });
  const idempotency = new IdempotencyStore(dataSource);
  // Apollo runs this plugin before AccessGuard (which runs per resolver), so the caller is known here
  // only from the verified access token; the guard still checks the session before anything runs.
  const callerOf = (req: AuditedRequest): { id: string; orgId: string } | null => {
    const actor = requestActor(req);
    if (actor) return actor;
    const token = header(req, 'authorization')?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const claims = token ? signer.verify(token) : null;
    return claims ? { id: claims.sub, orgId: claims.org } : null;
  };
  const orgIdOf = async (req: AuditedRequest): Promise<string | null> => {
    const caller = callerOf(req);
    if (caller) return caller.orgId;
    const code = header(req, ORG_HEADER)?.toUpperCase();
    if (!code) return null;
    const organisation = await dataSource.getRepository(OrganisationEntity).findOne({ where: { code }, select: { id: true } });
    return organisation?.id ?? null;
  };

  return {
    async requestDidStart(): Promise<GraphQLRequestListener<GraphqlContext>> {
      let claim: IdempotencyClaim | null = null;
      return {
        async didResolveOperation({ contextValue, document, operation, request, source }) {
          if (!operation) return; // Apollo has already refused a document without this operation
          const req = contextValue.req as AuditedRequest;
          const locale = contextValue.locale;
          const topFields = operation.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : []));
          const bodyBytes = Number(req.headers['content-length'] ?? 0);
          if (bodyBytes > options.maxBodyBytes && !topFields.every((field) => LARGE_BODY_FIELDS.has(field))) {
            throw refused(payloadTooLarge(options.maxBodyBytes), locale);
          }
          const { depth, cost } = measureOperation(document, operation, request.variables ?? {});
          if (depth > options.maxDepth) throw refused(queryTooDeep(depth, options.maxDepth), locale);
          if (cost > options.maxCost) throw refused(queryTooComplex(cost, options.maxCost), locale);
          if (operation.operation !== 'mutation') return;

          if (req.auditContext) req.auditContext.operation = `graphql ${topFields.join(',')}`.slice(0, 200);
          const client = callerOf(req)?.id ?? req.ip ?? 'unknown';
          const decision = mutationLimiter.consume(client);
          if (!decision.allowed) throw refused(rateLimited(decision.retryAfterSeconds), locale, { 'retry-after': String(decision.retryAfterSeconds) });

          const key = header(req, 'idempotency-key');
          if (!key) return;
          try {
            const orgId = await orgIdOf(req);
            if (!orgId) return; // the resolver's organisation guard answers ORG_REQUIRED / ORG_NOT_FOUND
            claim = await idempotency.claim(orgId, key, topFields.join(','), requestFingerprint(source, request.variables));
            if (claim.kind === 'claimed' && req.auditContext) req.auditContext.idempotencyClaimId = claim.id;
          } catch (error) {
            if (error instanceof AppError) throw refused(error, locale);
            if (isDatabaseUnavailable(error)) throw refused(serviceUnavailable(), locale);
            throw error;
          }
        },
            async responseForOperation() {
          if (claim?.kind !== 'replay') return null;
          return {
            http: { status: 200, headers: new HeaderMap([['idempotent-replayed', 'true']]) },
            body: { kind: 'single', singleResult: claim.response },
          };
        },
        async willSendResponse({ response }) {
          if (claim?.kind !== 'claimed') return;
          const result = response.body.kind === 'single' ? response.body.singleResult : null;
          // If storing fails (database gone after the commit), the claim is left without answer: a retry
          // waits, then after abandonAfterMs may run again (documented limit of idempotency-store.ts).
          if (result && !result.errors?.length && result.data) await idempotency.complete(claim.id, { data: result.data }).catch(() => undefined);
          else await idempotency.release(claim.id).catch(() => undefined);
        },
      };
    },
  };
}
