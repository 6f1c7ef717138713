import { Injectable } from '@nestjs/common';
import {
  AuthSessionEntity,
  OrganisationEntity,
  OutletEntity,
  RefreshTokenEntity,
  StaffEntity,
  UserAccountEntity,
  hashPassword,
  upsertUserAccount,
  verifyAgainstDummy,
  verifyPassword,
} from '@stardesk/database';
import { FieldErrors, STAFF_ROLES, ValidationFailed, isOutletScoped, passwordPolicyErrors, type FieldError } from '@stardesk/domain';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource, In, type EntityManager } from 'typeorm';
import { accountLocked, invalidCredentials, unauthenticated } from '../../core/auth/access-errors';
import { AccessTokenSigner } from '../../core/auth/access-token';
import type { Principal } from '../../core/auth/principal';
import { recordNotFound } from '../../core/errors/app-errors';
import { isUuid, lockVersioned } from '../../core/database/versioned-record';
import type { AuthSession, CurrentUser, UserAccount, UserOverview } from './auth.model';
import type { GrantUserLoginInput, LoginInput, SetUserPasswordInput } from './dto/login.input';

/** Failed sign-ins in a row that lock an account, and for how long. */
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;
/** A session (refresh-token family) lasts a working day at most, however often it is refreshed. */
export const SESSION_HOURS = 12;

export interface IssuedSession {
  session: AuthSession;
  refreshToken: string;
  refreshExpiresAt: Date;
}

const STAFF = { 'zh-CN': '员工', en: 'Staff member' };
const ACCOUNT = { 'zh-CN': '账户', en: 'Account' };

const sha256 = (token: string): string => createHash('sha256').update(token).digest('hex');
const newRefreshToken = (): string => randomBytes(32).toString('base64url');

@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly signer: AccessTokenSigner,
  ) {}

  /**
   * Sign-in. Unknown organisation, unknown login, inactive staff and wrong password all answer the same
   * INVALID_CREDENTIALS (after the same argon2 work); the fifth failure in a row locks the account for
   * 15 minutes (ACCOUNT_LOCKED, also while locked, even with the right password).
   */
  async login(input: LoginInput): Promise<IssuedSession> {
    const errors = new FieldErrors();
    errors.required('organisation', input.organisation);
    errors.required('login', input.login);
    errors.required('password', input.password);
    if (!errors.isEmpty) throw new ValidationFailed(errors.list);
    const orgCode = input.organisation!.trim().toUpperCase();
    const login = input.login!.trim().toLowerCase();
    const password = input.password!;

    const found: { accountId: string }[] = await this.dataSource.query(
      `SELECT a.id AS "accountId" FROM user_accounts a JOIN staff s ON s.id = a.staff_id JOIN organisations o ON o.id = a.org_id
        WHERE o.code = $1 AND s.login = $2`,
      [orgCode, login],
    );
    if (!found[0]) {
      await verifyAgainstDummy(password);
      throw invalidCredentials();
    }
    const outcome = await this.dataSource.transaction(async (tx) => {
      const account = await tx.getRepository(UserAccountEntity).findOne({ where: { id: found[0]!.accountId }, lock: { mode: 'pessimistic_write' } });
      if (!account) return { failure: invalidCredentials() };
      const now = new Date();
      if (account.lockedUntil && account.lockedUntil > now) return { failure: this.locked(account.lockedUntil, now) };
      const staff = await tx.getRepository(StaffEntity).findOneByOrFail({ id: account.staffId });
      const ok = await verifyPassword(account.passwordHash, password);
      if (!ok || !staff.active) {
        const failed = (account.lockedUntil ? 0 : account.failedLogins) + 1;
        const lockedUntil = failed >= MAX_FAILED_LOGINS ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
        await tx.update(UserAccountEntity, { id: account.id }, { failedLogins: lockedUntil ? 0 : failed, lockedUntil });
        return { failure: lockedUntil ? this.locked(lockedUntil, now) : invalidCredentials() };
      }
      await tx.update(UserAccountEntity, { id: account.id }, { failedLogins: 0, lockedUntil: null, lastLoginAt: now });
      const session = await tx.getRepository(AuthSessionEntity).save(
        tx.getRepository(AuthSessionEntity).create({
          orgId: account.orgId,
          accountId: account.id,
          expiresAt: new Date(now.getTime() + SESSION_HOURS * 3_600_000),
          revokedAt: null,
          revokedReason: null,
        }),
      );
      return { issued: await this.issue(tx, account, staff, session) };
    });
    if ('failure' in outcome) throw outcome.failure;
    return outcome.issued;
  }

  /**
   * Exchanges a refresh token for a new access token and a new refresh token (rotation). A token that
   * was already exchanged is a replay — someone holds a copy — so the whole session is revoked.
   */
  async refresh(refreshToken: string | undefined): Promise<IssuedSession> {
    if (!refreshToken) throw unauthenticated();
    const outcome = await this.dataSource.transaction(async (tx) => {
      const token = await tx.getRepository(RefreshTokenEntity).findOne({ where: { tokenHash: sha256(refreshToken) }, lock: { mode: 'pessimistic_write' } });
      if (!token) return null;
      const session = await tx.getRepository(AuthSessionEntity).findOne({ where: { id: token.sessionId }, lock: { mode: 'pessimistic_write' } });
      if (!session || session.revokedAt || session.expiresAt <= new Date()) return null;
      if (token.usedAt) {
        await tx.update(AuthSessionEntity, { id: session.id }, { revokedAt: new Date(), revokedReason: 'REPLAY' });
        return null;
      }
      const account = await tx.getRepository(UserAccountEntity).findOneByOrFail({ id: session.accountId });
      const staff = await tx.getRepository(StaffEntity).findOneByOrFail({ id: account.staffId });
      if (!staff.active) return null;
      await tx.update(RefreshTokenEntity, { id: token.id }, { usedAt: new Date() });
      return this.issue(tx, account, staff, session);
    });
    if (!outcome) throw unauthenticated();
    return outcome;
  }

  /** Ends the sessions named by the refresh cookie and by the access token (either may be missing). */
  async logout(refreshToken: string | undefined, authorization: string | undefined): Promise<void> {
    const sessionIds: string[] = [];
    const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const claims = bearer ? this.signer.verify(bearer) : null;
    if (claims) sessionIds.push(claims.sid);
    if (refreshToken) {
      const token = await this.dataSource.getRepository(RefreshTokenEntity).findOneBy({ tokenHash: sha256(refreshToken) });
      if (token) sessionIds.push(token.sessionId);
    }
    if (!sessionIds.length) return;
    await this.dataSource.query(
      `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'LOGOUT' WHERE id = ANY($1::uuid[]) AND revoked_at IS NULL`,
      [sessionIds],
    );
  }

  /** An administrator ends every session of a user of the organisation (lost phone, staff leaving). */
  async revokeSessions(orgId: string, staffId: string): Promise<number> {
    const result: [unknown[], number] = await this.dataSource.query(
      `UPDATE auth_sessions ses SET revoked_at = now(), revoked_reason = 'ADMIN'
         FROM user_accounts a
        WHERE a.id = ses.account_id AND a.org_id = $1 AND a.staff_id = $2 AND ses.revoked_at IS NULL`,
      [orgId, staffId],
    );
    return result[1];
  }

  async setPassword(orgId: string, input: SetUserPasswordInput): Promise<UserAccount> {
    const errors = new FieldErrors();
    errors.required('staffId', input.staffId);
    errors.required('password', input.password);
    if (!errors.isEmpty) throw new ValidationFailed(errors.list);
    const staff = /^[0-9a-f-]{36}$/i.test(input.staffId!) ? await this.dataSource.getRepository(StaffEntity).findOneBy({ id: input.staffId!, orgId }) : null;
    if (!staff) throw new ValidationFailed([{ field: 'staffId', code: 'notFound' }]);
    // Setting a password must not bring a deactivated person back (the account store reactivates on upsert).
    if (!staff.active) throw new ValidationFailed([{ field: 'staffId', code: 'staffInactive' }]);
    const organisation = await this.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ id: orgId });
    const summary = await upsertUserAccount(this.dataSource, { orgCode: organisation.code, login: staff.login, role: staff.role, outletCodes: [], password: input.password!, name: staff.name });
    await this.revokeSessions(orgId, staff.id);
    return this.account(orgId, summary.staffId);
  }

  /** The organisation's accounts, or the one of `staffId`. */
  async accounts(orgId: string, staffId?: string): Promise<UserAccount[]> {
    return this.dataSource.query(
      `SELECT s.id AS "staffId", s.login, s.role, a.locked_until AS "lockedUntil", a.last_login_at AS "lastLoginAt"
         FROM user_accounts a JOIN staff s ON s.id = a.staff_id WHERE a.org_id = $1 ${staffId ? 'AND a.staff_id = $2' : ''} ORDER BY s.login`,
      staffId ? [orgId, staffId] : [orgId],
    );
  }

  /** Every staff member of the organisation as a user: role, outlets and the state of their sign-in. */
  async users(orgId: string, staffId?: string): Promise<UserOverview[]> {
    const params: unknown[] = [orgId];
    if (staffId) params.push(staffId);
    return this.dataSource.query(
      `SELECT s.id AS "staffId", s.login, s.name, s.role, s.active, s.version,
              ARRAY(SELECT so.outlet_id::text FROM staff_outlets so WHERE so.org_id = s.org_id AND so.staff_id = s.id ORDER BY so.outlet_id) AS "outletIds",
              a.id IS NOT NULL AS "hasLogin", a.locked_until AS "lockedUntil", COALESCE(a.failed_logins, 0) AS "failedLogins",
              a.last_login_at AS "lastLoginAt", a.password_changed_at AS "passwordChangedAt",
              (SELECT count(*)::int FROM auth_sessions ses WHERE ses.account_id = a.id AND ses.revoked_at IS NULL AND ses.expires_at > now()) AS "openSessions"
         FROM staff s LEFT JOIN user_accounts a ON a.org_id = s.org_id AND a.staff_id = s.id
        WHERE s.org_id = $1 ${staffId ? 'AND s.id = $2' : ''}
        ORDER BY s.active DESC, s.login`,
      params,
    );
  }

  private async user(orgId: string, staffId: string): Promise<UserOverview> {
    const [user] = await this.users(orgId, staffId);
    if (!user) throw recordNotFound(STAFF, staffId);
    return user;
  }

  /**
   * Gives a staff member a sign-in with a role and outlets in one transaction (or resets all three):
   * nothing changes unless everything is valid. Their other sessions end; an administrator who resets
   * their own password keeps the session they are working in, and cannot give up their own ADMIN role.
   */
  async grantLogin(orgId: string, actor: Principal, input: GrantUserLoginInput): Promise<UserOverview> {
    const errors = new FieldErrors();
    errors.required('staffId', input.staffId);
    if (errors.required('role', input.role)) errors.oneOf('role', input.role, STAFF_ROLES);
    errors.required('password', input.password);
    if (!errors.isEmpty) throw new ValidationFailed(errors.list);
    const role = input.role!;
    const outletIds = [...new Set((input.outletIds ?? []).map((id) => id.trim()))];
    const staffId = input.staffId!;
    await this.dataSource.transaction(async (tx) => {
      const staff = await lockVersioned(tx, StaffEntity, orgId, staffId, input.expectedVersion, STAFF);
      const problems: FieldError[] = [];
      if (!staff.active) problems.push({ field: 'staffId', code: 'staffInactive' });
      if (staff.id === actor.staffId && role !== 'ADMIN') problems.push({ field: 'role', code: 'ownAdminRole' });
      if (isOutletScoped(role) && outletIds.length === 0) problems.push({ field: 'outletIds', code: 'outletRequiredForRole' });
      problems.push(...(await this.outletProblems(tx, orgId, staff.id, outletIds)));
      problems.push(...passwordPolicyErrors(input.password, staff.login));
      if (problems.length) throw new ValidationFailed(problems);
      const passwordHash = await hashPassword(input.password!);
      // update() through TypeORM raises the version column: the staff record changed.
      await tx.getRepository(StaffEntity).update({ orgId, id: staff.id }, { role });
      await tx.query('DELETE FROM staff_outlets WHERE org_id = $1 AND staff_id = $2', [orgId, staff.id]);
      if (outletIds.length) await tx.query('INSERT INTO staff_outlets (org_id, staff_id, outlet_id) SELECT $1, $2, unnest($3::uuid[])', [orgId, staff.id, outletIds]);
      const accounts = tx.getRepository(UserAccountEntity);
      const existing = await accounts.findOne({ where: { orgId, staffId: staff.id }, lock: { mode: 'pessimistic_write' } });
      const now = new Date();
      if (existing) {
        await accounts.update({ id: existing.id }, { passwordHash, failedLogins: 0, lockedUntil: null, passwordChangedAt: now });
        await tx.query(
          `UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'ADMIN' WHERE account_id = $1 AND revoked_at IS NULL AND id <> $2`,
          [existing.id, actor.sessionId],
        );
      } else {
        await accounts.insert({ orgId, staffId: staff.id, passwordHash, failedLogins: 0, lockedUntil: null, lastLoginAt: null, passwordChangedAt: now });
      }
    });
    return this.user(orgId, staffId);
  }

  /** Ends a lockout (after failed sign-ins) before it runs out, once the administrator knows who it was. */
  async unlock(orgId: string, staffId: string): Promise<UserOverview> {
    const updated: [unknown[], number] = isUuid(staffId)
      ? await this.dataSource.query('UPDATE user_accounts SET locked_until = NULL, failed_logins = 0 WHERE org_id = $1 AND staff_id = $2', [orgId, staffId])
      : [[], 0];
    if (!updated[1]) throw recordNotFound(ACCOUNT, staffId);
    return this.user(orgId, staffId);
  }

  private async outletProblems(tx: EntityManager, orgId: string, staffId: string, outletIds: readonly string[]): Promise<FieldError[]> {
    const ids = outletIds.filter(isUuid);
    const outlets = ids.length ? await tx.getRepository(OutletEntity).findBy({ orgId, id: In(ids) }) : [];
    const assigned: { outlet_id: string }[] = await tx.query('SELECT outlet_id FROM staff_outlets WHERE org_id = $1 AND staff_id = $2', [orgId, staffId]);
    const byId = new Map(outlets.map((outlet) => [outlet.id, outlet]));
    return outletIds.flatMap((outletId, index): FieldError[] => {
      const outlet = byId.get(outletId);
      if (!outlet) return [{ field: `outletIds.${index}`, code: 'notFound' }];
      if (!outlet.active && !assigned.some((row) => row.outlet_id === outletId)) return [{ field: `outletIds.${index}`, code: 'inactive' }];
      return [];
    });
  }

  private async account(orgId: string, staffId: string): Promise<UserAccount> {
    const [account] = await this.accounts(orgId, staffId);
    if (!account) throw recordNotFound({ 'zh-CN': '账户', en: 'Account' }, staffId);
    return account;
  }

  async currentUser(principal: Principal): Promise<CurrentUser> {
    const organisation = await this.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ id: principal.orgId });
    const outlets: { id: string; code: string; name: string }[] = await this.dataSource.query(
      'SELECT o.id, o.code, o.name FROM staff_outlets so JOIN outlets o ON o.id = so.outlet_id WHERE so.staff_id = $1 ORDER BY o.code',
      [principal.staffId],
    );
    return {
      id: principal.staffId,
      login: principal.login,
      name: principal.name,
      role: principal.role,
      outlets,
      organisation: { id: organisation.id, code: organisation.code, name: organisation.name, timeZone: organisation.timeZone },
    };
  }

  private locked(until: Date, now: Date) {
    return accountLocked(until, Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000)));
  }

  private async issue(tx: EntityManager, account: UserAccountEntity, staff: StaffEntity, session: AuthSessionEntity): Promise<IssuedSession> {
    const refreshToken = newRefreshToken();
    await tx.getRepository(RefreshTokenEntity).insert({ orgId: account.orgId, sessionId: session.id, tokenHash: sha256(refreshToken), usedAt: null });
    const access = this.signer.sign({ sub: account.id, sid: session.id, org: account.orgId, role: staff.role });
    const outletIds: { outlet_id: string }[] = await tx.query('SELECT outlet_id FROM staff_outlets WHERE staff_id = $1', [staff.id]);
    const principal: Principal = {
      accountId: account.id,
      sessionId: session.id,
      staffId: staff.id,
      orgId: account.orgId,
      login: staff.login,
      name: staff.name,
      role: staff.role,
      outletIds: outletIds.map((row) => row.outlet_id),
    };
    return {
      session: { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, user: await this.currentUser(principal) },
      refreshToken,
      refreshExpiresAt: session.expiresAt,
    };
  }
}
