import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApiProcess, type ApiProcess } from '../../../../tools/testing/api-process';
import { createTestDatabase, type TestDatabase } from '../../../../tools/testing/test-database';

export interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string; fieldErrors?: { field: string; code: string; message: string }[] } }[];
}

export interface TestApp {
  url: string;
  database: TestDatabase;
  api: ApiProcess;
  /** STARDESK_FILES_DIR of the process: a private temporary folder, removed on close. */
  filesDir: string;
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

/**
 * The real API process over a private database; the test talks to it over real HTTP. Background jobs
 * are off unless `env` turns them on, so no scheduled run changes data under a test's feet.
 */
export async function startTestApp(options: { webDist?: string; env?: Record<string, string> } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const filesDir = mkdtempSync(path.join(tmpdir(), 'stardesk-files-'));
  const api = await startApiProcess({
    DATABASE_URL: database.url,
    STARDESK_JOBS: 'false',
    STARDESK_FILES_DIR: filesDir,
    ...(options.webDist ? { STARDESK_WEB_DIST: options.webDist } : { STARDESK_WEB_DIST: '/nonexistent' }),
    ...options.env,
  });
  return {
    url: api.url,
    database,
    api,
    filesDir,
    async graphql(query, variables, headers = {}) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphqlResponse<never>;
    },
    async close() {
      await api.stop();
      await database.drop();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
