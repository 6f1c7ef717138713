import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/support/test-app';
import { REPO_ROOT } from '../../../tools/testing/api-process';
import { launchBrowser, screenshot } from '../../../tools/testing/browser';
import { anOrganisation } from '../../../tools/testing/organisation.factory';
import { signInAs } from './support/sign-in';

/**
 * The document register in a real browser over the real API and PostgreSQL: a service policy is
 * registered, its PDF uploaded, approval by its own author refused field by field, then approved by
 * the manager: it is in force.
 */
let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  app = await startTestApp({ webDist: path.join(REPO_ROOT, 'apps/web/dist') });
  await anOrganisation('ACME').withOutlet('SH-01', '上海浦东服务中心').withStaff('wenyuan', 'MANAGER').withStaff('jingli', 'MANAGER').create(app.database.dataSource);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function choose(scope: ReturnType<Page['getByRole']>, label: string, option: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByText(option, { exact: true }).first().click();
}

it('registers a service policy, uploads its file and approves it', async () => {
  await signInAs(page, app, { login: 'wenyuan', role: 'MANAGER' }, '/quality');
  await page.waitForURL(/\/quality\/documents$/);
  await page.getByText('尚未登记受控文件').waitFor();
  await screenshot(page, 'quality-documents-empty');

  await page.getByRole('button', { name: '登记文件' }).click();
  const createDialog = page.getByRole('dialog');
  await choose(createDialog, '文件类型', '服务方针');
  await createDialog.getByLabel('文件名称', { exact: true }).fill('售后服务方针');
  await choose(createDialog, '编写人', '员工 wenyuan（wenyuan）');
  await createDialog.getByRole('button', { name: /保\s*存/ }).click();

  const table = page.getByTestId('document-table');
  const row = table.locator('tr', { hasText: '售后服务方针' });
  await row.getByText('草稿').waitFor();

  await row.locator('input[type=file]').setInputFiles({ name: '售后服务方针.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n') });
  await row.getByText(/售后服务方针\.pdf/).waitFor();

  await row.getByRole('button', { name: /批\s*准/ }).click();
  const approveDialog = page.getByTestId('approve-dialog').getByRole('dialog');
  await choose(approveDialog, '批准人', '员工 wenyuan（wenyuan）');
  await approveDialog.getByLabel('生效日期', { exact: true }).fill('2026-01-01');
  await approveDialog.getByLabel('生效日期', { exact: true }).press('Enter');
  await approveDialog.getByRole('button', { name: /批\s*准/ }).click();
  // The four-eyes rule of the domain, reported by the API under the field in the user's language.
  await approveDialog.getByText('批准人不能是编写人').waitFor();
  await screenshot(page, 'quality-documents-approval-refused');

  await choose(approveDialog, '批准人', '员工 jingli（jingli）');
  await approveDialog.getByRole('button', { name: /批\s*准/ }).click();
  await row.getByText('已批准').waitFor();
  await row.getByText('现行有效').waitFor();
  await row.getByText('2026-01-01 起').waitFor();
  await screenshot(page, 'quality-documents-approved');

  const [stored] = await app.database.dataSource.query('SELECT status, effective_from::text AS effective_from, file_sha256 FROM controlled_documents');
  expect(stored).toMatchObject({ status: 'APPROVED', effective_from: '2026-01-01', file_sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
});

it('opens every register; an overdue corrective action is marked', async () => {
  const staff: { id: string }[] = await app.database.dataSource.query(`SELECT id FROM staff WHERE login = 'jingli'`);
  const created = await app.graphql(
    `mutation($input: CreateCorrectiveActionInput!) { createCorrectiveAction(input: $input) { id } }`,
    { input: { source: 'KPI_BELOW_TARGET', sourceReference: '一次修复率 2026-05', problem: '一次修复率低于目标', ownerId: staff[0]!.id, dueDate: '2026-01-31' } },
    { 'x-org-code': 'ACME' },
  );
  expect(created.errors).toBeUndefined();

  for (const [tab, ready, name] of [
    ['纠正措施', '一次修复率低于目标', 'quality-corrective-actions'],
    ['内部审核', '暂无内部审核', 'quality-audits'],
    ['管理评审', '暂无管理评审', 'quality-reviews'],
    ['变更通报', '暂无需要通报的变更', 'quality-notifications'],
    ['企业信息', '尚未填写企业信息', 'quality-profile'],
  ] as const) {
    await page.getByRole('tab', { name: tab }).click();
    await page.getByText(ready, { exact: false }).first().waitFor();
    await screenshot(page, name);
  }
  await page.getByRole('tab', { name: '纠正措施' }).click();
  const overdueRow = page.getByTestId('corrective-action-table').locator('tr.sd-row-overdue', { hasText: '一次修复率低于目标' });
  await overdueRow.getByText('逾期').waitFor();
});
