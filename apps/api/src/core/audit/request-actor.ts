import type { Request } from 'express';
import type { Principal } from '../auth/principal';

/** Who acts in a request, for the audit trail, rate limits and idempotency keys. */
export interface RequestActor {
  /** The staff member's id: what the audit trail records as actor. */
  id: string;
  orgId: string;
  role: string;
}

/**
 * The signed-in staff member that AccessGuard pinned on the request (`req.principal`, session
 * checked), or null before the guard ran and for public calls. The audit context reads it lazily when
 * a transaction starts, which is always after the guard.
 */
export function requestActor(req: Request | undefined): RequestActor | null {
  const principal = (req as (Request & { principal?: Principal }) | undefined)?.principal;
  return principal ? { id: principal.staffId, orgId: principal.orgId, role: principal.role } : null;
}
