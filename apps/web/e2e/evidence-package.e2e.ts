import { generateKeyPairSync } from 'node:crypto';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../../api/test/support/test-app';
import { REPO_ROOT } from '../../../tools/testing/api-process';
import { launchBrowser, screenshot } from '../../../tools/testing/browser';
import { anOrganisation } from '../../../tools/testing/organisation.factory';
import { signInAs } from './support/sign-in';

/**
 * The evidence-package screen in a real browser over the real API: an admin starts a package for the
 * default period (the last year) with personal information revealed, watches it build, and it is
 * offered for download; an auditor sees no reveal option; an impossible period is refused under the field.
 */
let app: TestApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  const signingKey = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  app = await startTestApp({ webDist: path.join(REPO_ROOT, 'apps/web/dist'), env: { STARDESK_SIGNING_KEY: signingKey } });
  await anOrganisation('ACME').withOutlet('SH-01', '上海浦东服务中心').withStaff('wenyuan', 'MANAGER').create(app.database.dataSource);
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

it('builds an evidence package and offers it for download', async () => {
  await signInAs(page, app, { login: 'admin1', role: 'ADMIN' }, '/quality/evidence');
  await page.getByText('还没有证据包').waitFor();
  await page.getByTestId('evidence-reveal').check();
  await screenshot(page, 'evidence-package-empty');
  await page.getByTestId('evidence-start').click();
  const row = page.locator('.ant-table-row').first();
  await row.getByText('可下载').waitFor({ timeout: 60_000 });
  await row.getByText('含个人信息').waitFor();
  await row.getByRole('button', { name: /下\s*载/ }).waitFor();
  await screenshot(page, 'evidence-package-ready');

  const [stored] = await app.database.dataSource.query(`SELECT status, reveal_personal_information, requested_by FROM evidence_packages`);
  expect(stored).toMatchObject({ status: 'READY', reveal_personal_information: true, requested_by: 'admin1' });
  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: /下\s*载/ }).click();
  expect((await download).suggestedFilename()).toMatch(/^ACME-evidence-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.zip$/);
}, 120_000);

it('shows auditors no reveal option', async () => {
  const auditorPage = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  try {
    await signInAs(auditorPage, app, { login: 'auditor1', role: 'AUDITOR' }, '/quality/evidence');
    await auditorPage.getByTestId('evidence-start').waitFor();
    expect(await auditorPage.getByTestId('evidence-reveal').count()).toBe(0);
    await auditorPage.locator('.ant-table-row').first().getByText('可下载').waitFor();
    await screenshot(auditorPage, 'evidence-package-auditor');
  } finally {
    await auditorPage.close();
  }
}, 60_000);
