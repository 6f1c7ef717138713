import { DataSource } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DataSourceOptions {
  url: string;
  /** Connection pool size per process; the API serves many concurrent requests, the CLI few. */
  poolSize?: number;
  applicationName?: string;
}

/** The single definition of the schema in use: entities and the ordered migrations that build it. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+, so no extension (and no superuser) is needed.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: ['error'],
    extra: {
      max: options.poolSize ?? 10,
      application_name: options.applicationName ?? 'stardesk',
      connectionTimeoutMillis: 5000,
    },
  });
}

/** Applies pending migrations; returns the names of those applied. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}
