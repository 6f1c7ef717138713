import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient, type MockResponse } from '../../../testing/mock-graphql-client';
import { renderWithProviders, TEST_ORGANISATION } from '../../../testing/render';
import { dashboardPeriod } from '../dashboard-period.util';
import DashboardPage from './DashboardPage';

function setup(respond: () => MockResponse) {
  const sent: Record<string, unknown>[] = [];
  const client = mockGraphqlClient((name, variables) => {
    if (name !== 'ServiceRequestStats') throw new Error(`unexpected operation ${name}`);
    sent.push(variables);
    return respond();
  });
  renderWithProviders(<DashboardPage />, { client });
  return { sent };
}

const stats = (total: number, byStatus: { status: string; count: number }[], byMonth: { month: string; count: number }[]) => ({
  data: {
    serviceRequestStats: {
      __typename: 'ServiceRequestStats',
      total,
      byStatus: byStatus.map((row) => ({ __typename: 'StatusCount', ...row })),
      byMonth: byMonth.map((row) => ({ __typename: 'MonthCount', ...row })),
    },
  },
});

describe('DashboardPage', () => {
  it('asks for the last twelve months and shows the status figures', async () => {
    const period = dashboardPeriod(new Date(), TEST_ORGANISATION.timeZone);
    const { sent } = setup(() =>
      stats(
        12,
        [
          { status: 'NEW', count: 3 },
          { status: 'IN_PROGRESS', count: 2 },
          { status: 'RESOLVED', count: 1 },
          { status: 'CLOSED', count: 5 },
          { status: 'CANCELLED', count: 1 },
        ],
        [{ month: period.months[11]!, count: 12 }],
      ),
    );
    expect(within(await screen.findByTestId('stat-total')).getByText('12')).toBeTruthy();
    expect(within(screen.getByTestId('stat-open')).getByText('5')).toBeTruthy();
    expect(within(screen.getByTestId('stat-resolvedOrClosed')).getByText('6')).toBeTruthy();
    expect(within(screen.getByTestId('stat-cancelled')).getByText('1')).toBeTruthy();
    expect(sent[0]).toEqual({ filter: { reportedFrom: period.reportedFrom, reportedTo: period.reportedTo } });
    // Charts carry their figures as text for screen readers, months without requests included.
    const perMonth = screen.getByRole('figure', { name: '近 12 个月每月新报修的工单数量' });
    expect(within(perMonth).getAllByRole('listitem')).toHaveLength(12);
    const byStatus = screen.getByRole('figure', { name: '近 12 个月报修工单的当前状态' });
    expect(within(byStatus).getByText('已关闭: 5')).toBeTruthy();
    expect(within(byStatus).getByText('挂起: 0')).toBeTruthy();
  });

  it('says so when there were no requests', async () => {
    setup(() => stats(0, [], []));
    expect(await screen.findByText('近 12 个月没有工单')).toBeTruthy();
    expect(screen.getByRole('link', { name: '新建工单' }).getAttribute('href')).toBe('/requests/new');
  });

  it('offers a new request only to the roles that take requests', async () => {
    setup(() => {
      const empty = stats(0, [], []);
      return { data: { ...empty.data, me: { __typename: 'CurrentUser', id: 'staff-auditor', role: 'AUDITOR' } } };
    });
    expect(await screen.findByText('近 12 个月没有工单')).toBeTruthy();
    expect(screen.queryByRole('link', { name: '新建工单' })).toBeNull();
  });

  it('explains a failure and retries', async () => {
    let attempts = 0;
    setup(() => {
      attempts += 1;
      return attempts === 1 ? { errors: [{ message: '统计服务暂不可用' }] } : stats(1, [{ status: 'NEW', count: 1 }], []);
    });
    expect(await screen.findByText('无法加载统计数据')).toBeTruthy();
    expect(screen.getByText('统计服务暂不可用')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(within(await screen.findByTestId('stat-total')).getByText('1')).toBeTruthy();
  });
});
