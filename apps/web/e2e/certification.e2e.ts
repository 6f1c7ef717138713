import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/support/test-app';
import { REPO_ROOT } from '../../../tools/testing/api-process';
import { AssessmentRecords } from '../../../tools/testing/assessment-records.factory';
import { launchBrowser, screenshot } from '../../../tools/testing/browser';
import { anOrganisation } from '../../../tools/testing/organisation.factory';
import { signInAs } from './support/sign-in';

/**
 * The certification screens in a real browser over the real API and PostgreSQL: a manager creates
 * a self-assessment of March 2025 (records seeded for it), reads the 15 indicators with the API's
 * score and grade, records a MANUAL judgement (refused field by field first), reads the gap list,
 * signs off; an auditor reads it read-only; an admin makes a catalogue version (refused, then made).
 */
let app: TestApp;
let browser: Browser;
let assessmentId: string;

interface ApiAssessment {
  id: string;
  version: number;
  score: number | null;
  grade: string | null;
  gradeName: string | null;
  unassessed: string[];
  indicators: { key: string }[];
}
const ASSESSMENT = 'id version score grade gradeName unassessed indicators { key }';
const ZH = { 'x-org-code': 'ACME', 'accept-language': 'zh-CN' };

async function apiAssessment(id: string): Promise<ApiAssessment> {
  const result = await app.graphql<{ assessment: ApiAssessment }>(`query($id: ID!) { assessment(id: $id) { ${ASSESSMENT} } }`, { id }, ZH);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.assessment;
}

beforeAll(async () => {
  app = await startTestApp({ webDist: path.join(REPO_ROOT, 'apps/web/dist') });
  const acme = await anOrganisation('ACME').withOutlet('SH-01', '上海浦东服务中心').withProduct('KFR-35GW').withStaff('gcs1').create(app.database.dataSource);
  const records = new AssessmentRecords(app.database.dataSource, acme);
  // March 2025: 12 complaints (2 closed late), 6 repairs (one acknowledged late, one without a diagnosis).
  for (let day = 1; day <= 12; day++) await records.complaint({ receivedAt: `2025-03-${String(day + 2).padStart(2, '0')}T02:00:00Z`, closedAfterHours: day % 6 === 0 ? 200 : 48 });
  for (let day = 1; day <= 6; day++) await records.repair({ reportedAt: `2025-03-${String(day + 5).padStart(2, '0')}T01:00:00Z`, ackMinutes: day === 2 ? 150 : 30, diagnosis: day === 4 ? null : '压缩机故障' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

async function newPage(width = 1400): Promise<Page> {
  return browser.newPage({ viewport: { width, height: 900 }, locale: 'zh-CN' });
}

const scoreText = (page: Page) => page.getByTestId('assessment-score').locator('.ant-statistic-content').innerText();

it('a manager creates an assessment, judges a MANUAL criterion, reads the gaps and signs off', async () => {
  const page = await newPage();
  await signInAs(page, app, { login: 'jingli', role: 'MANAGER' }, '/certification');
  await page.getByText('还没有自评').waitFor();
  await screenshot(page, 'certification-empty');

  await page.getByRole('button', { name: '新建自评' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByPlaceholder('开始日期').fill('2025-03-01');
  await dialog.getByPlaceholder('结束日期').fill('2025-03-31');
  await dialog.getByPlaceholder('结束日期').press('Enter');
  await dialog.getByRole('button', { name: '创建并评估' }).click();
  await page.waitForURL(/\/certification\/[0-9a-f-]{36}$/);
  assessmentId = page.url().split('/').at(-1)!;

  // The 15 indicators with the score and the grade the API computed.
  const table = page.getByTestId('scorecard-table');
  await table.locator('tr.sd-scorecard-indicator').nth(14).waitFor();
  expect(await table.locator('tr.sd-scorecard-indicator').count()).toBe(15);
  const before = await apiAssessment(assessmentId);
  expect(before.indicators).toHaveLength(15);
  expect(await scoreText(page)).toContain(before.score!.toFixed(2));
  await page.getByTestId('grade-badge').getByText(before.gradeName!, { exact: true }).first().waitFor();
  await page.getByTestId('scorecard-chart').waitFor();
  // A KPI criterion opens the manager's dashboard over the assessment period.
  const kpiLink = table.locator('tr[data-row-key="CUST.COMPL.2"]').getByRole('link', { name: '在 KPI 仪表盘查看' });
  expect(await kpiLink.getAttribute('href')).toBe('/?from=2025-03-01&to=2025-03-31&trend=complaintTimelyRate');
  await screenshot(page, 'certification-scorecard');

  // A non-conforming judgement needs a note: the API says so under the field, in Chinese.
  await table.getByRole('button', { name: '评审 SYS.CULT.2' }).click();
  const judgement = page.getByTestId('judgement-dialog').getByRole('dialog');
  await judgement.getByLabel('不符合', { exact: true }).check();
  await judgement.getByRole('button', { name: '保存评审' }).click();
  await judgement.getByText('判定为不符合或不适用时须填写说明').waitFor();
  await screenshot(page, 'certification-judgement-refused');
  expect((await apiAssessment(assessmentId)).version).toBe(before.version);

  await judgement.getByLabel('符合', { exact: true }).check();
  await judgement.getByLabel('说明', { exact: true }).fill('全员已培训服务理念，签到表见附件');
  await judgement.getByLabel('证据链接', { exact: true }).fill('https://intra.example/training-2025-03.pdf');
  await judgement.getByRole('button', { name: '保存评审' }).click();
  await judgement.waitFor({ state: 'detached' });
  const after = await apiAssessment(assessmentId);
  expect(after.score).toBeGreaterThan(before.score!);
  await page.getByTestId('assessment-score').getByText(after.score!.toFixed(2)).waitFor();
  await table.locator('tr[data-row-key="SYS.CULT.2"]').getByText('全员已培训服务理念，签到表见附件', { exact: false }).waitFor();

  await page.getByRole('tab', { name: '差距分析' }).click();
  await page.getByTestId('gap-panel').getByText('达到下一等级的最少整改项').waitFor();
  await page.getByTestId('gap-panel').getByText('CUST.COMPL.2').first().waitFor();
  await screenshot(page, 'certification-gaps');

  await page.getByRole('tab', { name: '证据完整度' }).click();
  await page.getByTestId('completeness-table').getByRole('progressbar').first().waitFor();
  expect(await page.getByTestId('completeness-table').getByRole('progressbar').count()).toBe(15);
  await screenshot(page, 'certification-completeness');

  // The rest of the open criteria are judged through the API, so the assessment can be signed off.
  let current = after;
  for (const criterionKey of current.unassessed) {
    const result = await app.graphql<{ recordAssessmentJudgement: ApiAssessment }>(
      `mutation($input: RecordAssessmentJudgementInput!) { recordAssessmentJudgement(input: $input) { ${ASSESSMENT} } }`,
      { input: { assessmentId, expectedVersion: current.version, criterionKey, outcome: 'CONFORMING', note: '现场核查' } },
      ZH,
    );
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    current = result.data!.recordAssessmentJudgement;
  }
  await page.reload();
  await page.getByRole('tab', { name: '评分表' }).waitFor();
  await page.getByRole('button', { name: /签\s*署/ }).click();
  const signOff = page.getByTestId('sign-off-dialog').getByRole('dialog');
  await signOff.getByText('签署后得分、等级和全部输入将冻结').waitFor();
  await signOff.getByLabel('签署人', { exact: true }).fill('王审核');
  await signOff.getByRole('button', { name: '确认签署' }).click();
  await page.getByTestId('signed-off').getByText(/已由 王审核 于 .+ 签署/).waitFor();
  expect(await page.getByRole('button', { name: /签\s*署/ }).count()).toBe(0);
  expect(await page.getByRole('button', { name: /^评审/ }).count()).toBe(0);
  expect(await page.getByRole('button', { name: '重新评估' }).count()).toBe(0);
  await screenshot(page, 'certification-signed-off');

  await page.goto(`${app.url}/certification`);
  const row = page.getByTestId('assessment-table').locator('tr', { hasText: '2025-03-01' });
  await row.getByText('已签署').waitFor();
  await page.close();
}, 180_000);

it('an auditor reads an assessment without changing it, also on a phone', async () => {
  const draft = await app.graphql<{ createAssessment: { id: string } }>('mutation($input: CreateAssessmentInput!) { createAssessment(input: $input) { id } }', { input: { from: '2025-03-01', to: '2025-04-01', title: '三月复评' } }, ZH);
  const page = await newPage(375);
  await signInAs(page, app, { login: 'shenji', role: 'AUDITOR' }, `/certification/${draft.data!.createAssessment.id}`);
  await page.getByText('只读：您的角色可以查看，不能修改').waitFor();
  await page.getByTestId('scorecard-table').locator('tr.sd-scorecard-indicator').first().waitFor();
  expect(await page.getByRole('button', { name: /^评审/ }).count()).toBe(0);
  expect(await page.getByRole('button', { name: /签\s*署/ }).count()).toBe(0);
  await screenshot(page, 'certification-auditor-375');

  await page.goto(`${app.url}/certification/${assessmentId}`);
  await page.getByTestId('signed-off').waitFor();

  await page.goto(`${app.url}/certification`);
  // On a phone the list keeps period, score, grade and status.
  await page.getByTestId('assessment-table').getByText('草稿').waitFor();
  expect(await page.getByRole('button', { name: '新建自评' }).count()).toBe(0);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { name: 'Service certification' }).waitFor();
  await page.getByTestId('assessment-table').getByText('Signed off').waitFor();
  await screenshot(page, 'certification-list-en-375');
  await page.close();
}, 120_000);

it('an admin makes a new catalogue version: a bad threshold is refused at its field, then saved', async () => {
  const page = await newPage();
  await signInAs(page, app, { login: 'guanli', role: 'ADMIN' }, '/admin/catalogue');
  await page.getByTestId('catalogue-version').getByText('CUST.COMPL.2').waitFor();
  await screenshot(page, 'catalogue-versions');

  await page.getByRole('button', { name: '基于此版本新建' }).click();
  await page.getByLabel('目录标签', { exact: true }).fill('CQC 检查表 2026');
  const threshold = page.getByLabel('阈值 CUST.COMPL.2', { exact: true });
  await threshold.fill('5');
  await page.getByRole('button', { name: '保存为新版本' }).click();
  await page.getByTestId('catalogue-errors').waitFor();
  await page.getByTestId('catalogue-indicator-CUST.COMPL').getByText('应在 0 到 1 之间').waitFor();
  await screenshot(page, 'catalogue-version-refused');
  const versions = await app.graphql<{ indicatorCatalogVersions: { versionNo: number }[] }>('{ indicatorCatalogVersions { versionNo } }', {}, ZH);
  expect(versions.data!.indicatorCatalogVersions).toHaveLength(1);

  await threshold.fill('0.9');
  await page.getByRole('button', { name: '保存为新版本' }).click();
  await page.getByTestId('catalogue-version').getByText('v2 · CQC 检查表 2026').waitFor();
  await screenshot(page, 'catalogue-version-created');
  const created = await app.graphql<{ indicatorCatalogVersion: { versionNo: number; label: string; indicators: { key: string; criteria: { key: string; threshold: number | null }[] }[] } }>(
    '{ indicatorCatalogVersion { versionNo label indicators { key criteria { key threshold } } } }',
    {},
    ZH,
  );
  const catalogue = created.data!.indicatorCatalogVersion;
  expect(catalogue).toMatchObject({ versionNo: 2, label: 'CQC 检查表 2026' });
  expect(catalogue.indicators.flatMap((indicator) => indicator.criteria).find((criterion) => criterion.key === 'CUST.COMPL.2')?.threshold).toBe(0.9);
  await page.close();
}, 120_000);
