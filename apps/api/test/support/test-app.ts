import { upsertUserAccount, type UserAccountDraft } from '@stardesk/database';
import type { StaffRole } from '@stardesk/domain';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startApiProcess, type ApiProcess } from '../../../../tools/testing/api-process';
import { createTestDatabase, type TestDatabase } from '../../../../tools/testing/test-database';

export interface GraphqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string; fieldErrors?: { field: string; code: string; message: string }[] } }[];
}

type Graphql = <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>) => Promise<GraphqlResponse<T>>;

/** A signed-in user of the test: its access token, its refresh cookie, and calls made as it. */
export interface TestSession {
  org: string;
  login: string;
  password: string;
  role: StaffRole;
  staffId: string;
  accessToken: string;
  /** `stardesk_refresh=...` as the browser would send it back. */
  refreshCookie: string;
  /** Authorization (and the organisation's X-Org-Code) for fetch calls of REST routes. */
  headers: Record<string, string>;
  graphql: Graphql;
}

export interface SignInOptions {
  role?: StaffRole;
  /** Outlet codes of the user (dispatchers and technicians see only these outlets' records). */
  outlets?: string[];
  login?: string;
  password?: string;
}

export interface TestApp {
  url: string;
  database: TestDatabase;
  api: ApiProcess;
  /** STARDESK_FILES_DIR of the process: a private temporary folder, removed on close. */
  filesDir: string;
  /**
   * A GraphQL call. With an `x-org-code` header and no `authorization`, the harness signs in as that
   * organisation's test administrator (an ADMIN account it creates on first use, straight in the
   * test database — never through the product), so tests written before accounts keep working.
   */
  graphql: Graphql;
  /** fetch for REST routes (attachments, sheets) with the same automatic sign-in as graphql(). */
  fetch(url: string, init?: RequestInit & { headers?: Record<string, string> }): Promise<Response>;
  /** A GraphQL call with exactly these headers: no automatic sign-in. */
  anonymous: Graphql;
  /** Creates (or updates) a user of `org` with this role and outlets, and signs in through the login mutation. */
  signIn(org: string, options?: SignInOptions): Promise<TestSession>;
  /** The login mutation and its Set-Cookie, raw. */
  login(org: string, login: string, password: string): Promise<{ body: GraphqlResponse<{ login: { accessToken: string } }>; refreshCookie: string | null }>;
  close(): Promise<void>;
}

const HARNESS_PASSWORD = 'harness-password-2026';
const LOGIN_MUTATION = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';

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
    // Every sign-in of a test comes from 127.0.0.1: the login throttle is off unless a test turns it on
    // (login-throttle.integration-spec.ts checks it with the product's default).
    STARDESK_LOGIN_RATE: '0',
    ...(options.webDist ? { STARDESK_WEB_DIST: options.webDist } : { STARDESK_WEB_DIST: '/nonexistent' }),
    ...options.env,
  });

  const post = async (query: string, variables: Record<string, unknown> | undefined, headers: Record<string, string>): Promise<Response> =>
    fetch(`${api.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const anonymous: Graphql = async (query, variables, headers = {}) => (await post(query, variables, headers)).json() as Promise<GraphqlResponse<never>>;

  async function login(org: string, loginName: string, password: string) {
    const response = await post(LOGIN_MUTATION, { input: { organisation: org, login: loginName, password } }, {});
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith('stardesk_refresh='));
    return { body: (await response.json()) as GraphqlResponse<{ login: { accessToken: string } }>, refreshCookie: cookie ? cookie.split(';')[0]! : null };
  }

  async function signIn(org: string, signInOptions: SignInOptions = {}): Promise<TestSession> {
    const role = signInOptions.role ?? 'ADMIN';
    const draft: UserAccountDraft = {
      orgCode: org,
      login: signInOptions.login ?? `harness.${role.toLowerCase()}${signInOptions.outlets?.length ? `.${signInOptions.outlets.join('.').toLowerCase()}` : ''}`,
      role,
      outletCodes: signInOptions.outlets ?? [],
      password: signInOptions.password ?? HARNESS_PASSWORD,
      name: `测试${role}`,
    };
    const account = await upsertUserAccount(database.dataSource, draft);
    const result = await login(org, account.login, draft.password);
    const accessToken = result.body.data?.login.accessToken;
    if (!accessToken || !result.refreshCookie) throw new Error(`harness could not sign in as ${account.login}@${org}: ${JSON.stringify(result.body.errors)}`);
    const headers = { authorization: `Bearer ${accessToken}` };
    return {
      org,
      login: account.login,
      password: draft.password,
      role,
      staffId: account.staffId,
      accessToken,
      refreshCookie: result.refreshCookie,
      headers,
      graphql: (query, variables, extra = {}) => anonymous(query, variables, { ...headers, ...extra }),
    };
  }

  // The organisation's test administrator, signed in once per organisation (concurrent first calls share it).
  const admins = new Map<string, Promise<TestSession | null>>();
  const adminOf = (org: string): Promise<TestSession | null> => {
    let session = admins.get(org);
    if (!session) {
      session = signIn(org, { login: 'harness.admin' }).catch(() => null);
      admins.set(org, session);
      // An organisation that does not exist yet may exist at the next call.
      void session.then((value) => value ?? admins.delete(org));
    }
    return session;
  };
  const withAutoSignIn = async (headers: Record<string, string>, call: (headers: Record<string, string>) => Promise<Response>): Promise<Response> => {
    const orgHeader = Object.entries(headers).find(([name]) => name.toLowerCase() === 'x-org-code')?.[1];
    const signedIn = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization');
    if (!orgHeader || signedIn) return call(headers);
    const org = orgHeader.trim().toUpperCase();
    const admin = await adminOf(org);
    const response = await call(admin ? { ...headers, ...admin.headers } : headers);
    if (!admin || !response.headers.get('content-type')?.includes('json')) return response;
    // A test that re-seeded the organisation ended the session: sign in again, once.
    const body = (await response.clone().json()) as GraphqlResponse<unknown> & { code?: string };
    const expired = body.code === 'UNAUTHENTICATED' || body.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED';
    if (!expired) return response;
    admins.delete(org);
    const again = await adminOf(org);
    return call(again ? { ...headers, ...again.headers } : headers);
  };

  return {
    url: api.url,
    database,
    api,
    filesDir,
    async graphql(query, variables, headers = {}) {
      const response = await withAutoSignIn(headers, (effective) => post(query, variables, effective));
      return (await response.json()) as GraphqlResponse<never>;
    },
    fetch: (url, init = {}) => withAutoSignIn(init.headers ?? {}, (headers) => fetch(url, { ...init, headers })),
    anonymous,
    signIn,
    login,
    async close() {
      await api.stop();
      await database.drop();
      rmSync(filesDir, { recursive: true, force: true });
    },
  };
}
