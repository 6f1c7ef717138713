import { ValidationFailed, validateOrganisation, type OrganisationDraft } from '@stardesk/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { OrganisationEntity } from '../entities';
import { rebuildKpiRollups } from '../kpi/kpi-rollups';

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
    const organisation = await repository.save(repository.create(result.value));
    // KPI rollups from the first record on: the triggers keep them current under the targets recorded here.
    await rebuildKpiRollups(tx, organisation.id);
    return organisation;
  });
}

/**
 * Removes every row of an organisation: only the demo re-seed does this (business records are never
 * deleted). Tables are found by their `org_id` column and ordered children first from the foreign
 * keys in the catalogue, so new features are covered without a list to maintain.
 */
export async function purgeOrganisation(manager: EntityManager, orgId: string): Promise<void> {
  const tables: { table_name: string }[] = await manager.query(
    `SELECT table_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND column_name = 'org_id' AND table_name <> 'organisations'`,
  );
  const references: { child: string; parent: string }[] = await manager.query(
    `SELECT c.relname AS child, p.relname AS parent
       FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
      WHERE k.contype = 'f' AND k.connamespace = current_schema()::regnamespace AND k.conrelid <> k.confrelid`,
  );
  // The audit trail's guard lets exactly this organisation's entries go, for this transaction only.
  await manager.query(`SELECT set_config('stardesk.purge_org', $1, true)`, [orgId]);
  let pending = tables.map((table) => table.table_name);
  while (pending.length) {
    // A table can go once no pending table still points at it.
    const free = pending.filter((table) => !references.some((ref) => ref.parent === table && pending.includes(ref.child)));
    if (!free.length) throw new Error(`Cannot order the purge of organisation ${orgId}: cyclic references among ${pending.join(', ')}`);
    for (const table of free) await manager.query(`DELETE FROM "${table}" WHERE org_id = $1`, [orgId]);
    pending = pending.filter((table) => !free.includes(table));
  }
  await manager.query('DELETE FROM organisations WHERE id = $1', [orgId]);
}
