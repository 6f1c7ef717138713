import { isOutletScoped, type StaffRole } from '@stardesk/domain';

/** The signed-in user of a request, loaded by AccessGuard from the session named in the access token. */
export interface Principal {
  accountId: string;
  sessionId: string;
  staffId: string;
  orgId: string;
  login: string;
  name: string;
  role: StaffRole;
  /** The outlets of the staff member (all of them, whatever the role). */
  outletIds: string[];
}

/** Null: the whole organisation; otherwise the outlets whose records the principal may see. */
export function outletScopeOf(principal: Principal | undefined): string[] | null {
  if (!principal || !isOutletScoped(principal.role)) return null;
  return principal.outletIds;
}
