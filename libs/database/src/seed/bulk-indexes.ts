import type { EntityManager } from 'typeorm';

/**
 * Secondary indexes put aside during a bulk load and built again after it, in the same transaction: one
 * sort per index instead of a b-tree insertion per row and index (service_requests has six, the facts
 * seven), as pg_restore does by creating indexes after the data. A failure or rollback brings the
 * indexes back with everything else: DROP INDEX and CREATE INDEX are transactional.
 *
 * Only plain indexes are put aside; those behind a primary key or unique constraint stay (foreign keys
 * and ON CONFLICT rely on them), as do the indexes of tables the load does not fill. Other sessions
 * wait on the tables' locks until commit, as they would for the rows of a replaced organisation anyway.
 */
export class SetAsideIndexes {
  private constructor(private readonly definitions: readonly { name: string; definition: string }[]) {}

  static async drop(tx: EntityManager, tables: readonly string[]): Promise<SetAsideIndexes> {
    const indexes: { name: string; definition: string }[] = await tx.query(
      `SELECT i.relname AS name, pg_get_indexdef(x.indexrelid) AS definition
         FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
        WHERE t.relnamespace = current_schema()::regnamespace AND t.relname = ANY($1)
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = x.indexrelid)
        ORDER BY t.relname, i.relname`,
      [tables],
    );
    for (const index of indexes) await tx.query(`DROP INDEX "${index.name}"`);
    return new SetAsideIndexes(indexes);
  }

  /** Builds every index put aside again (each one sorts its table once). */
  async restore(tx: EntityManager): Promise<void> {
    for (const index of this.definitions) await tx.query(index.definition);
  }

  get count(): number {
    return this.definitions.length;
  }
}
