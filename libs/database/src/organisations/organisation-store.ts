import { ValidationFailed, validateOrganisation, type OrganisationDraft } from '@stardesk/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { OrganisationEntity } from '../entities';

/** Creating an organisation is shared by the CLI (`stardesk org create`) and the demo seed. */
export async function createOrganisation(target: DataSource | EntityManager, draft: OrganisationDraft): Promise<OrganisationEntity> {
  const result = validateOrganisation(draft);
  if (!result.ok) throw new ValidationFailed(result.errors);
  const manager = 'manager' in target ? target.manager : target;
  return manager.transaction(async (tx) => {
    const repository = tx.getRepository(OrganisationEntity);
    if (await repository.existsBy({ code: result.value.code })) {
      throw new ValidationFailed([{ field: 'code', code: 'duplicate' }]);
    }
    return repository.save(repository.create(result.value));
  });
}

/**
 * Tables holding an organisation's rows, children first. Only the demo re-seed removes rows: business
 * records are never deleted.
 */
const ORG_TABLES_CHILDREN_FIRST = [
  'service_commitments',
  'calendar_days',
  'organisation_settings',
  'outlet_targets',
  'service_request_events',
  'service_requests',
  'product_units',
  'customers',
  'products',
  'staff_outlets',
  'staff',
  'outlets',
  'regions',
] as const;

export async function purgeOrganisation(manager: EntityManager, orgId: string): Promise<void> {
  for (const table of ORG_TABLES_CHILDREN_FIRST) {
    await manager.query(`DELETE FROM "${table}" WHERE org_id = $1`, [orgId]);
  }
  await manager.query('DELETE FROM organisations WHERE id = $1', [orgId]);
}
