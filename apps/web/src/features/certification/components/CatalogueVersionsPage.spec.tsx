import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render';
import CatalogueVersionsPage from './CatalogueVersionsPage';

const criterion = (key: string, points: number, extra: Record<string, unknown> = {}) => ({
  __typename: 'CatalogCriterion',
  key,
  nameZh: `检查项 ${key}`,
  nameEn: `criterion ${key}`,
  points,
  method: 'MANUAL',
  documentType: null,
  kpi: null,
  statistic: null,
  comparator: null,
  threshold: null,
  recordType: null,
  sampleSize: null,
  checks: [],
  ...extra,
});

const version = {
  __typename: 'IndicatorCatalogVersion',
  id: 'v-1',
  versionNo: 1,
  label: 'stardesk-default-2026.1',
  note: null,
  createdAt: '2026-01-01T00:00:00Z',
  categories: [{ __typename: 'CatalogCategory', key: 'CUST', nameZh: '顾客服务', nameEn: 'Customer service', points: 25 }],
  indicators: [
    {
      __typename: 'CatalogIndicator',
      key: 'CUST.COMPL',
      category: 'CUST',
      nameZh: '投诉处理',
      nameEn: 'complaint handling',
      points: 13,
      criteria: [criterion('CUST.COMPL.1', 10), criterion('CUST.COMPL.2', 3, { method: 'KPI', kpi: 'complaintTimelyRate', comparator: 'AT_LEAST', threshold: 0.95 })],
    },
  ],
};

function setup() {
  const sent: Record<string, unknown>[] = [];
  const client = mockGraphqlClient((name, variables) => {
    if (name === 'IndicatorCatalogVersions') return { data: { indicatorCatalogVersions: [{ __typename: 'IndicatorCatalogVersion', id: 'v-1', versionNo: 1, label: version.label, note: null, createdAt: version.createdAt }] } };
    if (name === 'IndicatorCatalogVersion') return { data: { indicatorCatalogVersion: version } };
    if (name === 'CreateIndicatorCatalogVersion') {
      sent.push(variables);
      return {
        errors: [
          {
            message: '部分字段填写有误',
            extensions: {
              code: 'BAD_USER_INPUT',
              fieldErrors: [
                { field: 'indicators[0].criteria[1].evidence.threshold', code: 'outOfRange', message: '应在 0 到 1 之间' },
                { field: 'indicators[0].criteria', code: 'pointsMismatch', message: '分值合计应为 13，实际为 14' },
              ],
            },
          },
        ],
      };
    }
    throw new Error(`unexpected operation ${name}`);
  });
  renderWithProviders(<CatalogueVersionsPage />, { client, url: '/admin/catalogue', path: '/admin/catalogue' });
  return { sent };
}

describe('CatalogueVersionsPage', () => {
  it('shows the newest version with its criteria and evidence', async () => {
    setup();
    const viewed = await screen.findByTestId('catalogue-version', {}, { timeout: 5000 });
    expect(await within(viewed).findByText('检查项 CUST.COMPL.2')).toBeTruthy();
    expect(within(viewed).getByText('投诉处理及时率 ≥ 95.0%')).toBeTruthy();
  });

  it('puts the API’s errors at the criterion field and under the indicator, and keeps the edits', async () => {
    const { sent } = setup();
    await within(await screen.findByTestId('catalogue-version', {}, { timeout: 5000 })).findByText('检查项 CUST.COMPL.2');
    fireEvent.click(screen.getByRole('button', { name: /基于此版本新建/ }));
    fireEvent.change(screen.getByLabelText('阈值 CUST.COMPL.2'), { target: { value: '5' } });
    fireEvent.change(screen.getByLabelText('分值 CUST.COMPL.1'), { target: { value: '11' } });
    expect(screen.getByText('检查项分值合计 14，应为 13')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '保存为新版本' }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ input: { expectedLatestVersionNo: 1, label: 'stardesk-default-2026.1', indicators: [{ key: 'CUST.COMPL', points: 13, criteria: [{ points: 11 }, { threshold: 5 }] }] } });
    expect(await screen.findByText('应在 0 到 1 之间')).toBeTruthy();
    expect(screen.getByText('分值合计应为 13，实际为 14')).toBeTruthy();
    expect(screen.getByTestId('catalogue-errors').textContent).toContain('请更正标出的字段后再保存。');
    expect(Number((screen.getByLabelText('阈值 CUST.COMPL.2') as HTMLInputElement).value)).toBe(5);
  });
});
