import type { StaffRole } from '../../gql/graphql';

export const USER_ROLES: readonly StaffRole[] = ['ADMIN', 'MANAGER', 'DISPATCHER', 'TECHNICIAN', 'AUDITOR'];

/** Roles that see only their own outlets' records (the API's outlet scope); the others see the organisation. */
export const OUTLET_SCOPED_ROLES: readonly StaffRole[] = ['DISPATCHER', 'TECHNICIAN'];
export const isOutletScoped = (role: StaffRole | null | undefined): boolean => Boolean(role && OUTLET_SCOPED_ROLES.includes(role));

export type AccountState = { kind: 'ACTIVE' } | { kind: 'LOCKED'; until: Date } | { kind: 'NO_LOGIN' } | { kind: 'DEACTIVATED' };

export interface AccountFacts {
  active: boolean;
  hasLogin: boolean;
  lockedUntil?: string | null;
}

/**
 * What an administrator needs to know about a sign-in: deactivated wins (nobody gets in), then no
 * password yet, then a lockout that has not run out yet (a lock in the past is over), else active.
 */
export function accountStateOf(user: AccountFacts, now: Date): AccountState {
  if (!user.active) return { kind: 'DEACTIVATED' };
  if (!user.hasLogin) return { kind: 'NO_LOGIN' };
  const until = user.lockedUntil ? new Date(user.lockedUntil) : null;
  if (until && until.getTime() > now.getTime()) return { kind: 'LOCKED', until };
  return { kind: 'ACTIVE' };
}

export type AccountStateFilter = 'ALL' | AccountState['kind'];

export interface UserRow extends AccountFacts {
  login: string;
  name: string;
  role: StaffRole;
}

/** The table's filter: part of login or name, one account state. */
export function filterUsers<T extends UserRow>(users: readonly T[], search: string, state: AccountStateFilter, now: Date): T[] {
  const needle = search.trim().toLowerCase();
  return users.filter(
    (user) =>
      (!needle || user.login.toLowerCase().includes(needle) || user.name.toLowerCase().includes(needle)) &&
      (state === 'ALL' || accountStateOf(user, now).kind === state),
  );
}

export interface AccessValues {
  role?: StaffRole | null;
  outletIds?: string[] | null;
  password?: string | null;
}

export type AccessFieldError = { field: 'role' | 'outletIds' | 'password'; key: 'required' | 'ownAdminRole' | 'outletRequired' };

/**
 * Checks the role and outlet form before it is sent: what the browser can know (required fields, the
 * outlets a dispatcher or technician needs, an administrator keeping their own ADMIN role). The password
 * policy is the API's, so its messages are the same wherever a password is set.
 */
export function accessFormErrors(values: AccessValues, options: { self: boolean; currentRole: StaffRole; passwordRequired: boolean }): AccessFieldError[] {
  const errors: AccessFieldError[] = [];
  if (!values.role) errors.push({ field: 'role', key: 'required' });
  else if (options.self && options.currentRole === 'ADMIN' && values.role !== 'ADMIN') errors.push({ field: 'role', key: 'ownAdminRole' });
  if (isOutletScoped(values.role) && !values.outletIds?.length) errors.push({ field: 'outletIds', key: 'outletRequired' });
  if (options.passwordRequired && !values.password) errors.push({ field: 'password', key: 'required' });
  return errors;
}
