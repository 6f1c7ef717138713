import { Injectable } from '@nestjs/common';
import { ValidationFailed, type FieldError, type StaffRole } from '@stardesk/domain';
import type { EntityManager } from 'typeorm';
import { isUuid } from '../../core/ids';

export interface StaffReference {
  field: string;
  id: string | null;
  /** Only people still working may be named for new work; historical records may name anyone. */
  activeOnly?: boolean;
  roles?: readonly StaffRole[];
}

/** Checks that ids name staff of the organisation, reporting every unknown one as a field error. */
@Injectable()
export class StaffReferencesRepository {
  async check(manager: EntityManager, orgId: string, references: readonly StaffReference[]): Promise<void> {
    const wanted = references.filter((reference): reference is StaffReference & { id: string } => reference.id !== null);
    const ids = [...new Set(wanted.map((reference) => reference.id).filter(isUuid))];
    const rows: { id: string; role: StaffRole; active: boolean }[] = ids.length
      ? await manager.query('SELECT id, role, active FROM staff WHERE org_id = $1 AND id = ANY($2::uuid[])', [orgId, ids])
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    const errors: FieldError[] = wanted.flatMap((reference) => {
      const person = byId.get(reference.id);
      const fits = person && (!reference.activeOnly || person.active) && (!reference.roles || reference.roles.includes(person.role));
      return fits ? [] : [{ field: reference.field, code: 'notFound' as const }];
    });
    if (errors.length) throw new ValidationFailed(errors);
  }
}
