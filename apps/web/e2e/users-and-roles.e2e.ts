import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/support/test-app';
import { REPO_ROOT } from '../../../tools/testing/api-process';
import { launchBrowser, screenshot } from '../../../tools/testing/browser';
import { anOrganisation } from '../../../tools/testing/organisation.factory';
import { signInAs } from './support/sign-in';

/**
 * The administrator's users-and-roles screen in a real browser over the real API: a staff member gets a
 * login as a dispatcher of one outlet (a weak password first is refused field by field), signs in in
 * their own browser and lands on their home; the administrator signs them out everywhere and their
 * next step shows the sign-in page; nobody removes their own ADMIN role. English loads on demand.
 * Then every role's home after sign-in. Screenshots go to test-artifacts/.
 */
let app: TestApp;
let browser: Browser;
const contexts: BrowserContext[] = [];
const NEW_PASSWORD = 'Dispatch2026ok';

async function newContext(options: { width?: number; mobile?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.mobile ? 812 : 900 },
    locale: 'zh-CN',
    ...(options.mobile ? { isMobile: true, hasTouch: true } : {}),
  });
  contexts.push(context);
  return context;
}

beforeAll(async () => {
  app = await startTestApp({ webDist: path.join(REPO_ROOT, 'apps/web/dist') });
  await anOrganisation('ACME').withOutlet('SH-01', '上海浦东服务中心').withOutlet('BJ-01', '北京朝阳服务中心').withStaff('new.disp', 'TECHNICIAN').create(app.database.dataSource);
  browser = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close().catch(() => undefined);
  await browser?.close();
  await app?.close();
});

/**
 * Picks an option of an antd select, again if a click during the opening animation was lost. A multiple
 * select stays open after a choice: a click on the drawer's title closes it (Escape could reach the drawer
 * and close it instead, when the list is already on its way out).
 */
async function choose(scope: Page, label: string, option: string): Promise<void> {
  const field = scope.locator('.ant-select').filter({ has: scope.getByLabel(label, { exact: true }) });
  for (let tries = 0; tries < 3; tries++) {
    await scope.getByLabel(label, { exact: true }).click();
    await scope.locator('.ant-select-dropdown:visible').getByText(option, { exact: false }).first().click();
    await scope.waitForTimeout(200);
    if (await field.filter({ hasText: option }).count()) break;
  }
  if (await scope.locator('.ant-select-dropdown:visible').count()) await scope.locator('.ant-drawer-title').click();
  await scope.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
}

const rowOf = (page: Page, login: string): Locator => page.getByRole('row').filter({ hasText: login });

async function confirm(page: Page): Promise<void> {
  await page.locator('.ant-popconfirm:visible').getByRole('button', { name: '确定' }).click();
}

async function signInByHand(page: Page, login: string, password: string): Promise<void> {
  await page.goto(`${app.url}/`);
  await page.getByLabel('组织代码', { exact: true }).fill('ACME');
  await page.getByLabel('登录名', { exact: true }).fill(login);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByLabel('登录名', { exact: true }).waitFor({ state: 'detached' });
}

it('gives a dispatcher a login, signs them out everywhere, and keeps the administrator an administrator', async () => {
  const admin = await (await newContext()).newPage();
  await signInAs(admin, app, { login: 'root.admin' }, '/admin/users');
  await admin.getByRole('heading', { name: '用户与角色' }).waitFor();
  await rowOf(admin, 'new.disp').getByText('尚未开通登录').waitFor();
  await screenshot(admin, 'users-1-list');

  // Give a login: dispatcher of one outlet; a weak password first.
  await rowOf(admin, 'new.disp').getByRole('button', { name: '开通登录' }).click();
  const drawer = admin.getByRole('dialog', { name: '为 员工 new.disp 开通登录' });
  await drawer.waitFor();
  await choose(admin, '角色', '调度员');
  await drawer.getByRole('button', { name: '保存' }).click();
  await drawer.getByText('调度员和工程师至少要分配一个网点').waitFor();
  await choose(admin, '网点', '上海浦东服务中心');
  await admin.getByLabel('新密码', { exact: true }).fill('weak');
  await drawer.getByRole('button', { name: '保存' }).click();
  await drawer.getByText('密码至少 10 个字符').waitFor();
  await drawer.getByText('密码须同时包含字母和数字').waitFor();
  await screenshot(admin, 'users-2-weak-password');
  const [staff] = await app.database.dataSource.query(`SELECT role FROM staff WHERE login = 'new.disp'`);
  expect(staff.role).toBe('TECHNICIAN');
  await admin.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
  await drawer.getByRole('button', { name: '保存' }).click();
  await drawer.waitFor({ state: 'detached' });
  await rowOf(admin, 'new.disp').getByText('调度员').waitFor();
  await rowOf(admin, 'new.disp').getByText('SH-01').waitFor();
  await rowOf(admin, 'new.disp').getByText('正常').waitFor();

  // The dispatcher signs in in their own browser and lands on their home.
  const dispatcher = await (await newContext()).newPage();
  await signInByHand(dispatcher, 'new.disp', NEW_PASSWORD);
  await dispatcher.getByRole('heading', { name: '仪表盘' }).waitFor();
  await dispatcher.getByRole('navigation', { name: '主导航' }).getByText('新建工单').first().waitFor();
  expect(await dispatcher.getByRole('navigation', { name: '主导航' }).getByText('系统管理').count()).toBe(0);
  await screenshot(dispatcher, 'users-3-dispatcher-home');

  // Sign them out everywhere: their next step asks them to sign in again.
  await admin.reload();
  await rowOf(admin, 'new.disp').getByText('从未登录').waitFor({ state: 'detached' });
  await rowOf(admin, 'new.disp').getByRole('button', { name: '强制下线' }).click();
  await confirm(admin);
  await admin.getByText(/员工 new\.disp 的 1 个会话已结束/).waitFor();
  await dispatcher.getByRole('navigation', { name: '主导航' }).getByText('服务工单').first().click();
  await dispatcher.getByLabel('登录名', { exact: true }).waitFor();
  await screenshot(dispatcher, 'users-4-signed-out');

  // The administrator cannot give up their own ADMIN role, nor deactivate themselves.
  const own = rowOf(admin, 'root.admin');
  expect(await own.getByRole('button', { name: '停用' }).isDisabled()).toBe(true);
  await own.getByRole('button', { name: '角色与网点' }).click();
  const accessDrawer = admin.getByRole('dialog', { name: /的角色与网点$/ });
  await accessDrawer.waitFor();
  await choose(admin, '角色', '经理');
  await accessDrawer.getByRole('button', { name: '保存' }).click();
  await accessDrawer.getByText('不能取消自己的管理员角色，请让另一位管理员操作').first().waitFor();
  await screenshot(admin, 'users-5-own-admin-role');
  await accessDrawer.getByRole('button', { name: '取消' }).click();
  const [self] = await app.database.dataSource.query(`SELECT role FROM staff WHERE login = 'root.admin'`);
  expect(self.role).toBe('ADMIN');

  // English is its own chunk: it is fetched when chosen, then the page turns English.
  const catalogueRequests: string[] = [];
  admin.on('request', (request) => {
    if (/\/assets\/en-[\w-]+\.js$/.test(request.url())) catalogueRequests.push(request.url());
  });
  expect(catalogueRequests).toEqual([]);
  await admin.getByRole('button', { name: 'Switch to English' }).click();
  await admin.getByRole('heading', { name: 'Users and roles' }).waitFor();
  await rowOf(admin, 'new.disp').getByText('Dispatcher').waitFor();
  expect(catalogueRequests.length).toBeGreaterThan(0);
  await admin.getByRole('navigation', { name: 'Main navigation' }).waitFor();
  await admin.locator('.ant-spin-spinning, .ant-spin-blur').first().waitFor({ state: 'detached' });
  await screenshot(admin, 'users-6-english');
});

it('starts in English, without a flash of Chinese, for someone whose saved language is English', async () => {
  const context = await newContext();
  await context.addInitScript(() => {
    localStorage.setItem('stardesk.language', 'en');
    const seen = { chinese: false };
    (window as unknown as { __sawChinese: typeof seen }).__sawChinese = seen;
    new MutationObserver(() => {
      if (document.body?.textContent?.includes('登录星服务台')) seen.chinese = true;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  const page = await context.newPage();
  await page.goto(`${app.url}/`);
  await page.getByRole('heading', { name: 'Sign in to StarDesk' }).waitFor();
  expect(await page.evaluate(() => (window as unknown as { __sawChinese: { chinese: boolean } }).__sawChinese.chinese)).toBe(false);
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
});

it('shows the users screen on a 375 px phone without sideways page scrolling', async () => {
  const phone = await (await newContext({ width: 375, mobile: true })).newPage();
  await signInAs(phone, app, { login: 'root.admin' }, '/admin/users');
  await phone.getByRole('heading', { name: '用户与角色' }).waitFor();
  // One card per person on a phone, its actions in reach without sideways scrolling.
  const card = phone.getByRole('listitem').filter({ hasText: 'new.disp' });
  await card.getByRole('button', { name: '角色与网点' }).waitFor();
  await card.getByRole('button', { name: '停用' }).waitFor();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await phone.getByRole('button', { name: 'Switch to English' }).waitFor();
  await screenshot(phone, 'users-7-phone');
});

it.each([
  { role: 'ADMIN', heading: '仪表盘', nav: '系统管理', url: '/' },
  { role: 'MANAGER', heading: '仪表盘', nav: '质量管理', url: '/' },
  { role: 'DISPATCHER', heading: '仪表盘', nav: '新建工单', url: '/' },
  { role: 'TECHNICIAN', heading: '我的任务', nav: '我的任务', url: '/tech' },
  { role: 'AUDITOR', heading: '仪表盘', nav: '质量管理', url: '/' },
] as const)('a $role lands on their home after sign-in', async ({ role, heading, nav, url }) => {
  const page = await (await newContext({ width: role === 'TECHNICIAN' ? 375 : 1280, mobile: role === 'TECHNICIAN' })).newPage();
  await signInAs(page, app, { login: `home.${role.toLowerCase()}`, role, outlets: role === 'DISPATCHER' || role === 'TECHNICIAN' ? ['SH-01'] : [] }, '/');
  await page.getByRole('heading', { name: heading, level: 1 }).waitFor();
  expect(new URL(page.url()).pathname).toBe(url);
  if (role !== 'TECHNICIAN') await page.getByRole('navigation', { name: '主导航' }).getByText(nav).first().waitFor();
  await page.locator('.ant-skeleton').first().waitFor({ state: 'detached' }).catch(() => undefined);
  expect(await page.getByText('您的角色无权使用此页面').count()).toBe(0);
  await screenshot(page, `home-${role.toLowerCase()}`);
});

it('shows the organisation’s profile above its settings', async () => {
  const page = await (await newContext()).newPage();
  await signInAs(page, app, { login: 'root.admin' }, '/admin/organisation');
  const profile = page.locator('.ant-card').filter({ hasText: '组织信息' });
  await profile.getByText('ACME 电器有限公司').waitFor();
  await profile.getByText('ACME', { exact: true }).waitFor();
  await profile.getByText('Asia/Shanghai').waitFor();
  await profile.getByRole('link', { name: '企业概况' }).waitFor();
  await screenshot(page, 'admin-organisation');
});
