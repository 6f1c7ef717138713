import { KPI_CATALOG, type DurationStats, type KpiKey, type KpiSummary } from '@stardesk/domain';
import { aCover } from '../../../../../tools/testing/evidence-index.factory';
import { pdfText } from '../../../../../tools/testing/pdf-text';
import { createTestDatabase, type TestDatabase } from '../../../../../tools/testing/test-database';
import { KpiSqlEngine } from '../../kpi/kpi-sql-engine';
import { seedDemo } from '../../seed/demo-seed';
import { loadKpiReportModel } from './kpi-report.loader';
import type { KpiReportModel } from './kpi-report.model';
import { renderKpiReportPdf } from './kpi-report.renderer';

/**
 * kpi-report.pdf's figures come from the KPI engine the dashboard reads. The demo history ends on
 * 2026-07-01, so the period [2026-04-01, 2026-09-01) has three months of records and two empty ones.
 */
let database: TestDatabase;
let orgId: string;
let model: KpiReportModel;
const period = { from: '2026-04-01', to: '2026-09-01' };
const cover = aCover({ organisationCode: 'DEMO', periodFrom: period.from, periodTo: period.to, generatedAt: '2026-09-02T00:00:00.000Z' });
const now = new Date(cover.generatedAt);

beforeAll(async () => {
  database = await createTestDatabase();
  await seedDemo(database.dataSource, { requests: 900, seed: 11, now: new Date('2026-07-01T00:00:00+08:00') });
  [{ id: orgId }] = (await database.dataSource.query(`SELECT id FROM organisations WHERE code = 'DEMO'`)) as { id: string }[];
  model = await loadKpiReportModel(database.dataSource, orgId, period.from, period.to, cover);
}, 180_000);
afterAll(async () => database?.drop());

/** The figure of a KPI as the model shows it (a duration by its statistic). */
function figure(summary: KpiSummary, key: KpiKey, statistic: 'mean' | 'p50' | 'p90' | null): number | null {
  const value = summary.kpis[key];
  return statistic ? (value as DurationStats)[statistic] : (value as number | null);
}

/** Equal, allowing the float noise of means summed in another order (rollups against facts). */
function expectSameFigure(actual: number | null, expected: number | null): void {
  if (expected === null) expect(actual).toBeNull();
  else expect(actual).toBeCloseTo(expected, 9);
}

it('lists every KPI of the domain catalogue, month by month, with its targets from the indicator catalogue', () => {
  expect(model.kpis.map((entry) => entry.key)).toEqual(KPI_CATALOG.map((definition) => definition.key));
  for (const entry of model.kpis) expect(entry.months.map((month) => month.month)).toEqual(['2026-04', '2026-05', '2026-06', '2026-07', '2026-08']);
  const byKey = new Map(model.kpis.map((entry) => [entry.key, entry]));
  expect(byKey.get('responseOnTimeRate')!.target).toEqual({ criterionCode: 'SYS.SUPV.1', comparator: '>=', threshold: 0.9 });
  expect(byKey.get('resolutionHours')).toMatchObject({ statistic: 'p90', target: { criterionCode: 'GOODS.REPAIR.4', comparator: '<=', threshold: 72 } });
  expect(byKey.get('responseMinutes')!.statistic).toBe('p90');
  expect(byKey.get('complaintHours')).toMatchObject({ statistic: 'mean', target: null });
  expect(model.previousPeriod).toEqual({ from: '2025-11-01', to: '2026-04-01' });
  expect(model.timeZone).toBe('Asia/Shanghai');
  expect(model.deadlines.responseMinutes.URGENT).toBeGreaterThan(0);
  expect(model.evaluatedAt).toBe(cover.generatedAt);
});

it('gives the figures of the KPI engine (computed from the facts, without the rollups), for the period, each month and the previous period', async () => {
  const facts = new KpiSqlEngine(database.dataSource.manager, { rollups: 'never' });
  const months = await facts.breakdown(orgId, period, 'month', { now });
  const previous = await facts.summary(orgId, model.previousPeriod, { now });
  expect(months.total.kpis.requestCount).toBeGreaterThan(50);
  for (const entry of model.kpis) {
    expectSameFigure(entry.value, figure(months.total, entry.key, entry.statistic));
    expect(entry.count).toBe(months.total.populations[entry.key]);
    expectSameFigure(entry.previous, figure(previous, entry.key, entry.statistic));
    expect(entry.previousCount).toBe(previous.populations[entry.key]);
    entry.months.forEach((month, index) => {
      expectSameFigure(month.value, figure(months.rows[index]!, entry.key, entry.statistic));
      expect(month.count).toBe(months.rows[index]!.populations[entry.key]);
    });
  }
});

it('has months that add up to the period where the KPI is additive, and empty months as null', () => {
  for (const entry of model.kpis.filter((kpi) => kpi.additive)) {
    expect(entry.months.reduce((sum, month) => sum + month.count, 0)).toBe(entry.count);
    for (const month of entry.months.filter((row) => row.month >= '2026-07')) {
      expect(month.count).toBe(0);
      expect(month.value).toBe(entry.key === 'requestCount' ? 0 : null);
    }
  }
  const requests = model.kpis.find((entry) => entry.key === 'requestCount')!;
  expect(requests.months.reduce((sum, month) => sum + (month.value ?? 0), 0)).toBe(requests.value);
  expect(requests.months.slice(0, 3).every((month) => month.count > 0)).toBe(true);
  // Head counts are taken at each month's end: the certified-staff rate has a figure in every month.
  expect(model.kpis.find((entry) => entry.key === 'certifiedStaffRate')!.months.every((month) => month.value !== null)).toBe(true);
});

it('cuts the main KPIs by outlet, named, adding up to the period', () => {
  expect(model.outlets.length).toBeGreaterThan(1);
  const total = model.kpis.find((entry) => entry.key === 'requestCount')!.value;
  expect(model.outlets.reduce((sum, outlet) => sum + (outlet.values.requestCount ?? 0), 0)).toBe(total);
  for (const outlet of model.outlets.filter((row) => row.outletId !== null)) expect(outlet.outletName).toMatch(/（.+）$/);
});

it('renders to a PDF that reads back with the organisation and every KPI name', async () => {
  const { text } = await pdfText(await renderKpiReportPdf(model, 'zh-CN'));
  const flat = text.replace(/\s+/g, '');
  expect(flat).toContain(cover.organisationName);
  for (const definition of KPI_CATALOG) expect(flat).toContain(definition.nameZh);
});
