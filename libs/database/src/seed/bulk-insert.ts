import type { EntityManager } from 'typeorm';

export interface BulkColumn {
  name: string;
  /** PostgreSQL type of the column, used to cast the parameter array (e.g. `uuid`, `timestamptz`). */
  type: string;
}

const BATCH_SIZE = 5000;

/**
 * Inserts many rows with one statement per batch: each column travels as one array parameter and
 * `unnest` zips them back into rows, far faster than row-by-row inserts and free of SQL building.
 */
export async function bulkInsert(
  manager: EntityManager,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly (readonly unknown[])[],
): Promise<void> {
  const names = columns.map((column) => `"${column.name}"`).join(', ');
  const arrays = columns.map((column, index) => `$${index + 1}::${column.type}[]`).join(', ');
  for (let start = 0; start < rows.length; start += BATCH_SIZE) {
    const batch = rows.slice(start, start + BATCH_SIZE);
    const params = columns.map((_, index) => batch.map((row) => row[index] ?? null));
    await manager.query(`INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${arrays})`, params);
  }
}
