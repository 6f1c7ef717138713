import { randomBytes } from 'node:crypto';
import { createDataSource, migrate } from '@stardesk/database';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';

export interface TestDatabase {
  url: string;
  dataSource: DataSource;
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env['STARDESK_TEST_PG_URL'];
  if (!url) throw new Error('STARDESK_TEST_PG_URL is not set: run integration tests with jest.integration.config.js');
  return url;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const url = new URL(serverUrl());
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database on the run's PostgreSQL, private to one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  const dataSource = createDataSource({ url: url.toString(), poolSize: 10, applicationName: 'stardesk-test' });
  await dataSource.initialize();
  await migrate(dataSource);
  return {
    url: url.toString(),
    dataSource,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
