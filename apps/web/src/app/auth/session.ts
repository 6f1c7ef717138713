/** The API endpoint (graphql-client.ts uses the same; kept here to avoid an import cycle). */
const GRAPHQL_PATH = '/graphql';

export type Role = 'ADMIN' | 'MANAGER' | 'DISPATCHER' | 'TECHNICIAN' | 'AUDITOR';

export interface SignedInUser {
  /** The staff member signed in. */
  id: string;
  login: string;
  name: string;
  role: Role;
  organisation: { code: string; name: string };
  outlets: { code: string; name: string }[];
}

interface SessionPayload {
  accessToken: string;
  accessTokenExpiresAt: string;
  user: SignedInUser;
}

export interface GraphqlFailure {
  message: string;
  extensions?: { code?: string; fieldErrors?: { field: string; message: string }[] };
}

const SESSION_FIELDS = 'accessToken accessTokenExpiresAt user { id login name role organisation { code name } outlets { code name } }';

/**
 * The access token lives in memory only (never in storage a script could read later); the refresh
 * token is an httpOnly cookie the browser sends to /graphql by itself. A reload signs in again
 * through refreshSession.
 */
let current: SessionPayload | null = null;
let refreshing: Promise<SessionPayload | null> | null = null;
const listeners = new Set<(user: SignedInUser | null) => void>();

export function onSessionChange(listener: (user: SignedInUser | null) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

let renewal: ReturnType<typeof setTimeout> | undefined;

/** Keeps the access token fresh: a minute before it expires, the refresh cookie buys the next one. */
function setSession(next: SessionPayload | null): void {
  current = next;
  clearTimeout(renewal);
  if (next) renewal = setTimeout(() => void refreshSession(), Math.max(5_000, Date.parse(next.accessTokenExpiresAt) - Date.now() - 60_000));
  for (const listener of listeners) listener(next?.user ?? null);
}

async function call(query: string, variables: Record<string, unknown>, language: string): Promise<{ data?: Record<string, SessionPayload> | null; errors?: GraphqlFailure[] }> {
  const response = await fetch(GRAPHQL_PATH, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', 'accept-language': language },
    body: JSON.stringify({ query, variables }),
  });
  return response.json() as Promise<{ data?: Record<string, SessionPayload> | null; errors?: GraphqlFailure[] }>;
}

/** Signs in; the errors (field errors, INVALID_CREDENTIALS, ACCOUNT_LOCKED) come back localised. */
export async function signIn(input: { organisation: string; login: string; password: string }, language: string): Promise<GraphqlFailure | null> {
  const result = await call(`mutation($input: LoginInput!) { login(input: $input) { ${SESSION_FIELDS} } }`, { input }, language);
  const session = result.data?.['login'];
  if (!session) return result.errors?.[0] ?? { message: 'sign-in failed' };
  setSession(session);
  return null;
}

/** A new access token through the refresh cookie (one request at a time); null when signed out. */
export function refreshSession(language = 'zh-CN'): Promise<SessionPayload | null> {
  refreshing ??= call(`mutation { refreshSession { ${SESSION_FIELDS} } }`, {}, language)
    .then((result) => result.data?.['refreshSession'] ?? null)
    .catch(() => null)
    .then((session) => {
      setSession(session);
      return session;
    })
    .finally(() => {
      refreshing = null;
    });
  return refreshing;
}

export async function signOut(): Promise<void> {
  const token = current?.accessToken;
  setSession(null);
  await fetch(GRAPHQL_PATH, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: 'mutation { logout }' }),
  }).catch(() => undefined);
}

/** The access token of the signed-in user, for the Authorization header (null when signed out). */
export function currentAccessToken(): string | null {
  return current?.accessToken ?? null;
}
