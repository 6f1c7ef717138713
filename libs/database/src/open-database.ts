import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from './config';
import { createDataSource } from './data-source';
import { startOrAttachEmbedded, type EmbeddedServerHandle } from './embedded/embedded-server';

export interface OpenDatabase {
  dataSource: DataSource;
  /** Where the data lives, for banners and logs (password removed). */
  description: string;
  embedded: EmbeddedServerHandle | null;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  poolSize?: number;
  applicationName?: string;
  log?: (message: string) => void;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

/**
 * Connects to `DATABASE_URL` when set, otherwise to the embedded PostgreSQL of the data directory
 * (started if nobody runs it yet). Closing stops the embedded server only if this process started it.
 */
export async function openDatabase(config: DatabaseConfig, options: OpenDatabaseOptions = {}): Promise<OpenDatabase> {
  const embedded = config.databaseUrl
    ? null
    : await startOrAttachEmbedded({ dataDir: config.dataDir, port: config.embeddedPort, log: options.log });
  const url = config.databaseUrl ?? embedded!.url;
  const dataSource = createDataSource({ url, poolSize: options.poolSize, applicationName: options.applicationName });
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.stop();
    throw new Error(`Cannot connect to PostgreSQL at ${redact(url)}: ${(error as Error).message}`, { cause: error });
  }
  return {
    dataSource,
    embedded,
    description: embedded
      ? `embedded PostgreSQL on 127.0.0.1:${embedded.port} (data in ${config.dataDir})`
      : redact(url),
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.stop();
    },
  };
}
