import { STAFF_ROLES, ValidationFailed, passwordPolicyErrors, type FieldError, type StaffRole } from '@stardesk/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { OrganisationEntity, OutletEntity, StaffEntity, StaffOutletEntity, UserAccountEntity } from '../entities';
import { hashPassword } from './password-hash';

export interface UserAccountDraft {
  orgCode: string;
  login: string;
  /** The staff member's role; a new staff member is created when the login has none yet. */
  role: StaffRole;
  /** Outlet codes (dispatchers and technicians see only these outlets' records). */
  outletCodes: readonly string[];
  password: string;
  /** Display name of a new staff member (defaults to the login). */
  name?: string;
}

export interface UserAccountSummary {
  accountId: string;
  staffId: string;
  orgCode: string;
  login: string;
  role: StaffRole;
  outletCodes: string[];
  created: boolean;
}

/**
 * Creates (or resets the password of) the account of a staff member: a user IS a staff member, so login,
 * role, outlets and active stay on the staff row, and the account adds the argon2id credential.
 * Used by `stardesk user create`, the demo seed and the API's setUserPassword.
 */
export async function upsertUserAccount(db: DataSource | EntityManager, draft: UserAccountDraft): Promise<UserAccountSummary> {
  const manager = 'manager' in db ? db.manager : db;
  const login = draft.login.trim().toLowerCase();
  const errors: FieldError[] = [];
  if (!/^[a-z0-9._-]{2,64}$/.test(login)) errors.push({ field: 'login', code: 'invalidLogin' });
  if (!(STAFF_ROLES as readonly string[]).includes(draft.role)) errors.push({ field: 'role', code: 'invalidChoice', params: { allowed: STAFF_ROLES.join(', ') } });
  errors.push(...passwordPolicyErrors(draft.password, login));
  const organisation = await manager.getRepository(OrganisationEntity).findOneBy({ code: draft.orgCode.trim().toUpperCase() });
  if (!organisation) errors.push({ field: 'org', code: 'notFound' });
  const outlets = organisation && draft.outletCodes.length
    ? await manager.getRepository(OutletEntity).find({ where: draft.outletCodes.map((code) => ({ orgId: organisation.id, code: code.trim().toUpperCase() })) })
    : [];
  if (outlets.length !== new Set(draft.outletCodes.map((code) => code.trim().toUpperCase())).size) errors.push({ field: 'outlets', code: 'notFound' });
  if (errors.length || !organisation) throw new ValidationFailed(errors);
  const passwordHash = await hashPassword(draft.password);

  return manager.transaction(async (tx) => {
    let staff = await tx.getRepository(StaffEntity).findOne({ where: { orgId: organisation.id, login }, lock: { mode: 'pessimistic_write' } });
    if (!staff) {
      staff = await tx.getRepository(StaffEntity).save(tx.getRepository(StaffEntity).create({ orgId: organisation.id, login, name: draft.name ?? login, role: draft.role, phone: null, active: true }));
    } else if (staff.role !== draft.role || !staff.active) {
      staff.role = draft.role;
      staff.active = true;
      staff = await tx.getRepository(StaffEntity).save(staff);
    }
    if (draft.outletCodes.length) {
      await tx.getRepository(StaffOutletEntity).delete({ staffId: staff.id });
      await tx.getRepository(StaffOutletEntity).insert(outlets.map((outlet) => ({ staffId: staff.id, outletId: outlet.id, orgId: organisation.id })));
    }
    const accounts = tx.getRepository(UserAccountEntity);
    const existing = await accounts.findOneBy({ staffId: staff.id });
    const now = new Date();
    const account = existing
      ? await accounts.save({ ...existing, passwordHash, failedLogins: 0, lockedUntil: null, passwordChangedAt: now })
      : await accounts.save(accounts.create({ orgId: organisation.id, staffId: staff.id, passwordHash, failedLogins: 0, lockedUntil: null, lastLoginAt: null, passwordChangedAt: now }));
    const outletRows: { code: string }[] = await tx.query(
      'SELECT o.code FROM staff_outlets so JOIN outlets o ON o.id = so.outlet_id WHERE so.staff_id = $1 ORDER BY o.code',
      [staff.id],
    );
    return {
      accountId: account.id,
      staffId: staff.id,
      orgCode: organisation.code,
      login,
      role: staff.role,
      outletCodes: outletRows.map((row) => row.code),
      created: !existing,
    };
  });
}
