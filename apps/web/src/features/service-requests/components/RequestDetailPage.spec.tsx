import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient, type MockResponse } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render';
import { aRequestDetail } from '../testing/request-detail.factory';
import RequestDetailPage from './RequestDetailPage';

/** The form validates before it sends; on a loaded machine that takes more than the default second. */
const SLOW = { timeout: 8000 };

const TECHNICIANS = [{ __typename: 'StaffMember', id: 't-1', name: '王师傅', login: 'wang', phone: null, outletIds: ['o-1'] }];

function setup(detail: () => MockResponse, onMutation: (input: Record<string, unknown>) => MockResponse = () => ({})) {
  const calls: { name: string; variables: Record<string, unknown> }[] = [];
  const client = mockGraphqlClient((name, variables) => {
    calls.push({ name, variables });
    if (name === 'ServiceRequestDetail') return detail();
    if (name === 'Technicians') return { data: { staff: TECHNICIANS } };
    if (name === 'DispatchServiceRequest') return onMutation(variables['input'] as Record<string, unknown>);
    if (name === 'CreateSurveyInvitation') return onMutation(variables['input'] as Record<string, unknown>);
    throw new Error(`unexpected operation ${name}`);
  });
  renderWithProviders(<RequestDetailPage />, { client, url: '/requests/sr-1', path: '/requests/:id' });
  return { calls };
}

async function chooseTechnician() {
  const dialog = await screen.findByRole('dialog');
  fireEvent.mouseDown(within(dialog).getByLabelText('维修工程师'));
  const option = await waitFor(() => {
    const match = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find((element) => element.textContent === '王师傅 (wang)');
    if (!match) throw new Error('technicians not shown');
    return match;
  });
  fireEvent.click(option);
  return dialog;
}

describe('RequestDetailPage', () => {
  it('shows the request, its timeline and the actions its status allows, labelled by the domain', async () => {
    setup(() => ({ data: { serviceRequest: aRequestDetail() } }));
    expect(await screen.findByRole('heading', { name: '工单 SR-2025-00001' })).toBeTruthy();
    expect(screen.getByText('已电话确认')).toBeTruthy();
    expect(screen.getByText(/调度员李四/)).toBeTruthy();
    const actions = screen.getByRole('group', { name: '处理操作' });
    expect(within(actions).getAllByRole('button').map((button) => button.textContent)).toEqual(['派工', '取消']);
    expect(screen.getByText('按时完成')).toBeTruthy();
    expect(screen.getByText(/^剩余 /)).toBeTruthy();
  });

  it('dispatches to the chosen technician with the version it showed', async () => {
    const { calls } = setup(
      () => ({ data: { serviceRequest: aRequestDetail() } }),
      () => ({ data: { dispatchServiceRequest: { __typename: 'ServiceRequest', id: 'sr-1', status: 'DISPATCHED', version: 3, allowedCommands: ['START', 'CANCEL'] } } }),
    );
    fireEvent.click(await screen.findByRole('button', { name: '派工' }));
    const dialog = await chooseTechnician();
    fireEvent.click(within(dialog).getAllByRole('button', { name: '派工' }).at(-1)!);
    expect(await screen.findByText('SR-2025-00001 已派工', {}, SLOW)).toBeTruthy();
    expect(calls.find((call) => call.name === 'DispatchServiceRequest')?.variables).toEqual({
      input: { id: 'sr-1', expectedVersion: 2, note: null, technicianId: 't-1' },
    });
  });

  it("puts the API's field errors on the dialog's fields and other refusals in the dialog", async () => {
    setup(
      () => ({ data: { serviceRequest: aRequestDetail() } }),
      () => ({
        errors: [
          {
            message: '输入有误',
            extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'technicianId', code: 'notFound', message: '该工程师已离职' }, { field: 'at', code: 'beforePreviousEvent', message: '不能早于上一步' }] },
          },
        ],
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: '派工' }));
    const dialog = await chooseTechnician();
    fireEvent.click(within(dialog).getAllByRole('button', { name: '派工' }).at(-1)!);
    expect(await within(dialog).findByText('该工程师已离职', {}, SLOW)).toBeTruthy();
    expect(within(dialog).getByRole('alert').textContent).toContain('不能早于上一步');
  });

  it('asks for the reason before cancelling and sends nothing without one', async () => {
    const { calls } = setup(() => ({ data: { serviceRequest: aRequestDetail() } }));
    fireEvent.click(await screen.findByRole('button', { name: '取消' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('原因')).toBeTruthy();
    fireEvent.click(within(dialog).getAllByRole('button', { name: '取消' }).at(-1)!);
    expect(await within(dialog).findByText('请填写原因')).toBeTruthy();
    expect(calls.some((call) => call.name.startsWith('Cancel'))).toBe(false);
  });

  it('sends the survey link of a closed request and shows it once, to copy', async () => {
    const closed = aRequestDetail({ status: 'CLOSED', statusLabel: '已关闭', closedAt: '2025-03-02T02:00:00.000Z', allowedCommands: ['REOPEN'] });
    const { calls } = setup(
      () => ({ data: { serviceRequest: closed } }),
      () => ({
        data: {
          createSurveyInvitation: {
            __typename: 'CreatedSurveyInvitation',
            token: 'tok-123',
            path: '/survey/tok-123',
            invitation: { __typename: 'SurveyInvitation', id: 'inv-1', requestId: 'sr-1', sentAt: '2025-03-02T03:00:00.000Z', expiresAt: '2025-03-09T03:00:00.000Z', answeredAt: null, state: 'OPEN' },
          },
        },
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: '发送满意度调查链接' }));
    const link = (await screen.findByLabelText('调查链接', {}, SLOW)) as HTMLInputElement;
    expect(link.value).toBe(`${window.location.origin}/survey/tok-123`);
    expect(calls.find((call) => call.name === 'CreateSurveyInvitation')?.variables).toEqual({ input: { requestId: 'sr-1' } });
  });

  it('offers no survey link before the request is closed, and shows ratings already given', async () => {
    setup(() => ({
      data: {
        serviceRequest: aRequestDetail({
          surveyResponses: [{ __typename: 'SurveyResponse', id: 'r-1', overall: 4, recommend: 9, comment: '师傅很专业', source: 'RETURN_VISIT', submittedAt: '2025-03-03T02:00:00.000Z' }],
        } as never),
      },
    }));
    expect(await screen.findByText('工单关闭后可向客户发送满意度调查链接')).toBeTruthy();
    expect(screen.queryByRole('button', { name: '发送满意度调查链接' })).toBeNull();
    expect(screen.getByText('师傅很专业')).toBeTruthy();
    expect(screen.getByText('电话回访')).toBeTruthy();
  });

  it('says when the request does not exist, and explains a failed load', async () => {
    setup(() => ({ data: { serviceRequest: null } }));
    expect(await screen.findByText('工单不存在')).toBeTruthy();
  });

  it('explains a failed load with a retry', async () => {
    setup(() => ({ errors: [{ message: '组织 ACME 不存在' }] }));
    expect(await screen.findByText('无法加载工单')).toBeTruthy();
    expect(screen.getByRole('button', { name: '重试' })).toBeTruthy();
  });
});
