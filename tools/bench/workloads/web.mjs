// Web dashboard: initial JS gzipped, from the build's own budget check (apps/web/tools/check-bundle-
// budget.mjs; the web app is built first when apps/web/dist is missing), and the first render of the
// dashboard's figures in headless Chromium (playwright-core, /usr/bin/chromium): signed in once through
// the sign-in screen, then the time from navigating to `/` (the KPI dashboard, the home of managers and
// admins) until the first KPI card shows its figure.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DEMO_LOGIN, startApi } from '../lib/api.mjs';
import { figure } from '../lib/figures.mjs';
import { ROOT } from '../lib/processes.mjs';
import { median } from '../lib/stats.mjs';

const require = createRequire(import.meta.url);
const DIST = path.join(ROOT, 'apps/web/dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The flags of tools/testing/browser.ts (README: Debian's Chromium, no background traffic).
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
/** The KPI dashboard's first card figure (features/kpi-dashboard/components/KpiCards.tsx). */
const FIRST_FIGURE = '[data-testid="kpi-card-requestCount"] [data-testid="kpi-figure"]';

function initialJsKb(log) {
  if (!existsSync(path.join(DIST, 'index.html'))) {
    log('web: building apps/web (vite) for the budget check …');
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/web/vite.config.ts', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
  let output;
  try {
    output = execFileSync(process.execPath, ['apps/web/tools/check-bundle-budget.mjs'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    output = `${error.stdout ?? ''}${error.stderr ?? ''}`;
  }
  const match = /initial JS ([\d.]+) kB gzipped/.exec(output);
  if (!match) throw new Error(`no figure in the budget check's output:\n${output}`);
  return Number(match[1]);
}

async function firstRenders(dataset, runs, log) {
  if (!existsSync(CHROMIUM)) return { note: `no Chromium at ${CHROMIUM}` };
  const { chromium } = require('playwright-core');
  const api = await startApi({ ...dataset.env(), STARDESK_WEB_DIST: DIST });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ locale: 'zh-CN' });
    await page.goto(`${api.url}/`);
    await page.getByLabel('组织代码', { exact: true }).fill(DEMO_LOGIN.organisation);
    await page.getByLabel('登录名', { exact: true }).fill(DEMO_LOGIN.login);
    await page.getByLabel('密码', { exact: true }).fill(DEMO_LOGIN.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.locator(FIRST_FIGURE).first().waitFor({ timeout: 60_000 });
    const times = [];
    for (let run = 0; run < Math.max(3, runs); run++) {
      const started = Date.now();
      await page.goto(`${api.url}/`, { waitUntil: 'commit' });
      await page.locator(FIRST_FIGURE).first().waitFor({ timeout: 60_000 });
      times.push((Date.now() - started) / 1000);
    }
    log(`web: first KPI figure ${times.map((t) => t.toFixed(2)).join(', ')} s`);
    return { times };
  } finally {
    await browser.close();
    await api.stop();
  }
}

export async function webWorkload(dataset, { runs, log }) {
  const kb = initialJsKb(log);
  const render = await firstRenders(dataset, runs, log).catch((error) => ({ note: `failed: ${String(error.message).split('\n')[0]}` }));
  return {
    figures: [
      figure('web dashboard', 'initial JS gzipped', kb, 'kB', { target: { op: '<=', value: 250 } }),
      figure('web dashboard', 'first KPI render (Chromium, localhost)', render.times ? median(render.times) : null, 's', {
        target: { op: '<=', value: 1.5 }, runs: render.times ?? [], note: render.note }),
    ],
    details: { render: render.note ?? 'signed in as the demo admin; `/` is the KPI dashboard (this month so far, no filter); timed from navigation to the request-count card\'s figure' },
  };
}
