import type { EntityManager } from 'typeorm';
import { bulkInsert, type BulkColumn } from '../seed/bulk-insert';

export { bulkInsert, type BulkColumn };

const BATCH_SIZE = 5000;

/** Column list shorthand: `columns('id:uuid', 'name:text')`. */
export function columns(...specs: string[]): BulkColumn[] {
  return specs.map((spec) => {
    const [name, type] = spec.split(':');
    return { name: name!, type: type! };
  });
}

/**
 * Updates many rows of one organisation by id, a batch per statement: the new values travel as one
 * array per column and `unnest` joins them to the rows (the first column is the id).
 */
export async function bulkUpdate(
  manager: EntityManager,
  table: string,
  orgId: string,
  cols: readonly BulkColumn[],
  rows: readonly (readonly unknown[])[],
  /** More assignments, e.g. `version = t.version + 1`. */
  extraSet?: string,
): Promise<void> {
  const [id, ...rest] = cols;
  const sets = [...rest.map((column) => `"${column.name}" = v."${column.name}"`), ...(extraSet ? [extraSet] : [])].join(', ');
  const arrays = cols.map((column, index) => `$${index + 1}::${column.type}[]`).join(', ');
  const names = cols.map((column) => `"${column.name}"`).join(', ');
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    const params = cols.map((_, index) => batch.map((row) => row[index] ?? null));
    await manager.query(
      `UPDATE "${table}" AS t SET ${sets} FROM unnest(${arrays}) AS v(${names}) WHERE t.org_id = $${cols.length + 1} AND t."${id!.name}" = v."${id!.name}"`,
      [...params, orgId],
    );
  }
}

/** Deletes the rows of one organisation whose `column` is in `ids` (derived rows replaced by an update). */
export async function deleteWhereIn(manager: EntityManager, table: string, orgId: string, column: string, ids: readonly string[], extra = ''): Promise<void> {
  for (let start = 0; start < ids.length; start += BATCH_SIZE) {
    await manager.query(`DELETE FROM "${table}" WHERE org_id = $1 AND "${column}" = ANY($2::uuid[]) ${extra}`, [orgId, ids.slice(start, start + BATCH_SIZE)]);
  }
}
