import type { GraphqlResponse, TestApp } from './test-app';

export interface GraphqlClient {
  /** The raw response, errors included, as organisation `org` (and in `language`). */
  gql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, org?: string, language?: string): Promise<GraphqlResponse<T>>;
  /** The data, or the test fails with the errors. */
  must<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, org?: string): Promise<T>;
}

/** Talks to the test app as one organisation by default, the way a browser tab of that organisation would. */
export function graphqlClient(app: () => TestApp, defaultOrg: string): GraphqlClient {
  const headers = (org: string, language?: string): Record<string, string> => ({ 'x-org-code': org, ...(language ? { 'accept-language': language } : {}) });
  return {
    gql: (query, variables = {}, org = defaultOrg, language) => app().graphql(query, variables, headers(org, language)),
    async must<T>(query: string, variables: Record<string, unknown> = {}, org = defaultOrg): Promise<T> {
      const result = await app().graphql<T>(query, variables, headers(org));
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      return result.data!;
    },
  };
}

/** `field:code` of every field error of a refused mutation (and checks it was refused as bad input). */
export function fieldErrorsOf(result: GraphqlResponse<unknown>): string[] {
  if (result.errors?.[0]?.extensions?.code !== 'BAD_USER_INPUT') throw new Error(`expected BAD_USER_INPUT, got ${JSON.stringify(result.errors ?? result.data)}`);
  return (result.errors[0].extensions.fieldErrors ?? []).map((error) => `${error.field}:${error.code}`);
}

/** The stable code of the first error (NOT_FOUND, INVALID_STATE, CONFLICT...). */
export function errorCodeOf(result: GraphqlResponse<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

export const HOUR = 3_600_000;
export const hoursAgo = (hours: number): string => new Date(Date.now() - hours * HOUR).toISOString();
export const hoursAhead = (hours: number): string => new Date(Date.now() + hours * HOUR).toISOString();

/** Counts rows of tables, to show that a refused mutation wrote nothing. */
export async function rowCounts(app: TestApp, tables: readonly string[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await app.database.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = row.n;
  }
  return counts;
}
