import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient, type MockResponse } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render';
import ComplaintDetailPage from './ComplaintDetailPage';

const SLOW = { timeout: 8000 };
const HOUR = 3600_000;

function aComplaint(overrides: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    __typename: 'Complaint',
    id: 'cp-1',
    code: 'CP20250301-000001',
    category: '维修质量',
    channel: 'HOTLINE',
    severity: 'MAJOR',
    status: 'ACKNOWLEDGED',
    statusLabel: '处理中',
    escalationLevel: 2,
    escalationLevelLabel: '区域',
    escalatedDeadlines: [],
    description: '修好后第二天又不制冷',
    resolution: null,
    customerAccepted: null,
    receivedAt: new Date(now - 30 * HOUR).toISOString(),
    acknowledgedAt: new Date(now - 29 * HOUR).toISOString(),
    closedAt: null,
    version: 4,
    allowedCommands: ['ESCALATE', 'CLOSE'],
    customer: { __typename: 'Customer', id: 'c-1', name: '韩梅梅', phone: '13912345678' },
    outlet: { __typename: 'Outlet', id: 'o-1', name: '浦东服务中心' },
    request: { __typename: 'ComplaintRequestRef', id: 'sr-1', code: 'SR-1', status: 'CLOSED' },
    deadlines: {
      __typename: 'ComplaintDeadlines',
      ackDueAt: new Date(now - 6 * HOUR).toISOString(),
      resolutionDueAt: new Date(now - 2 * HOUR - 5 * 60_000).toISOString(),
      acknowledgedInTime: true,
      closedInTime: null,
      next: 'RESOLUTION',
      dueAt: new Date(now - 2 * HOUR - 5 * 60_000).toISOString(),
      minutesLeft: null,
      minutesOverdue: 125,
      overdue: true,
    },
    events: [
      { __typename: 'ComplaintEvent', id: 'e-1', action: 'RECEIVE', at: new Date(now - 30 * HOUR).toISOString(), fromStatus: null, toStatus: 'RECEIVED', fromLevel: null, toLevel: 1, escalationReason: null, deadline: null, note: null, actor: null },
      { __typename: 'ComplaintEvent', id: 'e-2', action: 'ESCALATE', at: new Date(now - HOUR).toISOString(), fromStatus: 'ACKNOWLEDGED', toStatus: 'ACKNOWLEDGED', fromLevel: 1, toLevel: 2, escalationReason: 'DEADLINE_PASSED', deadline: 'RESOLUTION', note: null, actor: null },
    ],
    ...overrides,
  };
}

function setup(onStep: (name: string, input: Record<string, unknown>) => MockResponse = () => ({})) {
  const steps: { name: string; input: Record<string, unknown> }[] = [];
  const client = mockGraphqlClient((name, variables) => {
    if (name === 'ComplaintDetail') return { data: { complaint: aComplaint() } };
    steps.push({ name, input: variables['input'] as Record<string, unknown> });
    return onStep(name, variables['input'] as Record<string, unknown>);
  });
  renderWithProviders(<ComplaintDetailPage />, { client, url: '/complaints/cp-1', path: '/complaints/:id' });
  return { steps };
}

describe('ComplaintDetailPage', () => {
  it('shows the escalation level, the overdue countdown and the automatic escalation in the history', async () => {
    setup();
    expect(await screen.findByRole('heading', { name: '投诉 CP20250301-000001' })).toBeTruthy();
    expect(screen.getAllByText('区域（2级）').length).toBeGreaterThan(0);
    expect(screen.getByText(/^已超时 2小时[56]分钟$/)).toBeTruthy();
    expect(screen.getByText('按时完成')).toBeTruthy();
    expect(screen.getByText(/（办结时限超时自动升级）/)).toBeTruthy();
    const actions = screen.getByRole('group', { name: '处理操作' });
    expect(within(actions).getAllByRole('button').map((button) => button.textContent)).toEqual(['升级', '办结']);
  });

  it('closes with the resolution and the customer’s answer, both required', async () => {
    const { steps } = setup(() => ({ data: { closeComplaint: { __typename: 'Complaint', id: 'cp-1', status: 'CLOSED', version: 5, allowedCommands: [] } } }));
    fireEvent.click(await screen.findByRole('button', { name: '办结' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getAllByRole('button', { name: '办结' }).at(-1)!);
    await waitFor(() => expect(within(dialog).getAllByText('必填项')).toHaveLength(2), SLOW);
    expect(steps).toEqual([]);

    fireEvent.change(within(dialog).getByLabelText('处理结果'), { target: { value: '上门复检并更换控制板' } });
    fireEvent.click(within(dialog).getByLabelText('认可'));
    fireEvent.click(within(dialog).getAllByRole('button', { name: '办结' }).at(-1)!);
    expect(await screen.findByText('CP20250301-000001 已办结', {}, SLOW)).toBeTruthy();
    expect(steps).toEqual([{ name: 'CloseComplaint', input: { id: 'cp-1', expectedVersion: 4, note: null, resolution: '上门复检并更换控制板', customerAccepted: true } }]);
  });

  it('shows a refusal of the API in the dialog', async () => {
    setup(() => ({ errors: [{ message: '投诉已被他人更新，请刷新后重试', extensions: { code: 'CONFLICT' } }] }));
    fireEvent.click(await screen.findByRole('button', { name: '升级' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('原因'), { target: { value: '客户要求总部处理' } });
    fireEvent.click(within(dialog).getAllByRole('button', { name: '升级' }).at(-1)!);
    expect(await within(dialog).findByText('投诉已被他人更新，请刷新后重试', {}, SLOW)).toBeTruthy();
  });
});
