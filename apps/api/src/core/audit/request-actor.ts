import type { Request } from 'express';

/** The signed-in user as the sign-in layer pins it on the request (`req.user`). */
export interface RequestActor {
  id: string;
  orgId: string;
  role: string;
}

/**
 * The one place that reads who is acting: null before sign-in exists or for anonymous calls, so the
 * audit trail, rate limits and idempotency keys work the same before and after accounts land.
 */
export function requestActor(req: Request | undefined): RequestActor | null {
  const user = (req as (Request & { user?: Partial<RequestActor> }) | undefined)?.user;
  return user && typeof user.id === 'string' && typeof user.orgId === 'string' && typeof user.role === 'string'
    ? { id: user.id, orgId: user.orgId, role: user.role }
    : null;
}
