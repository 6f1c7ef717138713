import { Injectable } from '@nestjs/common';
import type { StaffRole } from '@stardesk/domain';
import { DataSource } from 'typeorm';
import type { StaffMember } from './staff-member.model';

@Injectable()
export class StaffService {
  constructor(private readonly dataSource: DataSource) {}

  /** Staff of an organisation, optionally only some roles or the people of one outlet. */
  async list(orgId: string, filter: { roles?: StaffRole[] | null; outletId?: string | null; activeOnly?: boolean }): Promise<StaffMember[]> {
    const params: unknown[] = [orgId];
    const conditions = ['s.org_id = $1'];
    if (filter.roles?.length) {
      params.push(filter.roles);
      conditions.push(`s.role = ANY($${params.length}::varchar[])`);
    }
    if (filter.outletId) {
      params.push(filter.outletId);
      conditions.push(`EXISTS (SELECT 1 FROM staff_outlets so WHERE so.org_id = s.org_id AND so.staff_id = s.id AND so.outlet_id = $${params.length}::uuid)`);
    }
    if (filter.activeOnly !== false) conditions.push('s.active');
    const rows: { id: string; login: string; name: string; role: StaffRole; active: boolean; outlet_ids: string[] }[] = await this.dataSource.query(
      `SELECT s.id, s.login, s.name, s.role, s.active,
              COALESCE(array_agg(so.outlet_id) FILTER (WHERE so.outlet_id IS NOT NULL), '{}') AS outlet_ids
         FROM staff s LEFT JOIN staff_outlets so ON so.org_id = s.org_id AND so.staff_id = s.id
        WHERE ${conditions.join(' AND ')}
        GROUP BY s.id ORDER BY s.role, s.login`,
      params,
    );
    return rows.map((row) => ({ id: row.id, login: row.login, name: row.name, role: row.role, active: row.active, outletIds: row.outlet_ids }));
  }
}
