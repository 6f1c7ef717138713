import { runWithAuditContext, type AuditContext } from '@stardesk/database';
import type { NextFunction, Request, Response } from 'express';
import { requestActor } from './request-actor';

export type AuditedRequest = Request & { auditContext?: AuditContext };

/**
 * Opens the audit context of one HTTP request. The actor is read lazily from `req.principal` when a
 * transaction starts (so sign-in that runs later in the chain is seen); the GraphQL plugin fills in
 * the operation (mutation field names), REST routes are named by method and path.
 */
export function auditContextMiddleware(req: AuditedRequest, _res: Response, next: NextFunction): void {
  const context: AuditContext = {
    actor: () => requestActor(req)?.id ?? null,
    operation: `${req.method} ${req.path}`,
  };
  req.auditContext = context;
  runWithAuditContext(context, next);
}
