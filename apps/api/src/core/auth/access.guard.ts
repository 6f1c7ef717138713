import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { OrganisationEntity } from '@stardesk/database';
import type { StaffRole } from '@stardesk/domain';
import { DataSource } from 'typeorm';
import { ORG_HEADER, orgScopedRequest } from '../org-context/org-context.guard';
import { accessUndeclared, forbidden, orgMismatch, unauthenticated } from './access-errors';
import { ALLOW_KEY, PUBLIC_KEY } from './access.decorators';
import { AccessTokenSigner } from './access-token';
import { OUTLET_SCOPE_KEY, applyOutletScope, type OutletScopeSpec } from './outlet-scope';
import { outletScopeOf, type Principal } from './principal';

interface PrincipalRow {
  accountId: string;
  sessionId: string;
  staffId: string;
  orgId: string;
  login: string;
  name: string;
  role: StaffRole;
  outletIds: string[];
}

/**
 * The global guard (APP_GUARD): every query, mutation and REST route passes here first.
 * 1. The operation must declare @Public() or @Allow(...roles); otherwise it is refused (ACCESS_UNDECLARED).
 * 2. A non-public operation needs `Authorization: Bearer <access token>` of a live session of an active
 *    staff member (UNAUTHENTICATED otherwise), whose role is allowed (FORBIDDEN otherwise).
 * 3. The organisation is the user's; an X-Org-Code header, if sent, must name it (FORBIDDEN otherwise).
 * 4. For dispatchers and technicians, the operation's @OutletScope narrows lists and hides other outlets' records.
 * It pins `req.principal` and `req.organisation`, which OrgContextGuard and @CurrentOrg() then use.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly dataSource: DataSource,
    private readonly signer: AccessTokenSigner,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const allowed = this.reflector.getAllAndOverride<readonly StaffRole[] | undefined>(ALLOW_KEY, targets);
    if (!allowed) throw accessUndeclared(operationName(context));

    const req = orgScopedRequest(context);
    const principal = req.principal ?? (await this.authenticate(req.headers.authorization));
    if (!allowed.includes(principal.role)) throw forbidden();
    if (!req.organisation) {
      const header = req.headers[ORG_HEADER];
      const code = (Array.isArray(header) ? header[0] : header)?.trim().toUpperCase();
      const organisation = await this.dataSource.getRepository(OrganisationEntity).findOneByOrFail({ id: principal.orgId });
      if (code && code !== organisation.code) throw orgMismatch();
      req.organisation = organisation;
    }
    req.principal = principal;
    const scope = outletScopeOf(principal);
    const spec = this.reflector.get<OutletScopeSpec | undefined>(OUTLET_SCOPE_KEY, context.getHandler());
    if (scope && spec) await applyOutletScope(this.dataSource.manager, principal.orgId, scope, spec, argumentsOf(context, req));
    return true;
  }

  private async authenticate(authorization: string | undefined): Promise<Principal> {
    const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const claims = token ? this.signer.verify(token) : null;
    if (!claims) throw unauthenticated();
    const rows: PrincipalRow[] = await this.dataSource.query(
      `SELECT a.id AS "accountId", ses.id AS "sessionId", s.id AS "staffId", a.org_id AS "orgId", s.login, s.name, s.role,
              ARRAY(SELECT so.outlet_id::text FROM staff_outlets so WHERE so.staff_id = s.id ORDER BY so.outlet_id) AS "outletIds"
         FROM auth_sessions ses
         JOIN user_accounts a ON a.id = ses.account_id
         JOIN staff s ON s.id = a.staff_id AND s.org_id = a.org_id
        WHERE ses.id = $1 AND a.id = $2 AND ses.revoked_at IS NULL AND ses.expires_at > now() AND s.active`,
      [claims.sid, claims.sub],
    );
    const row = rows[0];
    if (!row) throw unauthenticated();
    return row;
  }
}

/** The arguments an @OutletScope path starts from: GraphQL arguments, or `params` of a REST route. */
function argumentsOf(context: ExecutionContext, req: { params?: Record<string, unknown> }): Record<string, unknown> {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getArgs<Record<string, unknown>>();
  return { params: req.params ?? {} };
}

function operationName(context: ExecutionContext): string {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getInfo<{ fieldName: string }>().fieldName;
  return `${context.getClass().name}.${context.getHandler().name}`;
}
