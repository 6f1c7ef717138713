// The real API process (apps/api/dist/main.js, what `npm start` runs) on 127.0.0.1, and GraphQL calls to it.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT, freePort } from './processes.mjs';

const API_ENTRY = path.join(ROOT, 'apps/api/dist/main.js');
export const DEMO_LOGIN = { organisation: 'DEMO', login: 'admin', password: 'stardesk-demo-2026' };
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';

/**
 * Starts the API with `env` (the database), background jobs and the mutation/login throttles off (a
 * benchmark is one client hammering), and resolves once `ready(url)` is true. `startedAt` is the
 * hrtime of the spawn, for cold-start timing.
 */
export async function startApi(env, { ready = healthy, timeoutMs = 120_000 } = {}) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const startedAt = process.hrtime.bigint();
  let output = '';
  const child = spawn(process.execPath, [API_ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', STARDESK_SEED_DEMO: 'false', STARDESK_JOBS: 'false',
      STARDESK_MUTATION_RATE: '0', STARDESK_LOGIN_RATE: '0', STARDESK_WEB_DIST: path.join(ROOT, 'apps/web/dist'), ...env, PORT: String(port),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-20_000)));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`API exited during start-up (${child.exitCode}):\n${output}`);
    if (await ready(url).catch(() => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`API not ready within ${timeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const readyMs = Number(process.hrtime.bigint() - startedAt) / 1e6;
  return {
    url,
    readyMs,
    output: () => output,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

async function healthy(url) {
  return (await fetch(`${url}/health`)).ok;
}

/** A GraphQL call; throws on transport or GraphQL errors. */
export async function graphql(url, query, variables, headers = {}) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${JSON.stringify(body.errors).slice(0, 1000)}`);
  return body.data;
}

/** Signs in as the seeded demo administrator: the Authorization header of its access token. */
export async function signIn(url, credentials = DEMO_LOGIN) {
  const data = await graphql(url, LOGIN, { input: credentials });
  return { authorization: `Bearer ${data.login.accessToken}` };
}

/** True once the API answers a sign-in (a query that reaches the database): cold start's "first answered query". */
export async function answersSignIn(url) {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LOGIN, variables: { input: DEMO_LOGIN } }) });
  if (!response.ok) return false;
  const body = await response.json();
  return Boolean(body.data?.login?.accessToken);
}
