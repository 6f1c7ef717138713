import path from 'node:path';
import { formatKpiNumber, KPI_KEYS, type KpiKey } from '@stardesk/domain';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/support/test-app';
import { REPO_ROOT } from '../../../tools/testing/api-process';
import { launchBrowser, screenshot } from '../../../tools/testing/browser';
import { createKpiFixture, FIXTURE_PERIOD, type KpiFixture } from '../../../tools/testing/kpi-fixture';
import { anOrganisation, type GivenOrganisation } from '../../../tools/testing/organisation.factory';
import { signInAs } from './support/sign-in';

/**
 * The manager's KPI dashboard in a real browser over the real API: the hand-computed KPI fixture
 * (organisation KPI, 2026-03-02 to 03-08) shows the figures the API computes; the period lives in the
 * URL (reload and Back keep it); a figure opens the records behind it; and in organisation ACME a
 * repair taken from the call to closure and a survey answer move this week's figures.
 */
let app: TestApp;
let fixture: KpiFixture;
let acme: GivenOrganisation;
let browser: Browser;
let desk: BrowserContext;
let phone: BrowserContext;

const MARCH = `from=${FIXTURE_PERIOD.from}&to=2026-03-08`;
const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString();
const localToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const addDays = (day: string, days: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

async function must<T>(org: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = { 'X-Org-Code': org }): Promise<T> {
  const result = await app.graphql<T>(query, variables, headers);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

type Card = { key: KpiKey; value: number | null };
async function apiCards(org: string, from: string, to: string): Promise<Card[]> {
  const data = await must<{ kpiDashboard: { cards: Card[] } }>(org, 'query($i: KpiDashboardInput!) { kpiDashboard(input: $i) { cards { key value } } }', {
    i: { from, to, compareToPrevious: true },
  });
  return data.kpiDashboard.cards;
}

async function figure(page: Page, key: KpiKey): Promise<string> {
  return (await page.getByTestId(`kpi-card-${key}`).getByTestId('kpi-figure').textContent()) ?? '';
}

async function waitForFigure(page: Page, key: KpiKey, text: string): Promise<void> {
  await page.getByTestId(`kpi-card-${key}`).getByTestId('kpi-figure').filter({ hasText: text }).waitFor();
}

beforeAll(async () => {
  app = await startTestApp({ webDist: path.join(REPO_ROOT, 'apps/web/dist') });
  fixture = await createKpiFixture(app.database.dataSource, 'KPI');
  acme = await anOrganisation('ACME').withOutlet('SH-01', '上海浦东服务中心').withProduct('KFR-35GW', '空调', 72).withStaff('tech01').create(app.database.dataSource);
  browser = await launchBrowser();
  desk = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  phone = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', isMobile: true, hasTouch: true });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

it('shows the API’s figures, keeps the period in the URL and opens the records behind a figure', async () => {
  // Users count as staff (training hours per head): both sessions exist before any figure is read.
  await app.signIn('KPI', { login: 'mgr01', role: 'MANAGER' });
  const cards = await apiCards('KPI', FIXTURE_PERIOD.from, FIXTURE_PERIOD.to);
  const page = await desk.newPage();
  await signInAs(page, app, { org: 'KPI', login: 'mgr01', role: 'MANAGER' }, `/?${MARCH}`);
  await waitForFigure(page, 'firstTimeFixRate', '50.0%');

  // Every card says what the API computes, in the domain's precision.
  expect(cards.map((card) => card.key)).toEqual([...KPI_KEYS]);
  for (const card of cards) expect(await figure(page, card.key)).toMatch(new RegExp(`^${formatKpiNumber(card.key, card.value).replace('.', '\\.')}`));
  expect(await figure(page, 'requestCount')).toBe('3');
  expect(await figure(page, 'responseOnTimeRate')).toBe('33.3%');
  await page.locator('.ant-spin-spinning').first().waitFor({ state: 'detached' });
  await screenshot(page, 'kpi-1-dashboard');

  // A preset changes the URL; a reload keeps the view, Back returns to March.
  const today = localToday();
  const firstOfMonth = `${today.slice(0, 7)}-01`;
  const lastMonth = { from: `${addDays(firstOfMonth, -1).slice(0, 7)}-01`, to: addDays(firstOfMonth, -1) };
  await page.getByLabel('统计期间', { exact: true }).click();
  await page.locator('.ant-picker-presets').getByText('上月', { exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('from') === lastMonth.from && url.searchParams.get('to') === lastMonth.to);
  await waitForFigure(page, 'requestCount', '0');
  await page.reload();
  await waitForFigure(page, 'requestCount', '0');
  expect(new URL(page.url()).searchParams.get('from')).toBe(lastMonth.from);
  expect(await page.getByLabel('统计期间', { exact: true }).inputValue()).toBe(lastMonth.from);
  await page.goBack();
  await waitForFigure(page, 'firstTimeFixRate', '50.0%');
  expect(new URL(page.url()).search).toBe(`?${MARCH}`);

  // The first-time-fix figure opens its two repairs: R1 fixed on one visit, R2 needing two.
  await page.getByTestId('kpi-card-firstTimeFixRate').getByRole('button').click();
  await page.waitForURL(/records=firstTimeFixRate/);
  const drawer = page.getByRole('dialog');
  const rows = drawer.getByTestId('kpi-records').locator('tbody tr.ant-table-row');
  await rows.nth(1).waitFor();
  expect(await rows.count()).toBe(2);
  const [r2] = await app.database.dataSource.query('SELECT code FROM service_requests WHERE id = $1', [fixture.ids.r2]);
  const failing = rows.filter({ hasText: '未达标' });
  expect(await failing.count()).toBe(1);
  expect(await failing.getByRole('link').getAttribute('href')).toBe(`/requests/${fixture.ids.r2}`);
  expect(await failing.getByRole('link').textContent()).toBe(r2.code);
  await screenshot(page, 'kpi-2-records');

  // The drill-down is part of the URL too: a reload reopens it.
  await page.reload();
  await page.getByRole('dialog').getByTestId('kpi-records').locator('tbody tr.ant-table-row').nth(1).waitFor();
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
  await page.waitForURL((url) => !url.searchParams.has('records'));

  // A point of the trend opens the records of its day.
  const chart = page.locator('.sd-kpi-chart .recharts-surface');
  await chart.scrollIntoViewIfNeeded();
  await chart.hover();
  await page.locator('.sd-kpi-chart .recharts-tooltip-wrapper').filter({ hasText: '工单量' }).waitFor();
  await chart.click();
  await page.waitForURL((url) => url.searchParams.get('recordsBy') === 'day' && /^2026-03-0[2-8]$/.test(url.searchParams.get('recordsValue') ?? ''));
  await page.getByRole('dialog').getByText('「工单量」明细').waitFor();
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
  await page.waitForURL((url) => !url.searchParams.has('records'));

  // A breakdown cell opens the records of its row: the Shanghai outlet's repairs.
  const breakdown = page.getByTestId('kpi-breakdown');
  await breakdown.getByRole('button', { name: /^SH-01的「一次修复率」/ }).click();
  await page.getByTestId('kpi-records-scope').filter({ hasText: '网点: SH-01' }).waitFor();
  await page.getByRole('dialog').getByTestId('kpi-records').locator('tbody tr.ant-table-row').first().waitFor();
  expect(new URL(page.url()).searchParams.get('recordsBy')).toBe('outlet');
  await page.getByRole('dialog').getByRole('button', { name: '关闭' }).click();
  await page.waitForURL((url) => !url.searchParams.has('records'));

  // In English (its messages load when chosen), also straight after a reload.
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await page.getByRole('heading', { level: 1, name: 'KPI dashboard' }).waitFor();
  expect(await page.getByTestId('kpi-card-firstTimeFixRate').getByText('first-time fix', { exact: true }).count()).toBe(1);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'KPI dashboard' }).waitFor();
  await waitForFigure(page, 'responseOnTimeRate', '33.3 %');
  await screenshot(page, 'kpi-6-dashboard-en');
  await page.close();
}, 240_000);

it('moves the figures when a repair is closed and its survey answered, and fits a phone', async () => {
  const today = localToday();
  const week = `from=${addDays(today, -6)}&to=${today}`;
  const page = await phone.newPage();
  await signInAs(page, app, { org: 'ACME', login: 'mgr02', role: 'MANAGER' }, `/?${week}`);
  await waitForFigure(page, 'requestCount', '0');
  expect(await figure(page, 'firstTimeFixRate')).toBe('—');
  expect(await figure(page, 'csatRate')).toBe('—');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);

  // A repair from the call to closure, fixed on the first visit, and the customer's survey answer (4 of 5).
  const run = <T>(query: string, variables: Record<string, unknown> = {}) => must<T>('ACME', query, variables);
  const { createServiceRequest: request } = await run<{ createServiceRequest: { id: string } }>(
    'mutation($i: CreateServiceRequestInput!) { createServiceRequest(input: $i) { id } }',
    { i: { type: 'REPAIR', channel: 'HOTLINE', priority: 'HIGH', outletId: acme.outletIds['SH-01'], productId: acme.productIds['KFR-35GW'], customerName: '陈静', customerPhone: '13700001234', faultDescription: '室外机不启动', reportedAt: hoursAgo(30) } },
  );
  const id = request.id;
  const technicianId = acme.staffIds['tech01'];
  await run('mutation($i: TransitionServiceRequestInput!) { acknowledgeServiceRequest(input: $i) { id } }', { i: { id, at: hoursAgo(29.5) } });
  await run('mutation($i: DispatchServiceRequestInput!) { dispatchServiceRequest(input: $i) { id } }', { i: { id, technicianId, at: hoursAgo(29) } });
  await run('mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id } }', {
    i: { requestId: id, technicianId, arrivedAt: hoursAgo(26), completedAt: hoursAgo(25), outcome: 'FIXED', diagnosis: '主板烧毁', actions: '更换主板', confirmedBy: '陈静' },
  });
  await run('mutation($i: TransitionServiceRequestInput!) { resolveServiceRequest(input: $i) { id } }', { i: { id, at: hoursAgo(25) } });
  await run('mutation($i: TransitionServiceRequestInput!) { closeServiceRequest(input: $i) { id } }', { i: { id, at: hoursAgo(24) } });
  const { createSurveyTemplate } = await run<{ createSurveyTemplate: { id: string } }>('mutation($i: CreateSurveyTemplateInput!) { createSurveyTemplate(input: $i) { id } }', { i: { code: 'CSAT', name: '满意度调查' } });
  const { createSurveyInvitation } = await run<{ createSurveyInvitation: { token: string } }>('mutation($i: CreateSurveyInvitationInput!) { createSurveyInvitation(input: $i) { token } }', {
    i: { requestId: id, templateId: createSurveyTemplate.id },
  });
  await must('ACME', 'mutation($t: String!, $a: SurveyAnswersInput!) { submitSurveyResponse(token: $t, answers: $a) { state } }', { t: createSurveyInvitation.token, a: { overall: 4, recommend: 9 } }, {});

  await page.reload();
  await waitForFigure(page, 'requestCount', '1');
  expect(await figure(page, 'firstTimeFixRate')).toBe('100.0%');
  expect(await figure(page, 'csatRate')).toBe('100.0%');
  const cards = await apiCards('ACME', addDays(today, -6), addDays(today, 1));
  expect(cards.find((card) => card.key === 'firstTimeFixRate')?.value).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await screenshot(page, 'kpi-3-dashboard-phone');

  // On the phone, the period picker and the records drawer fit the screen.
  await page.getByLabel('统计期间', { exact: true }).click();
  const picker = page.locator('.sd-kpi-range-popup');
  await picker.getByText('近 30 天', { exact: true }).waitFor();
  const box = await picker.locator('.ant-picker-panel-container').boundingBox();
  expect(box!.width).toBeLessThanOrEqual(375);
  await screenshot(page, 'kpi-4-period-picker-phone');
  await page.keyboard.press('Escape');
  await picker.waitFor({ state: 'hidden' });
  await page.getByTestId('kpi-card-firstTimeFixRate').getByRole('button').click();
  const records = page.getByRole('dialog').getByTestId('kpi-records');
  await records.getByRole('link').first().waitFor();
  await screenshot(page, 'kpi-5-records-phone');
  await records.getByRole('link').first().click();
  await page.waitForURL(new RegExp(`/requests/${id}$`));
  await page.close();
}, 240_000);
