import type { Page } from 'playwright-core';
import type { TestApp } from '../../../api/test/support/test-app';

/**
 * Signs `page` in through the real sign-in screen as a user the harness creates (or updates) with
 * this role and outlets, then opens `path`: browser tests walk the product as that role would.
 */
export async function signInAs(
  page: Page,
  app: TestApp,
  user: { org?: string; login: string; role?: 'ADMIN' | 'MANAGER' | 'DISPATCHER' | 'TECHNICIAN' | 'AUDITOR'; outlets?: string[] },
  path = '/',
): Promise<void> {
  const org = user.org ?? 'ACME';
  const session = await app.signIn(org, { login: user.login, role: user.role ?? 'ADMIN', outlets: user.outlets });
  await page.goto(`${app.url}${path}`);
  await page.getByLabel('组织代码', { exact: true }).fill(org);
  await page.getByLabel('登录名', { exact: true }).fill(session.login);
  await page.getByLabel('密码', { exact: true }).fill(session.password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByLabel('登录名', { exact: true }).waitFor({ state: 'detached' });
}
