import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who is acting and through which operation, for the audit trail. The API sets it per HTTP request
 * (operation filled in per GraphQL mutation), the CLI per command. Reading is lazy (`actor()`), so a
 * sign-in that completes after the context was opened is still recorded.
 */
export interface AuditContext {
  actor(): string | null;
  operation: string | null;
  /** The Idempotency-Key claim of the running mutation, marked committed by its transaction. */
  idempotencyClaimId?: string | null;
}

const storage = new AsyncLocalStorage<AuditContext>();

export function runWithAuditContext<T>(context: AuditContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentAuditContext(): AuditContext | undefined {
  return storage.getStore();
}
