import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render';
import { PortalTestFrame } from '../testing/PortalTestFrame';
import PortalRequestPage from './PortalRequestPage';
import PortalTrackPage from './PortalTrackPage';

const TRACKED = {
  __typename: 'PortalRequestStatus',
  code: 'SR20261123-000001',
  type: 'REPAIR',
  status: 'DISPATCHED',
  statusLabel: '已安排工程师',
  reportedAt: '2026-11-23T02:00:00.000Z',
  product: '空调 KFR-35GW',
  technicianName: '王',
  appointment: null,
  timeline: [
    { __typename: 'PortalTimelineEntry', at: '2026-11-23T02:00:00.000Z', status: 'NEW', label: '已提交' },
    { __typename: 'PortalTimelineEntry', at: '2026-11-23T03:00:00.000Z', status: 'DISPATCHED', label: '已安排工程师' },
  ],
};

describe('PortalTrackPage', () => {
  it('shows the request for the right phone and the same “not found” for anything else', async () => {
    const asked: Record<string, unknown>[] = [];
    const client = mockGraphqlClient((name, variables) => {
      if (name !== 'TrackPortalRequest') throw new Error(`unexpected ${name}`);
      asked.push(variables);
      if (variables['phone'] === '13900000000') return { data: { trackPortalRequest: TRACKED } };
      return { errors: [{ message: '未找到与该单号和手机号匹配的服务申请，请核对后重试', extensions: { code: 'NOT_FOUND' } }] };
    });
    renderWithProviders(
      <PortalTestFrame>
        <PortalTrackPage />
      </PortalTestFrame>,
      { client, url: '/portal/ACME/track?code=SR20261123-000001', path: '/portal/:orgCode/track' },
    );
    expect(screen.getByLabelText('服务单号')).toHaveProperty('value', 'SR20261123-000001');

    fireEvent.change(screen.getByLabelText('手机号码'), { target: { value: '13800000000' } });
    fireEvent.click(screen.getByRole('button', { name: '查询' }));
    await screen.findByText('未找到服务单');

    fireEvent.change(screen.getByLabelText('手机号码'), { target: { value: '13900000000' } });
    fireEvent.click(screen.getByRole('button', { name: '查询' }));
    await screen.findByText('王师傅');
    expect(screen.getByTestId('tracked-status').textContent).toBe('已安排工程师');
    expect(screen.getByText('待安排，工程师会提前与您联系')).toBeTruthy();
    expect(asked.at(-1)).toEqual({ orgCode: 'ACME', code: 'SR20261123-000001', phone: '13900000000' });
  });

  it('asks for both fields before looking anything up', async () => {
    const client = mockGraphqlClient(() => {
      throw new Error('nothing should be sent');
    });
    renderWithProviders(
      <PortalTestFrame>
        <PortalTrackPage />
      </PortalTestFrame>,
      { client, url: '/portal/ACME/track', path: '/portal/:orgCode/track', language: 'en' },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(screen.getAllByText('This field is required')).toHaveLength(2));
  });
});

describe('PortalRequestPage', () => {
  it('checks the fields in the page, sends a valid request and shows its code', async () => {
    const sent: Record<string, unknown>[] = [];
    const client = mockGraphqlClient((name, variables) => {
      if (name !== 'SubmitPortalRequest') throw new Error(`unexpected ${name}`);
      sent.push(variables);
      return { data: { submitPortalRequest: { __typename: 'PortalSubmission', code: 'SR20261123-000007', status: 'NEW', statusLabel: '已提交' } } };
    });
    renderWithProviders(
      <PortalTestFrame>
        <PortalRequestPage />
      </PortalTestFrame>,
      { client, url: '/portal/ACME/request', path: '/portal/:orgCode/request' },
    );
    fireEvent.change(screen.getByLabelText('手机号码'), { target: { value: '123' } });
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    await screen.findByText('请输入有效的手机号或固定电话');
    expect(screen.getByText('请选择产品型号或填写产品序列号')).toBeTruthy();
    expect(sent).toHaveLength(0);

    fireEvent.change(screen.getByLabelText('您的姓名'), { target: { value: '王芳' } });
    fireEvent.change(screen.getByLabelText('手机号码'), { target: { value: '13800138000' } });
    fireEvent.change(screen.getByLabelText('服务地址'), { target: { value: '上海市' } });
    fireEvent.change(screen.getByLabelText('产品序列号'), { target: { value: 'SN-1' } });
    fireEvent.change(screen.getByLabelText('问题描述'), { target: { value: '不制冷' } });
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    await screen.findByTestId('request-code');
    expect(screen.getByTestId('request-code').textContent).toContain('SR20261123-000007');
    expect(sent[0]).toMatchObject({ orgCode: 'ACME', input: { serialNo: 'SN-1', productId: null, customerPhone: '13800138000', serviceType: 'REPAIR' } });
  });

  it('shows the API’s field errors on their fields', async () => {
    const client = mockGraphqlClient(() => ({
      errors: [{ message: '部分字段填写有误', extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'productId', code: 'productOrSerialRequired', message: '未登记的序列号' }] } }],
    }));
    renderWithProviders(
      <PortalTestFrame>
        <PortalRequestPage />
      </PortalTestFrame>,
      { client, url: '/portal/ACME/request', path: '/portal/:orgCode/request' },
    );
    fireEvent.change(screen.getByLabelText('您的姓名'), { target: { value: '王芳' } });
    fireEvent.change(screen.getByLabelText('手机号码'), { target: { value: '13800138000' } });
    fireEvent.change(screen.getByLabelText('服务地址'), { target: { value: '上海市' } });
    fireEvent.change(screen.getByLabelText('产品序列号'), { target: { value: 'SN-X' } });
    fireEvent.change(screen.getByLabelText('问题描述'), { target: { value: '不制冷' } });
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }));
    await screen.findByText('未登记的序列号');
    expect(screen.getByText('请修正标出的内容后再提交。')).toBeTruthy();
  });
});
