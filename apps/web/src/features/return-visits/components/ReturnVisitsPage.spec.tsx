import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient, type MockResponse } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render';
import ReturnVisitsPage from './ReturnVisitsPage';

const SLOW = { timeout: 8000 };

function aReturnVisit(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ReturnVisit',
    id: 'rv-1',
    requestId: 'sr-1',
    requestCode: 'SR-2025-00001',
    customerName: '韩梅梅',
    customerPhone: '13912345678',
    outletName: '浦东服务中心',
    closedAt: new Date(Date.now() - 3 * 86400_000).toISOString(),
    dueAt: new Date(Date.now() - 3600_000).toISOString(),
    nextAttemptAt: null,
    status: 'SCHEDULED',
    statusLabel: '待回访',
    attemptCount: 0,
    outcome: null,
    outcomeLabel: null,
    rating: null,
    version: 1,
    staff: null,
    ...overrides,
  };
}

function setup(onRecord: (input: Record<string, unknown>) => MockResponse = () => ({})) {
  const calls: { name: string; variables: Record<string, unknown> }[] = [];
  const client = mockGraphqlClient((name, variables) => {
    calls.push({ name, variables });
    if (name === 'ReturnVisits') {
      return { data: { returnVisits: { __typename: 'ReturnVisitConnection', totalCount: 1, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [{ __typename: 'ReturnVisitEdge', node: aReturnVisit() }] } } };
    }
    if (name === 'RecordReturnVisitAttempt') return onRecord(variables['input'] as Record<string, unknown>);
    throw new Error(`unexpected operation ${name}`);
  });
  renderWithProviders(<ReturnVisitsPage />, { client, url: '/return-visits', path: '/return-visits' });
  return { calls };
}

describe('ReturnVisitsPage', () => {
  it('lists scheduled return visits with how late they are', async () => {
    const { calls } = setup();
    expect(await screen.findByText('SR-2025-00001')).toBeTruthy();
    expect(screen.getByText('已逾期')).toBeTruthy();
    expect(screen.getByText(/^已超时 1小时/)).toBeTruthy();
    expect(calls[0]?.variables).toEqual({ first: 20, filter: { statuses: ['SCHEDULED'] } });
  });

  it('asks for the rating of a completed visit before sending', async () => {
    const { calls } = setup();
    fireEvent.click(await screen.findByRole('button', { name: '记录 SR-2025-00001 的回访' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByText('回访成功'));
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByText('必填项', {}, SLOW)).toBeTruthy();
    expect(calls.some((call) => call.name === 'RecordReturnVisitAttempt')).toBe(false);
  });

  it('records an unreachable attempt without answers', async () => {
    const { calls } = setup(() => ({
      data: { recordReturnVisitAttempt: { __typename: 'ReturnVisit', id: 'rv-1', status: 'SCHEDULED', statusLabel: '待回访', attemptCount: 1, outcome: 'UNREACHABLE', outcomeLabel: '未接通', rating: null, version: 2, nextAttemptAt: null } },
    }));
    fireEvent.click(await screen.findByRole('button', { name: '记录 SR-2025-00001 的回访' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByText('未接通'));
    fireEvent.change(within(dialog).getByLabelText('备注'), { target: { value: '无人接听' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await screen.findByText('SR-2025-00001 的回访已记录', {}, SLOW)).toBeTruthy();
    await waitFor(() =>
      expect(calls.find((call) => call.name === 'RecordReturnVisitAttempt')?.variables).toEqual({
        input: { returnVisitId: 'rv-1', expectedVersion: 1, method: 'PHONE', outcome: 'UNREACHABLE', note: '无人接听', rating: null, recommend: null, comment: null },
      }),
    );
  });
});
