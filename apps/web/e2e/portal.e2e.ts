import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { closedRequest } from '../../api/test/support/closed-request';
import { startTestApp, type TestApp } from '../../api/test/support/test-app';
import { REPO_ROOT } from '../../../tools/testing/api-process';
import { launchBrowser, screenshot } from '../../../tools/testing/browser';
import { anOrganisation, type GivenOrganisation } from '../../../tools/testing/organisation.factory';
import { signInAs } from './support/sign-in';

/**
 * The customer's side on a phone (375 px): submit a request on the public portal, track it by code
 * and phone, answer a survey link once; and an administrator's import refused with its error report.
 */
let app: TestApp;
let acme: GivenOrganisation;
let browser: Browser;
let phone: Page;

beforeAll(async () => {
  app = await startTestApp({ webDist: path.join(REPO_ROOT, 'apps/web/dist') });
  acme = await anOrganisation('ACME').withOutlet('SH-01', '上海浦东服务中心').withProduct('KFR-35GW', '空调', 72).withStaff('gcs1').create(app.database.dataSource);
  browser = await launchBrowser();
  phone = await browser.newPage({ viewport: { width: 375, height: 812 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function staffCall<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const result = await app.graphql<T>(query, variables, { 'x-org-code': 'ACME' });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

it('submits a request on the portal and tracks it by code and phone', async () => {
  await phone.goto(`${app.url}/portal/acme`);
  await phone.getByRole('heading', { name: /ACME 电器有限公司/ }).waitFor();
  await screenshot(phone, 'portal-home-375');

  await phone.getByRole('navigation').getByRole('link', { name: '申请服务' }).click();
  await phone.getByLabel('您的姓名', { exact: true }).fill('韩梅梅');
  await phone.getByLabel('手机号码', { exact: true }).fill('12345');
  await phone.getByLabel('服务地址', { exact: true }).fill('上海市浦东新区世纪大道 100 号');
  await phone.getByLabel('问题描述', { exact: true }).fill('空调开机后不制冷');
  await phone.getByRole('button', { name: '提交申请' }).click();
  // The shared validator answers on the page, per field, before anything is sent.
  await phone.getByText('请输入有效的手机号或固定电话').waitFor();
  await phone.getByText('请选择产品型号或填写产品序列号').waitFor();
  expect(await countRequests()).toBe(0);
  await screenshot(phone, 'portal-request-errors-375');

  await phone.getByLabel('手机号码', { exact: true }).fill('13912345678');
  await phone.getByLabel('产品型号', { exact: true }).click();
  await phone.locator('.ant-select-dropdown:visible').getByText('KFR-35GW').first().click();
  await phone.getByRole('button', { name: '提交申请' }).click();
  const codeText = phone.getByTestId('request-code');
  await codeText.waitFor();
  const code = (await codeText.innerText()).trim();
  expect(code).toMatch(/^SR\d{8}-\d{6}$/);
  await screenshot(phone, 'portal-request-submitted-375');
  const [stored] = await app.database.dataSource.query('SELECT channel, status FROM service_requests WHERE code = $1', [code]);
  expect(stored).toEqual({ channel: 'ONLINE', status: 'NEW' });

  await phone.getByRole('link', { name: '查询进度' }).click();
  await phone.getByLabel('手机号码', { exact: true }).fill('13800000000');
  await phone.getByRole('button', { name: '查询' }).click();
  await phone.getByText('未找到服务单').waitFor();

  await phone.getByLabel('手机号码', { exact: true }).fill('139 1234 5678');
  await phone.getByRole('button', { name: '查询' }).click();
  await phone.getByTestId('tracked-status').getByText('已提交').waitFor();
  await screenshot(phone, 'portal-track-375');
});

it('answers a survey link once, on a phone', async () => {
  const requestId = await closedRequest(app, acme, { customerPhone: '13700001111' });
  const template = await staffCall<{ createSurveyTemplate: { id: string } }>(
    'mutation($input: CreateSurveyTemplateInput!) { createSurveyTemplate(input: $input) { id } }',
    { input: { code: 'QUICK', name: '服务满意度回访' } },
  );
  const invitation = await staffCall<{ createSurveyInvitation: { path: string } }>(
    'mutation($input: CreateSurveyInvitationInput!) { createSurveyInvitation(input: $input) { path } }',
    { input: { requestId, templateId: template.createSurveyTemplate.id } },
  );

  await phone.goto(`${app.url}${invitation.createSurveyInvitation.path}`);
  await phone.getByText(/请在 .* 前完成/).waitFor();
  await phone.getByRole('button', { name: '提交评价' }).click();
  await phone.getByText('请为每一项打分').waitFor();

  await phone.locator('.ant-rate').first().locator('li').nth(4).locator('[role="radio"]').click();
  await phone.getByText('9', { exact: true }).click();
  await phone.getByPlaceholder('您的意见会帮助我们改进服务').fill('师傅很专业');
  await screenshot(phone, 'portal-survey-375');
  await phone.getByRole('button', { name: '提交评价' }).click();
  await phone.getByText('提交成功，感谢您的评价！').waitFor();
  await screenshot(phone, 'portal-survey-answered-375');
  const [response] = await app.database.dataSource.query('SELECT overall, recommend, comment FROM survey_responses WHERE request_id = $1', [requestId]);
  expect(response).toMatchObject({ overall: 5, recommend: 9, comment: '师傅很专业' });

  await phone.reload();
  await phone.getByText('该评价链接已不可用').waitFor();
});

it('uploads an import with a bad row and shows the row-level report in Chinese', async () => {
  const desk = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  await signInAs(desk, app, { login: 'admin' }, '/admin/imports');
  await desk.getByRole('heading', { name: '数据导入' }).waitFor();
  const csv = 'code,name,kind,region,city,address\nSH-09,徐汇服务站,SHOP,,上海,\n';
  await desk.locator('input[type=file]').setInputFiles({ name: 'outlets.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await desk.getByRole('button', { name: '开始导入' }).click();
  await desk.getByText('导入被拒绝：未写入任何数据').waitFor();
  const report = desk.getByRole('table', { name: /问题清单/ });
  await report.getByText('outlets.csv').first().waitFor();
  await report.getByText('错误').first().waitFor();
  await desk.getByRole('progressbar').waitFor();
  await screenshot(desk, 'admin-import-report');
  const [{ n }] = await app.database.dataSource.query("SELECT count(*)::int AS n FROM outlets WHERE code = 'SH-09'");
  expect(n).toBe(0);
  await desk.close();
});

it('opens every admin screen with its data', async () => {
  const desk = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
  const screens = [
    ['organisation', '组织设置与目标', '上门时限（小时）'],
    ['outlets', '服务网点', '上海浦东服务中心'],
    ['products', '产品', 'KFR-35GW'],
    ['spare-parts', '备件', '暂无记录'],
    ['staff', '人员', 'gcs1'],
    ['qualifications', '资质证书', '暂无记录'],
    ['trainings', '培训记录', '暂无记录'],
    ['surveys', '满意度问卷', 'QUICK'],
  ] as const;
  await signInAs(desk, app, { login: 'admin' }, '/admin/organisation');
  for (const [path, heading, content] of screens) {
    await desk.goto(`${app.url}/admin/${path}`);
    await desk.getByRole('heading', { level: 1, name: heading }).waitFor();
    await desk.getByText(content).first().waitFor();
    await screenshot(desk, `admin-${path}`);
  }

  // An organisation target set on the settings screen is the one in force.
  await desk.goto(`${app.url}/admin/organisation`);
  await desk.getByLabel('上门时限（小时）').fill('12');
  await desk.getByRole('button', { name: '保存', exact: true }).click();
  await desk.getByText('已保存').waitFor();
  const { organisationSettings } = await staffCall<{ organisationSettings: { targetsInForce: { key: string; value: number; source: string }[] } }>(
    '{ organisationSettings { targetsInForce { key value source } } }',
    {},
  );
  expect(organisationSettings.targetsInForce.find((target) => target.key === 'ARRIVAL_HOURS')).toEqual({ key: 'ARRIVAL_HOURS', value: 12, source: 'ORGANISATION' });
  await desk.close();
});

async function countRequests(): Promise<number> {
  const [row] = await app.database.dataSource.query('SELECT count(*)::int AS n FROM service_requests');
  return row.n;
}
