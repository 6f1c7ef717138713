import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient, type MockResponse } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render';
import type { ServiceRequestConnection } from '../request-pages.util';
import { aConnection, aServiceRequestRow } from '../testing/service-request.factory';
import RequestsPage from './RequestsPage';

const OUTLETS = [
  { id: 'o-1', code: 'SH-PD', name: '浦东服务中心', kind: 'OWN', city: '上海', regionName: null },
  { id: 'o-2', code: 'HZ-XH', name: '西湖合作网点', kind: 'PARTNER', city: '杭州', regionName: null },
];

function withTypenames(connection: ServiceRequestConnection): Record<string, unknown> {
  return {
    __typename: 'ServiceRequestConnection',
    ...connection,
    pageInfo: { __typename: 'PageInfo', ...connection.pageInfo },
    edges: connection.edges.map((edge) => ({ __typename: 'ServiceRequestEdge', ...edge, node: { __typename: 'ServiceRequest', ...edge.node } })),
  };
}

function setup(url: string, pages: (variables: Record<string, unknown>) => MockResponse) {
  const requests: Record<string, unknown>[] = [];
  const client = mockGraphqlClient((name, variables) => {
    if (name === 'Outlets') return { data: { outlets: OUTLETS.map((outlet) => ({ __typename: 'Outlet', ...outlet })) } };
    if (name === 'ServiceRequests') {
      requests.push(variables);
      return pages(variables);
    }
    throw new Error(`unexpected operation ${name}`);
  });
  renderWithProviders(<RequestsPage />, { client, url, path: '/requests' });
  return { requests };
}

const location = () => screen.getByTestId('location').textContent;

describe('RequestsPage', () => {
  it('lists requests, then appends the next page from the end cursor', async () => {
    const first = [aServiceRequestRow().withCode('SR-A').build(), aServiceRequestRow().withCode('SR-B').build()];
    const second = [aServiceRequestRow().withCode('SR-C').withStatus('CLOSED').build()];
    const { requests } = setup('/requests', ({ after }) => ({
      data: {
        serviceRequests: withTypenames(
          after ? aConnection(second, { totalCount: 3 }) : aConnection(first, { totalCount: 3, hasNextPage: true }),
        ),
      },
    }));

    const table = await screen.findByRole('table', { name: '服务工单列表' });
    expect(await within(table).findByText('SR-A')).toBeTruthy();
    expect(screen.getByText('共 3 条，已显示 2 条')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await within(table).findByText('SR-C')).toBeTruthy();
    expect(within(table).getByText('已关闭')).toBeTruthy();
    expect(screen.getByText('共 3 条，已显示 3 条')).toBeTruthy();
    expect(screen.getByText('已全部加载')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '加载更多' })).toBeNull();
    expect(requests.at(-1)).toMatchObject({ first: 20, after: `cursor:${first[1]!.id}` });
  });

  it('keeps the loaded rows and explains when the next page fails', async () => {
    const first = [aServiceRequestRow().withCode('SR-1').build()];
    setup('/requests', ({ after }) =>
      after
        ? { errors: [{ message: '游标已失效' }] }
        : { data: { serviceRequests: withTypenames(aConnection(first, { totalCount: 2, hasNextPage: true })) } },
    );
    await screen.findByText('SR-1');
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    expect(await screen.findByText('加载更多失败：游标已失效')).toBeTruthy();
    expect(screen.getByText('SR-1')).toBeTruthy();
    // The button stays, to try again.
    expect(await screen.findByRole('button', { name: '加载更多' })).toBeTruthy();
  });

  it('queries with the filters in the URL, dates as a half-open interval in the organisation time zone', async () => {
    const { requests } = setup('/requests?status=NEW&status=ON_HOLD&outlet=o-2&from=2025-03-01&to=2025-03-31', () => ({
      data: { serviceRequests: withTypenames(aConnection([])) },
    }));
    expect(await screen.findByText('没有符合筛选条件的工单')).toBeTruthy();
    expect(requests[0]).toEqual({
      first: 20,
      filter: {
        statuses: ['NEW', 'ON_HOLD'],
        outletIds: ['o-2'],
        reportedFrom: '2025-02-28T16:00:00.000Z',
        reportedTo: '2025-03-31T16:00:00.000Z',
      },
    });
  });

  it('writes filter changes to the URL and clears them', async () => {
    const { requests } = setup('/requests?from=2025-01-01', () => ({ data: { serviceRequests: withTypenames(aConnection([])) } }));
    await screen.findByText('没有符合筛选条件的工单');

    fireEvent.mouseDown(screen.getByLabelText('状态'));
    const option = await waitFor(() => {
      const match = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((element) => element.textContent === '挂起');
      if (!match) throw new Error('status options not shown');
      return match;
    });
    fireEvent.click(option);
    await waitFor(() => expect(location()).toBe('/requests?status=ON_HOLD&from=2025-01-01'));
    await waitFor(() => expect(requests.at(-1)).toMatchObject({ filter: { statuses: ['ON_HOLD'] } }));

    fireEvent.click(screen.getAllByRole('button', { name: /清除筛选/ })[0]!);
    await waitFor(() => expect(location()).toBe('/requests'));
    await waitFor(() => expect(requests.at(-1)).toEqual({ first: 20, filter: {} }));
  });

  it('offers to create the first request when there are none', async () => {
    setup('/requests', () => ({ data: { serviceRequests: withTypenames(aConnection([])) } }));
    expect(await screen.findByText('暂无工单')).toBeTruthy();
    const links = screen.getAllByRole('link', { name: /新建工单/ });
    expect(links.every((link) => link.getAttribute('href') === '/requests/new')).toBe(true);
  });

  it('explains a failed load and retries', async () => {
    let attempts = 0;
    setup('/requests', () => {
      attempts += 1;
      return attempts === 1
        ? { errors: [{ message: '组织 ACME 不存在' }] }
        : { data: { serviceRequests: withTypenames(aConnection([aServiceRequestRow().withCode('SR-OK').build()])) } };
    });
    expect(await screen.findByText('无法加载工单')).toBeTruthy();
    expect(screen.getByText('组织 ACME 不存在')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(await screen.findByText('SR-OK')).toBeTruthy();
  });
});
