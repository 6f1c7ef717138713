import type { DataSource } from 'typeorm';

export interface SchemaDrift {
  up: string[];
  down: string[];
}

/**
 * What the entities would change in the migrated database. Empty means the migrations build exactly
 * the schema the entities describe; the generator writes a new migration from a non-empty result.
 */
export async function schemaDrift(dataSource: DataSource): Promise<SchemaDrift> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return {
    up: sql.upQueries.map((query) => query.query),
    down: sql.downQueries.map((query) => query.query).reverse(),
  };
}
