import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/support/test-app';
import { REPO_ROOT } from '../../../tools/testing/api-process';
import { launchBrowser, screenshot } from '../../../tools/testing/browser';
import { anOrganisation, type GivenOrganisation } from '../../../tools/testing/organisation.factory';
import { signInAs } from './support/sign-in';

/**
 * The dispatcher and the technician end to end in a real browser over the real API and PostgreSQL:
 * intake (unit and warranty found by serial) → acknowledge and dispatch → the technician, on a
 * 375 px phone, records arrival, the visit with a part and a photo, and resolves → the dispatcher
 * closes → the customer answers the survey link → the manager's dashboard shows the figures move →
 * the self-assessment's scorecard judges the satisfaction criterion on them. A screenshot of each
 * main screen goes to test-artifacts/.
 */
let app: TestApp;
let acme: GivenOrganisation;
let browser: Browser;
let desk: BrowserContext;
let phone: BrowserContext;

const asAcme = { 'X-Org-Code': 'ACME' };

async function must<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await app.graphql<T>(query, variables, asAcme);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

// 1×1 transparent PNG: a photo from the phone camera, as far as the API's type check is concerned.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

beforeAll(async () => {
  app = await startTestApp({ webDist: path.join(REPO_ROOT, 'apps/web/dist') });
  acme = await anOrganisation('ACME').withOutlet('SH-01', '上海浦东服务中心').withProduct('KFR-35GW', '空调', 72).withStaff('tech01').withStaff('disp01', 'DISPATCHER').create(app.database.dataSource);
  const technicianId = acme.staffIds['tech01']!;
  await must('mutation($input: UpdateStaffInput!) { updateStaff(input: $input) { id } }', { input: { id: technicianId, expectedVersion: 1, outletIds: [acme.outletIds['SH-01']] } });
  const part = await must<{ createSparePart: { id: string } }>('mutation($input: CreateSparePartInput!) { createSparePart(input: $input) { id } }', {
    input: { partNo: 'CAP-35', name: '启动电容', price: 35, unitCost: 12 },
  });
  await must('mutation($input: ReceiveStockInput!) { receiveStock(input: $input) { id } }', { input: { outletId: acme.outletIds['SH-01'], partId: part.createSparePart.id, quantity: 5 } });
  await must('mutation($input: CreateProductUnitInput!) { createProductUnit(input: $input) { id } }', {
    input: { productId: acme.productIds['KFR-35GW'], serialNo: 'SN-E2E-0001', purchaseDate: '2025-06-01' },
  });
  await must('mutation($input: CreateSurveyTemplateInput!) { createSurveyTemplate(input: $input) { id } }', { input: { code: 'QUICK', name: '服务满意度回访' } });
  browser = await launchBrowser();
  desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  phone = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/**
 * Picks an option of an antd select. On a busy machine a click can land while the list or its dialog is
 * still opening and be lost, so it tries again until the field shows the choice (three tries at most).
 */
async function choose(page: Page, label: string, option: string): Promise<void> {
  const field = page.locator('.ant-select').filter({ has: page.getByLabel(label, { exact: true }) });
  for (let tries = 0; tries < 3; tries++) {
    await page.getByLabel(label, { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible').getByText(option, { exact: false }).first().click();
    await page.waitForTimeout(200);
    if (await field.filter({ hasText: option }).count()) return;
  }
}

async function runStep(page: Page, action: string, fill?: () => Promise<void>): Promise<void> {
  await page.getByRole('group', { name: '处理操作' }).getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  if (fill) await fill();
  await dialog.locator('.ant-modal-footer').getByRole('button', { name: action, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function requestRow(): Promise<{ id: string; code: string; status: string }> {
  const [row] = await app.database.dataSource.query('SELECT id, code, status FROM service_requests');
  return row;
}

it('takes a request from intake through dispatch and the technician’s visit to closure', async () => {
  // Dispatcher: intake, keyboard first: the phone, then the serial finds the unit and its warranty.
  const dispatcher = await desk.newPage();
  await signInAs(dispatcher, app, { login: 'disp01', role: 'DISPATCHER', outlets: ['SH-01'] }, '/requests/new');
  const phoneField = dispatcher.getByLabel('联系电话', { exact: true });
  await phoneField.waitFor();
  await phoneField.fill('13912345678');
  await phoneField.press('Enter');
  await dispatcher.getByText('新客户：提交后自动建档').waitFor();
  const serial = dispatcher.getByLabel('序列号', { exact: true });
  await serial.fill('SN-E2E-0001');
  await serial.press('Enter');
  await dispatcher.getByTestId('unit-hint').getByText('保内', { exact: true }).waitFor();
  await dispatcher.getByLabel('客户姓名', { exact: true }).fill('韩梅梅');
  await dispatcher.getByLabel('服务地址', { exact: true }).fill('上海市浦东新区张杨路 100 号');
  await choose(dispatcher, '服务类型', '维修');
  await choose(dispatcher, '受理渠道', '服务热线');
  await choose(dispatcher, '服务网点', '上海浦东服务中心');
  await dispatcher.getByLabel('故障描述', { exact: true }).fill('空调开机后不制冷，外机不转');
  await screenshot(dispatcher, 'ops-1-intake');
  await dispatcher.getByLabel('故障描述', { exact: true }).press('Control+Enter');

  await dispatcher.waitForURL(/\/requests\/[0-9a-f-]{36}$/);
  const created = await requestRow();
  expect(created.status).toBe('NEW');
  await dispatcher.getByRole('heading', { name: `工单 ${created.code}` }).waitFor();

  // Acknowledge and dispatch to the outlet's technician.
  await runStep(dispatcher, '受理');
  await dispatcher.getByRole('group', { name: '处理操作' }).getByRole('button', { name: '派工', exact: true }).waitFor();
  await runStep(dispatcher, '派工', async () => {
    await choose(dispatcher, '维修工程师', '员工 tech01');
  });
  await dispatcher.getByText('员工 tech01').first().waitFor();
  expect((await requestRow()).status).toBe('DISPATCHED');
  await screenshot(dispatcher, 'ops-2-request-dispatched');

  await dispatcher.goto(`${app.url}/requests?status=DISPATCHED`);
  await dispatcher.getByTestId('request-table').getByText(created.code).waitFor();
  await dispatcher.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
  await screenshot(dispatcher, 'ops-3-queue');

  // Technician on a phone: signs in, sees their own jobs, opens the job, arrives, reports, resolves.
  const technician = await phone.newPage();
  await signInAs(technician, app, { login: 'tech01', role: 'TECHNICIAN', outlets: ['SH-01'] }, '/tech');
  await technician.getByRole('link', { name: new RegExp(created.code) }).waitFor();
  await technician.locator('.ant-select-dropdown:visible').waitFor({ state: 'hidden' });
  await screenshot(technician, 'ops-4-tech-jobs');
  expect(await technician.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await technician.getByRole('link', { name: new RegExp(created.code) }).click();

  await technician.getByRole('button', { name: '我已到达现场' }).click();
  await technician.getByText(/到达时间：/).waitFor();
  expect((await requestRow()).status).toBe('IN_PROGRESS');

  await technician.getByLabel('故障诊断', { exact: true }).fill('启动电容击穿');
  await technician.getByLabel('处理措施', { exact: true }).fill('更换启动电容，试机制冷正常');
  await technician.getByRole('button', { name: '添加配件' }).click();
  await choose(technician, '配件', 'CAP-35');
  await technician.getByText('已修复', { exact: true }).click();
  await technician.getByLabel('客户确认人', { exact: true }).fill('韩梅梅');
  await technician.getByRole('button', { name: '保存上门记录' }).click();
  await technician.getByText('第 1 次上门').waitFor();

  await technician.getByTestId('photo-input').setInputFiles({ name: 'after.png', mimeType: 'image/png', buffer: PNG });
  await technician.getByRole('button', { name: /after\.png/ }).first().waitFor();
  await screenshot(technician, 'ops-5-tech-job');
  expect(await technician.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  await technician.getByRole('button', { name: '标记解决' }).click();
  await technician.getByText('已解决').first().waitFor();
  expect((await requestRow()).status).toBe('RESOLVED');

  const [visit] = await app.database.dataSource.query('SELECT outcome, confirmed_by FROM visits');
  expect(visit).toEqual({ outcome: 'FIXED', confirmed_by: '韩梅梅' });
  const [stock] = await app.database.dataSource.query("SELECT count(*)::int AS n FROM attachments WHERE file_name = 'after.png'");
  expect(stock.n).toBe(1);

  // Dispatcher closes; the timeline shows every step.
  await dispatcher.goto(`${app.url}/requests/${created.id}`);
  await runStep(dispatcher, '关闭');
  await dispatcher.getByRole('group', { name: '处理操作' }).getByRole('button', { name: '重开', exact: true }).waitFor();
  expect((await requestRow()).status).toBe('CLOSED');
  await dispatcher.getByText('第 1 次上门').waitFor();
  await screenshot(dispatcher, 'ops-6-request-closed');

  // The dispatcher sends the satisfaction survey link; the customer answers it on the phone.
  await dispatcher.getByRole('button', { name: '发送满意度调查链接' }).click();
  const surveyLink = await dispatcher.getByLabel('调查链接', { exact: true }).inputValue();
  expect(surveyLink).toMatch(new RegExp(`^${app.url}/survey/`));
  await screenshot(dispatcher, 'ops-6b-survey-link');
  await dispatcher.getByRole('button', { name: '完成' }).click();
  const customer = await phone.newPage();
  await customer.goto(surveyLink);
  await customer.getByText(/请在 .* 前完成/).waitFor();
  await customer.locator('.ant-rate').first().locator('li').nth(3).locator('[role="radio"]').click();
  await customer.getByText('9', { exact: true }).click();
  await customer.getByRole('button', { name: '提交评价' }).click();
  await customer.getByText('提交成功，感谢您的评价！').waitFor();
  const [rating] = await app.database.dataSource.query('SELECT overall, source FROM survey_responses WHERE request_id = $1', [created.id]);
  expect(rating).toEqual({ overall: 4, source: 'SURVEY_LINK' });
  await dispatcher.reload();
  await dispatcher.getByText('4 分').waitFor();

  // The customer complains about the repair: registered from the request, acknowledged, escalated by hand.
  await dispatcher.getByRole('button', { name: '登记投诉' }).click();
  const register = dispatcher.getByRole('dialog');
  await choose(dispatcher, '严重程度', '重大');
  await register.getByLabel('类别', { exact: true }).fill('维修质量');
  await register.getByLabel('投诉内容', { exact: true }).fill('修好后第二天又不制冷');
  await register.locator('.ant-modal-footer').getByRole('button', { name: '登记', exact: true }).click();
  await dispatcher.waitForURL(/\/complaints\/[0-9a-f-]{36}$/);
  await dispatcher.getByText('网点（1级）').first().waitFor();
  await runStep(dispatcher, '受理');
  await dispatcher.getByRole('group', { name: '处理操作' }).getByRole('button', { name: '办结', exact: true }).waitFor();
  await runStep(dispatcher, '升级', async () => {
    await dispatcher.getByRole('dialog').getByLabel('原因', { exact: true }).fill('客户要求区域经理处理');
  });
  await dispatcher.getByText('区域（2级）').first().waitFor();
  await screenshot(dispatcher, 'ops-7-complaint-detail');
  const [stored] = await app.database.dataSource.query('SELECT severity, escalation_level FROM complaints');
  expect(stored).toEqual({ severity: 'MAJOR', escalation_level: 2 });

  await dispatcher.goto(`${app.url}/complaints`);
  await dispatcher.getByTestId('escalation-level').first().waitFor();
  await dispatcher.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
  await screenshot(dispatcher, 'ops-8-complaints');

  await dispatcher.goto(`${app.url}/return-visits`);
  await dispatcher.getByRole('button', { name: `记录 ${created.code} 的回访` }).waitFor();
  await dispatcher.locator('.ant-spin-spinning').waitFor({ state: 'detached' });
  await screenshot(dispatcher, 'ops-9-return-visits');

  // The manager's dashboard shows the work: one request, fixed on the first visit, rated 4 of 5.
  const managerDesk = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const manager = await managerDesk.newPage();
  await signInAs(manager, app, { login: 'mgr01', role: 'MANAGER' }, '/');
  const figure = (key: string, text: string) => manager.getByTestId(`kpi-card-${key}`).getByTestId('kpi-figure').filter({ hasText: text }).waitFor();
  await figure('requestCount', '1');
  await figure('firstTimeFixRate', '100.0%');
  await figure('csatRate', '100.0%');
  await figure('avgRating', '4.00');
  await screenshot(manager, 'ops-10-manager-dashboard');

  // The scorecard of a self-assessment over this month judges the satisfaction criterion on it.
  const today = new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
  await manager.goto(`${app.url}/certification`);
  await manager.getByRole('button', { name: '新建自评' }).click();
  const create = manager.getByRole('dialog');
  await create.getByPlaceholder('开始日期').fill(`${today.slice(0, 8)}01`);
  await create.getByPlaceholder('结束日期').fill(today);
  await create.getByPlaceholder('结束日期').press('Enter');
  await create.getByRole('button', { name: '创建并评估' }).click();
  await manager.waitForURL(/\/certification\/[0-9a-f-]{36}$/);
  const satisfaction = manager.getByTestId('scorecard-table').locator('tr[data-row-key="CUST.REL.3"]');
  await satisfaction.getByText('100.0%', { exact: false }).first().waitFor();
  await satisfaction.getByText('符合', { exact: true }).first().waitFor();
  await screenshot(manager, 'ops-11-scorecard');
  await managerDesk.close();
}, 300_000);
