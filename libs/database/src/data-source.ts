import { DataSource } from 'typeorm';
import { AuditContextSubscriber } from './audit/audit-context.subscriber';
import { auditConnectionOptions, resolveAuditKey } from './audit/audit-key';
import { readDatabaseConfig } from './config';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

export interface DataSourceOptions {
  url: string;
  /** Connection pool size per process; the API serves many concurrent requests, the CLI few. */
  poolSize?: number;
  applicationName?: string;
  /** Audit chain key; by default STARDESK_AUDIT_KEY or `<STARDESK_DATA_DIR>/audit.key` (audit-key.ts). */
  auditKey?: Buffer;
}

/** The audit key of this deployment, from the environment or the data directory. */
export function deploymentAuditKey(env: NodeJS.ProcessEnv = process.env): Buffer {
  return resolveAuditKey(env, readDatabaseConfig(env).dataDir);
}

/** The single definition of the schema in use: entities and the ordered migrations that build it. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    subscribers: [AuditContextSubscriber],
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
      // Every connection of the product carries the audit key (never in SQL text or statement logs).
      options: auditConnectionOptions(options.auditKey ?? deploymentAuditKey()),
    },
  });
}

/** Applies pending migrations; returns the names of those applied. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}
