import { openDatabase, readDatabaseConfig, sealAuditTrail, type OpenDatabase } from '@stardesk/database';

/**
 * Runs a command against the same database as the API: DATABASE_URL when set, else the embedded
 * server of STARDESK_DATA_DIR (joined if the API runs it, started for this command and stopped after).
 * Its writes are audited as `cli:<user>` (main.ts) and sealed into the audit chain before it ends.
 */
export async function withDatabase<T>(work: (database: OpenDatabase) => Promise<T>): Promise<T> {
  const database = await openDatabase(readDatabaseConfig(), { poolSize: 4, applicationName: 'stardesk-cli' });
  try {
    const result = await work(database);
    // Link the command's audit entries into the chain now rather than when the API next runs.
    await sealAuditTrail(database.dataSource).catch(() => undefined);
    return result;
  } finally {
    await database.close();
  }
}
