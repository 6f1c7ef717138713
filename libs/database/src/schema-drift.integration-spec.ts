import { schemaDrift } from './schema-drift';
import { createTestDatabase, type TestDatabase } from '../../../tools/testing/test-database';

describe('migrations', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  it('build exactly the schema the entities describe (generate a migration when this fails)', async () => {
    expect(await schemaDrift(database.dataSource)).toEqual({ up: [], down: [] });
  });

  it('put org_id on every business table', async () => {
    const rows: { table_name: string }[] = await database.dataSource.query(`
      SELECT t.table_name FROM information_schema.tables t
       WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE'
         AND t.table_name NOT IN ('organisations', 'schema_migrations')
         AND NOT EXISTS (SELECT 1 FROM information_schema.columns c
                          WHERE c.table_schema = 'public' AND c.table_name = t.table_name AND c.column_name = 'org_id')`);
    expect(rows).toEqual([]);
  });
});
