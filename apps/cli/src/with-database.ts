import { openDatabase, readDatabaseConfig, type OpenDatabase } from '@stardesk/database';

/**
 * Runs a command against the same database as the API: DATABASE_URL when set, else the embedded
 * server of STARDESK_DATA_DIR (joined if the API runs it, started for this command and stopped after).
 */
export async function withDatabase<T>(work: (database: OpenDatabase) => Promise<T>): Promise<T> {
  const database = await openDatabase(readDatabaseConfig(), { poolSize: 4, applicationName: 'stardesk-cli' });
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}
