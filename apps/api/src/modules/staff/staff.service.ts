import { Injectable } from '@nestjs/common';
import { OutletEntity, StaffEntity } from '@stardesk/database';
import { ValidationFailed, mergeDraft, validateStaff, type FieldError, type StaffDraft, type StaffRole, type ValidStaff } from '@stardesk/domain';
import { DataSource, In, Not, type EntityManager } from 'typeorm';
import { containsPattern } from '../../core/database/like-pattern';
import { isUuid, lockVersioned, withUniqueFields } from '../../core/database/versioned-record';
import type { CreateStaffInput, UpdateStaffInput } from './dto/staff.input';
import type { StaffMember } from './staff-member.model';

const STAFF = { 'zh-CN': '员工', en: 'Staff member' };
const UNIQUE = { uq_staff_org_login: 'login' };

export interface StaffListFilter {
  roles?: StaffRole[] | null;
  outletId?: string | null;
  activeOnly?: boolean;
  search?: string | null;
  ids?: readonly string[];
}

interface StaffRow {
  id: string;
  login: string;
  name: string;
  role: StaffRole;
  phone: string | null;
  active: boolean;
  version: number;
  outlet_ids: string[];
}

@Injectable()
export class StaffService {
  constructor(private readonly dataSource: DataSource) {}

  /** Staff of an organisation, optionally only some roles, the people of one outlet, or a name search. */
  async list(orgId: string, filter: StaffListFilter): Promise<StaffMember[]> {
    const params: unknown[] = [orgId];
    const conditions = ['s.org_id = $1'];
    if (filter.roles?.length) {
      params.push(filter.roles);
      conditions.push(`s.role = ANY($${params.length}::varchar[])`);
    }
    if (filter.outletId) {
      params.push(isUuid(filter.outletId) ? filter.outletId : null);
      conditions.push(`EXISTS (SELECT 1 FROM staff_outlets so WHERE so.org_id = s.org_id AND so.staff_id = s.id AND so.outlet_id = $${params.length}::uuid)`);
    }
    if (filter.search?.trim()) {
      params.push(containsPattern(filter.search.trim()));
      conditions.push(`(s.login ILIKE $${params.length} OR s.name ILIKE $${params.length})`);
    }
    if (filter.ids) {
      params.push(filter.ids);
      conditions.push(`s.id = ANY($${params.length}::uuid[])`);
    }
    if (filter.activeOnly !== false) conditions.push('s.active');
    const rows: StaffRow[] = await this.dataSource.query(
      `SELECT s.id, s.login, s.name, s.role, s.phone, s.active, s.version,
              COALESCE(array_agg(so.outlet_id ORDER BY so.outlet_id) FILTER (WHERE so.outlet_id IS NOT NULL), '{}') AS outlet_ids
         FROM staff s LEFT JOIN staff_outlets so ON so.org_id = s.org_id AND so.staff_id = s.id
        WHERE ${conditions.join(' AND ')}
        GROUP BY s.id ORDER BY s.role, s.login`,
      params,
    );
    return rows.map(({ outlet_ids, ...row }) => ({ ...row, outletIds: outlet_ids }));
  }

  async create(orgId: string, input: CreateStaffInput): Promise<StaffMember> {
    const id = await this.dataSource.transaction(async (tx) => {
      const person = await this.validated(tx, orgId, input, null, []);
      const staff = tx.getRepository(StaffEntity);
      const { outletIds, ...fields } = person;
      const saved = await withUniqueFields(UNIQUE, () => staff.save(staff.create({ ...fields, orgId })));
      await this.assignOutlets(tx, orgId, saved.id, outletIds);
      return saved.id;
    });
    return this.one(orgId, id);
  }

  /** `actorStaffId`: the administrator making the change, who may not demote or deactivate themselves. */
  async update(orgId: string, input: UpdateStaffInput, actorStaffId: string | null = null): Promise<StaffMember> {
    await this.dataSource.transaction(async (tx) => {
      const current = await lockVersioned(tx, StaffEntity, orgId, input.id, input.expectedVersion, STAFF);
      const currentOutlets: { outlet_id: string }[] = await tx.query('SELECT outlet_id FROM staff_outlets WHERE org_id = $1 AND staff_id = $2', [orgId, current.id]);
      const { id: _id, expectedVersion: _expected, ...changes } = input;
      const assigned = currentOutlets.map((row) => row.outlet_id);
      const draft = mergeDraft<StaffDraft>({ ...current, outletIds: assigned }, changes);
      const { outletIds, ...fields } = await this.validated(tx, orgId, draft, current, assigned);
      if (current.id === actorStaffId) {
        const own: FieldError[] = [];
        if (current.role === 'ADMIN' && fields.role !== 'ADMIN') own.push({ field: 'role', code: 'ownAdminRole' });
        if (!fields.active) own.push({ field: 'active', code: 'selfDeactivation' });
        if (own.length) throw new ValidationFailed(own);
      }
      if (current.active && !fields.active) {
        // Deactivated: every session ends now (the access guard refuses them anyway; this records why).
        await tx.query(
          `UPDATE auth_sessions ses SET revoked_at = now(), revoked_reason = 'DEACTIVATED' FROM user_accounts a
            WHERE a.id = ses.account_id AND a.org_id = $1 AND a.staff_id = $2 AND ses.revoked_at IS NULL`,
          [orgId, current.id],
        );
      }
      await withUniqueFields(UNIQUE, () => tx.getRepository(StaffEntity).update({ orgId, id: current.id }, fields));
      // Membership is the current assignment, not a business record: the list is replaced.
      await tx.query('DELETE FROM staff_outlets WHERE org_id = $1 AND staff_id = $2', [orgId, current.id]);
      await this.assignOutlets(tx, orgId, current.id, outletIds);
    });
    return this.one(orgId, input.id);
  }

  /** `assigned`: outlets the person already works for, kept even if deactivated since. */
  private async validated(tx: EntityManager, orgId: string, draft: StaffDraft, current: StaffEntity | null, assigned: readonly string[]): Promise<ValidStaff> {
    const result = validateStaff(draft);
    if (!result.ok) throw new ValidationFailed(result.errors);
    const person = result.value;
    const errors: FieldError[] = [];
    if (await tx.getRepository(StaffEntity).existsBy({ orgId, login: person.login, ...(current ? { id: Not(current.id) } : {}) })) {
      errors.push({ field: 'login', code: 'alreadyUsed' });
    }
    const ids = person.outletIds.filter(isUuid);
    const outlets = ids.length ? await tx.getRepository(OutletEntity).findBy({ orgId, id: In(ids) }) : [];
    const byId = new Map(outlets.map((outlet) => [outlet.id, outlet]));
    person.outletIds.forEach((outletId, index) => {
      const outlet = byId.get(outletId);
      if (!outlet) errors.push({ field: `outletIds.${index}`, code: 'notFound' });
      else if (!outlet.active && !assigned.includes(outletId)) errors.push({ field: `outletIds.${index}`, code: 'inactive' });
    });
    if (errors.length) throw new ValidationFailed(errors);
    return person;
  }

  private async assignOutlets(tx: EntityManager, orgId: string, staffId: string, outletIds: readonly string[]): Promise<void> {
    if (!outletIds.length) return;
    await tx.query('INSERT INTO staff_outlets (org_id, staff_id, outlet_id) SELECT $1, $2, unnest($3::uuid[])', [orgId, staffId, outletIds]);
  }

  private async one(orgId: string, id: string): Promise<StaffMember> {
    return (await this.list(orgId, { ids: [id], activeOnly: false }))[0]!;
  }
}
