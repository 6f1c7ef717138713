import { DEFAULT_LOGIN_ATTEMPTS_PER_MINUTE } from '../../src/core/hardening/login-rate-limit';
import { anOrganisation } from '../../../../tools/testing/organisation.factory';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * Brute force against sign-in, with the product's default throttle: one address guessing many
 * logins, and many guesses at one login, meet RATE_LIMITED before any password is checked.
 */
const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { accessToken } }';

let app: TestApp;

beforeAll(async () => {
  app = await startTestApp({ env: { STARDESK_LOGIN_RATE: String(DEFAULT_LOGIN_ATTEMPTS_PER_MINUTE) } });
  await anOrganisation('ACME').withOutlet('SH-01').create(app.database.dataSource);
});
afterAll(async () => app?.close());

const attempt = async (login: string) => {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-language': 'en' },
    body: JSON.stringify({ query: LOGIN, variables: { input: { organisation: 'ACME', login, password: 'wrong-password-1' } } }),
  });
  const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: response.status, retryAfter: response.headers.get('retry-after'), code: body.errors?.[0]?.extensions?.code, message: body.errors?.[0]?.message };
};

it('throttles one login name guessed again and again', async () => {
  const codes: (string | undefined)[] = [];
  // A slow machine refills a token now and then, so the limit may come an attempt or two late.
  while (codes.length < DEFAULT_LOGIN_ATTEMPTS_PER_MINUTE * 2 && codes.at(-1) !== 'RATE_LIMITED') codes.push((await attempt('nobody.here')).code);
  expect(codes.slice(0, DEFAULT_LOGIN_ATTEMPTS_PER_MINUTE)).toEqual(Array(DEFAULT_LOGIN_ATTEMPTS_PER_MINUTE).fill('INVALID_CREDENTIALS'));
  expect(codes.at(-1)).toBe('RATE_LIMITED');
});

it('throttles one address trying many login names, and says when to try again', async () => {
  let last = await attempt('guess.0');
  for (let n = 1; n < DEFAULT_LOGIN_ATTEMPTS_PER_MINUTE * 2 + 2 && last.code !== 'RATE_LIMITED'; n++) last = await attempt(`guess.${n}`);
  expect(last.code).toBe('RATE_LIMITED');
  expect(last.message).toMatch(/try again/i);
});
