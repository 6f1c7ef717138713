import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp, type TestSession } from '../../api/test/support/test-app';
import { REPO_ROOT } from '../../../tools/testing/api-process';
import { launchBrowser, screenshot } from '../../../tools/testing/browser';
import { anOrganisation } from '../../../tools/testing/organisation.factory';

/**
 * The first slice end to end in a real browser: the built web app served by the real API over a
 * real PostgreSQL; a dispatcher signs in, the dashboard opens, a request is created through the form
 * and appears in the list.
 */
let app: TestApp;
let browser: Browser;
let page: Page;
let dispatcher: TestSession;

beforeAll(async () => {
  app = await startTestApp({ webDist: path.join(REPO_ROOT, 'apps/web/dist') });
  await anOrganisation('ACME').withOutlet('SH-01', '上海浦东服务中心').withProduct('KFR-35GW', '空调', 72).create(app.database.dataSource);
  dispatcher = await app.signIn('ACME', { role: 'DISPATCHER', outlets: ['SH-01'], login: 'li.na' });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function choose(label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByText(option, { exact: false }).first().click();
}

async function signIn(login: string, password: string): Promise<void> {
  await page.getByLabel('组织代码', { exact: true }).fill('ACME');
  await page.getByLabel('登录名', { exact: true }).fill(login);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await Promise.all([page.waitForResponse((response) => response.url().endsWith('/graphql')), page.getByRole('button', { name: '登录' }).click()]);
}

it('refuses a wrong password with a clear message, and locks the account after five', async () => {
  await page.goto(app.url);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByText('必填项').first().waitFor();
  await app.signIn('ACME', { role: 'TECHNICIAN', outlets: ['SH-01'], login: 'wang.gong' });
  await signIn('wang.gong', 'not-the-password-1');
  await page.getByTestId('sign-in-error').getByText('组织、登录名或密码不正确').waitFor();
  await screenshot(page, 'sign-in-failed');
  for (let attempt = 2; attempt <= 5; attempt++) await signIn('wang.gong', `not-the-password-${attempt}`);
  await page.getByTestId('sign-in-error').getByText('账户已锁定', { exact: true }).waitFor();
  await page.getByTestId('sign-in-error').getByText(/请在 15 分钟后/).waitFor();
  await screenshot(page, 'sign-in-locked');
});

it('signs in, opens the dashboard, creates a request through the form and sees it listed, then signs out', async () => {
  await page.goto(app.url);
  await signIn('li.na', dispatcher.password);
  await page.getByTestId('stat-total').waitFor();
  await page.getByTestId('user-menu').getByText('客服').waitFor();
  await screenshot(page, 'dashboard');

  await page.getByRole('link', { name: '新建工单' }).first().click();
  await page.getByLabel('客户姓名', { exact: true }).waitFor();
  await choose('服务类型', '维修');
  await choose('受理渠道', '服务热线');
  await choose('服务网点', '上海浦东服务中心');
  await choose('产品', 'KFR-35GW');
  await page.getByLabel('客户姓名', { exact: true }).fill('韩梅梅');
  await page.getByLabel('联系电话', { exact: true }).fill('12345');
  await page.getByLabel('故障描述', { exact: true }).fill('空调开机后不制冷');
  await page.getByRole('button', { name: '提交工单' }).click();
  // The shared domain validator answers in the form before anything is sent.
  await page.getByText('请输入有效的手机号或固定电话').waitFor();
  expect(await countRequests()).toBe(0);

  await page.getByLabel('联系电话', { exact: true }).fill('13912345678');
  await screenshot(page, 'new-request-form');
  await page.getByRole('button', { name: '提交工单' }).click();

  // The new request opens, ready to be acknowledged; the list shows it too.
  await page.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
  await page.getByRole('link', { name: '服务工单' }).first().click();
  await page.waitForURL(/\/requests(\?|$)/);
  const table = page.getByTestId('request-table');
  await table.getByText('韩梅梅').waitFor();
  await screenshot(page, 'request-list');
  const [stored] = await app.database.dataSource.query('SELECT code, status FROM service_requests');
  expect(stored.status).toBe('NEW');
  await table.getByText(stored.code).waitFor();

  // a reload keeps the session (refresh cookie); sign-out ends it
  await page.reload();
  await table.getByText('韩梅梅').waitFor();
  await page.getByTestId('user-menu').click();
  await page.getByText('退出登录').click();
  await page.getByRole('button', { name: '登录' }).waitFor();
  await page.reload();
  await page.getByRole('button', { name: '登录' }).waitFor();
});

async function countRequests(): Promise<number> {
  const [row] = await app.database.dataSource.query('SELECT count(*)::int AS n FROM service_requests');
  return row.n;
}
