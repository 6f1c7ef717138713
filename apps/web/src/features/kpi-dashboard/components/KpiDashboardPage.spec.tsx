import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient, type MockResponse } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render';
import { aCatalogWithThresholds, aKpiBreakdown, aKpiDashboard, KPI_FILTER_OPTIONS, someKpiRecords } from '../testing/kpi-dashboard.factory';
import KpiDashboardPage from './KpiDashboardPage';

const OUTLET = 'c0ffee00-0000-4000-8000-000000000001';

function setup({ url = '/?from=2026-11-01&to=2026-11-23', dashboard = () => ({ data: aKpiDashboard(FIGURES) }) as MockResponse } = {}) {
  const sent: { name: string; variables: Record<string, unknown> }[] = [];
  const client = mockGraphqlClient((name, variables) => {
    sent.push({ name, variables });
    switch (name) {
      case 'KpiDashboard':
        return dashboard();
      case 'KpiBreakdown':
        return { data: aKpiBreakdown('outlet', [{ key: OUTLET, label: '上海浦东服务中心', figures: { requestCount: { value: 4, population: 4 }, firstTimeFixRate: { value: 0.75, population: 4 } } }, { key: null, figures: {} }], { requestCount: { value: 4, population: 4 } }) };
      case 'KpiRecords':
        return { data: someKpiRecords([{ id: 'r-1', code: 'SR-0001' }, { id: 'r-2', code: 'SR-0002', failing: true, value: 2, target: 1 }]) };
      case 'KpiFilterOptions':
        return { data: KPI_FILTER_OPTIONS };
      case 'KpiCatalogTargets':
        return {
          data: aCatalogWithThresholds([
            { kpi: 'firstTimeFixRate', comparator: 'AT_LEAST', threshold: 0.9 },
            { kpi: 'resolutionHours', comparator: 'AT_MOST', threshold: 72, statistic: 'p90' },
          ]),
        };
      default:
        throw new Error(`unexpected operation ${name}`);
    }
  });
  renderWithProviders(<KpiDashboardPage />, { client, url });
  return { sent, location: () => screen.getByTestId('location').textContent ?? '' };
}

const FIGURES = {
  figures: {
    requestCount: { value: 4, population: 4 },
    firstTimeFixRate: { value: 0.75, population: 4 },
    responseMinutes: { value: 150, population: 4 },
  },
  previous: {
    requestCount: { value: 2, population: 2 },
    firstTimeFixRate: { value: 0.5, population: 2 },
    responseMinutes: { value: 100, population: 2 },
  },
  targets: { responseMinutes: 120 },
  trend: { requestCount: [{ value: 3, population: 3 }, { value: 1, population: 1 }] },
};

describe('KpiDashboardPage', () => {
  it('asks for the period of the URL with the previous one and shows each card with its change and target', async () => {
    const { sent } = setup();
    const fix = await screen.findByTestId('kpi-card-firstTimeFixRate');
    expect(within(fix).getByTestId('kpi-figure').textContent).toBe('75.0%');
    expect(within(fix).getByTestId('kpi-change').textContent).toContain('较上期+25.0 个百分点，向好');
    expect(within(fix).getByTestId('kpi-change').dataset['verdict']).toBe('better');
    // Rates are held to the certification threshold of the indicator catalogue.
    expect(await within(fix).findByText('目标 ≥ 90.0%（认证指标）')).toBeTruthy();
    expect(within(fix).getByTestId('kpi-target-status').textContent).toBe('未达标');

    const response = screen.getByTestId('kpi-card-responseMinutes');
    expect(within(response).getByTestId('kpi-figure').textContent).toBe('150.0 分钟');
    expect(within(response).getByText('目标 ≤ 120.0 分钟')).toBeTruthy();
    expect(within(response).getByTestId('kpi-target-status').textContent).toBe('未达标');
    expect(within(response).getByTestId('kpi-change').dataset['verdict']).toBe('worse');

    expect(within(screen.getByTestId('kpi-card-csatRate')).getByTestId('kpi-figure').textContent).toBe('—');
    expect(sent.find((operation) => operation.name === 'KpiDashboard')?.variables).toEqual({
      input: { from: '2026-11-01', to: '2026-11-24', filters: {}, compareToPrevious: true },
    });
  });

  it('narrows every query to the filters of the URL', async () => {
    const { sent } = setup({ url: `/?from=2026-10-01&to=2026-10-31&outlet=${OUTLET}&channel=HOTLINE` });
    await screen.findByTestId('kpi-card-requestCount');
    const dashboard = sent.find((operation) => operation.name === 'KpiDashboard')!.variables['input'];
    expect(dashboard).toMatchObject({ from: '2026-10-01', to: '2026-11-01', filters: { outletId: OUTLET, channel: 'HOTLINE' } });
    await waitFor(() => expect(sent.some((operation) => operation.name === 'KpiBreakdown')).toBe(true));
    expect(sent.find((operation) => operation.name === 'KpiBreakdown')!.variables['input']).toMatchObject({ dimension: 'outlet', filters: { outletId: OUTLET, channel: 'HOTLINE' } });
  });

  it('resets the period and filters to this month, keeping the chosen trend and breakdown', async () => {
    const { location } = setup({ url: `/?from=2026-10-01&to=2026-10-31&channel=HOTLINE&by=technician` });
    await screen.findByTestId('kpi-card-requestCount');
    const reset = screen.getByText('重置').closest('button')!;
    fireEvent.click(reset);
    expect(location()).not.toContain('channel=');
    expect(location()).not.toContain('from=2026-10-01');
    expect(location()).toContain('by=technician');
    expect(reset.disabled).toBe(true);
  });

  it('opens the records behind a figure in a drawer kept in the URL, with links to the requests', async () => {
    const { sent, location } = setup();
    fireEvent.click(within(await screen.findByTestId('kpi-card-firstTimeFixRate')).getByRole('button'));
    expect(location()).toContain('records=firstTimeFixRate');
    const drawer = await screen.findByRole('dialog');
    expect(within(drawer).getByText('「一次修复率」明细')).toBeTruthy();
    const link = await within(drawer).findByRole('link', { name: 'SR-0002' });
    expect(link.getAttribute('href')).toBe('/requests/r-2');
    expect(within(drawer).getByText('未达标')).toBeTruthy();
    const records = sent.filter((operation) => operation.name === 'KpiRecords').map((operation) => operation.variables);
    expect(records).toContainEqual({
      input: { from: '2026-11-01', to: '2026-11-24', filters: {}, kpi: 'firstTimeFixRate', dimension: null, dimensionValue: null, onlyFailing: false },
      first: 20,
    });
  });

  it('opens the records of one breakdown row', async () => {
    const { sent, location } = setup();
    const table = await screen.findByTestId('kpi-breakdown');
    fireEvent.click(await within(table).findByRole('button', { name: /上海浦东服务中心的「一次修复率」：75.0%/ }));
    expect(location()).toContain(`recordsBy=outlet&recordsValue=${OUTLET}`);
    expect(await screen.findByTestId('kpi-records-scope')).toHaveProperty('textContent', '网点: 上海浦东服务中心');
    await waitFor(() =>
      expect(sent.some((operation) => operation.name === 'KpiRecords' && (operation.variables['input'] as { dimension?: string }).dimension === 'outlet')).toBe(true),
    );
  });

  it('opens every record of a KPI from the breakdown’s total', async () => {
    const { location } = setup();
    const table = await screen.findByTestId('kpi-breakdown');
    fireEvent.click(await within(table).findByRole('button', { name: '合计的「工单量」：4，查看明细' }));
    expect(location()).toContain('records=requestCount');
    expect(location()).not.toContain('recordsBy=');
  });

  it('reopens the drill-down of a shared link, naming the outlet', async () => {
    setup({ url: `/?from=2026-11-01&to=2026-11-23&records=csatRate&recordsBy=outlet&recordsValue=${OUTLET}&failing=1` });
    expect((await screen.findByTestId('kpi-records-scope')).textContent).toBe('网点: 上海浦东服务中心');
    expect(within(screen.getByRole('dialog')).getByRole('switch')).toHaveProperty('ariaChecked', 'true');
  });

  it('opens the records of a trend bucket from the list beside the chart', async () => {
    const { location } = setup();
    fireEvent.click(await screen.findByRole('button', { name: '11/1：3，查看明细' }));
    expect(location()).toContain('records=requestCount&recordsBy=day&recordsValue=2026-11-01');
  });

  it('says when the period has no records', async () => {
    setup({ dashboard: () => ({ data: aKpiDashboard() }) });
    expect(await screen.findByText('所选期间和条件下没有任何记录')).toBeTruthy();
  });

  it('explains a failure and retries', async () => {
    let attempts = 0;
    setup({
      dashboard: () => {
        attempts += 1;
        return attempts === 1 ? { errors: [{ message: 'KPI 服务暂不可用' }] } : { data: aKpiDashboard(FIGURES) };
      },
    });
    expect(await screen.findByText('无法加载 KPI 数据')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByTestId('kpi-card-requestCount')).toBeTruthy();
  });
});

describe('KpiDashboardPage in English', () => {
  it('names the KPIs from the domain catalogue with English units', async () => {
    const client = mockGraphqlClient((name) => {
      if (name === 'KpiDashboard') return { data: aKpiDashboard(FIGURES) };
      if (name === 'KpiBreakdown') return { data: aKpiBreakdown('outlet', []) };
      if (name === 'KpiRecords') return { data: someKpiRecords([]) };
      if (name === 'KpiFilterOptions') return { data: KPI_FILTER_OPTIONS };
      return { data: aCatalogWithThresholds([]) };
    });
    renderWithProviders(<KpiDashboardPage />, { client, url: '/?from=2026-11-01&to=2026-11-23', language: 'en' });
    const response = await screen.findByTestId('kpi-card-responseMinutes');
    expect(within(response).getByText('response time')).toBeTruthy();
    expect(within(response).getByTestId('kpi-figure').textContent).toBe('150.0 min');
    expect(within(screen.getByTestId('kpi-card-firstTimeFixRate')).getByTestId('kpi-change').textContent).toContain('+25.0 pp vs previous, better');
    expect(screen.getByRole('heading', { level: 1, name: 'KPI dashboard' })).toBeTruthy();
  });
});
