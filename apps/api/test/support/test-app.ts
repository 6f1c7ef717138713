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
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphqlResponse<T>>;
  close(): Promise<void>;
}

/**
 * The real API process over a private database; the test talks to it over real HTTP. Background jobs
 * are off unless `env` turns them on, so no scheduled run changes data under a test's feet.
 */
export async function startTestApp(options: { webDist?: string; env?: Record<string, string> } = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const api = await startApiProcess({
    DATABASE_URL: database.url,
    STARDESK_JOBS: 'false',
    ...(options.webDist ? { STARDESK_WEB_DIST: options.webDist } : { STARDESK_WEB_DIST: '/nonexistent' }),
    ...options.env,
  });
  return {
    url: api.url,
    database,
    api,
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
    },
  };
}
