import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient, type MockResponse } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render';
import { NewRequestForm } from './NewRequestForm';

const OUTLETS = [{ __typename: 'Outlet', id: 'o-1', code: 'SH-PD', name: '浦东服务中心', kind: 'OWN', city: '上海', regionName: null }];
const PRODUCTS = [
  { __typename: 'Product', id: 'p-1', model: 'KFR-35GW', name: '壁挂式空调', category: 'AC', warrantyMonths: 36 },
  { __typename: 'Product', id: 'p-2', model: 'XQG100', name: '滚筒洗衣机', category: 'WM', warrantyMonths: 24 },
];

function setup(onCreate: (input: Record<string, unknown>) => MockResponse, language: 'zh-CN' | 'en' = 'zh-CN') {
  const sent: Record<string, unknown>[] = [];
  const client = mockGraphqlClient((name, variables) => {
    switch (name) {
      case 'Outlets':
        return { data: { outlets: OUTLETS } };
      case 'Products':
        return { data: { products: PRODUCTS } };
      case 'CreateServiceRequest': {
        const input = variables['input'] as Record<string, unknown>;
        sent.push(input);
        return onCreate(input);
      }
      default:
        throw new Error(`unexpected operation ${name}`);
    }
  });
  renderWithProviders(<NewRequestForm />, { client, language, url: '/requests/new', path: '/requests/new' });
  return { sent };
}

/** The antd form item (label, control, messages) of the field labelled `label`. */
function fieldItem(label: string): HTMLElement {
  const item = screen.getByLabelText(label).closest<HTMLElement>('.ant-form-item');
  if (!item) throw new Error(`no form item for ${label}`);
  return item;
}

async function choose(label: string, optionText: string) {
  fireEvent.mouseDown(screen.getByLabelText(label));
  const option = await waitFor(() => {
    const match = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].find(
      (element) => element.textContent === optionText,
    );
    if (!match) throw new Error(`option ${optionText} not shown for ${label}`);
    return match;
  });
  fireEvent.click(option);
}

function type(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function fillValidRepair() {
  await choose('服务类型', '维修');
  await choose('受理渠道', '服务热线');
  await choose('服务网点', '浦东服务中心（自营网点，上海）');
  await choose('产品', 'KFR-35GW · 壁挂式空调');
  type('客户姓名', ' 张三 ');
  type('联系电话', '13800138000');
  type('故障描述', '制冷效果差，有异响');
}

const submit = () => fireEvent.click(screen.getByRole('button', { name: '提交工单' }));

describe('NewRequestForm', () => {
  it('focuses the first field and defaults the priority to normal', async () => {
    setup(() => ({}));
    expect(screen.getByLabelText('服务类型')).toHaveProperty('id', 'newRequest_type');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('服务类型')));
    expect(within(fieldItem('优先级')).getByText('普通')).toBeTruthy();
  });

  it('shows the shared validation messages on each missing field and sends nothing', async () => {
    const { sent } = setup(() => ({}));
    submit();
    for (const label of ['服务类型', '受理渠道', '服务网点', '产品', '客户姓名', '联系电话']) {
      expect(await within(fieldItem(label)).findByText('必填项')).toBeTruthy();
    }
    expect(within(fieldItem('故障描述')).queryByText('必填项')).toBeNull();
    expect(sent).toEqual([]);
  });

  it('checks the phone number as it is typed, in the chosen language', async () => {
    setup(() => ({}), 'en');
    fireEvent.change(screen.getByLabelText('Customer phone'), { target: { value: '12345' } });
    expect(await within(fieldItem('Customer phone')).findByText('Enter a valid mainland mobile or landline number')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Customer phone'), { target: { value: '021-6123 4567' } });
    await waitFor(() => expect(within(fieldItem('Customer phone')).queryByText(/valid mainland/)).toBeNull());
  });

  it('requires a fault description for repairs only', async () => {
    const { sent } = setup(() => ({}));
    await fillValidRepair();
    type('故障描述', '');
    submit();
    expect(await within(fieldItem('故障描述')).findByText('必填项')).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it("puts the API's field errors on the matching fields", async () => {
    const { sent } = setup(() => ({
      errors: [
        {
          message: '输入有误',
          extensions: {
            code: 'BAD_USER_INPUT',
            fieldErrors: [
              { field: 'customerPhone', code: 'invalidPhone', message: '该号码已停机' },
              { field: 'outletId', code: 'notFound', message: '所选记录不存在' },
            ],
          },
        },
      ],
    }));
    await fillValidRepair();
    submit();
    expect(await within(fieldItem('联系电话')).findByText('该号码已停机')).toBeTruthy();
    expect(within(fieldItem('服务网点')).getByText('所选记录不存在')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('请修正标出的字段后再提交。');
    expect(sent).toHaveLength(1);
    expect(screen.getByTestId('location').textContent).toBe('/requests/new');
  });

  it('creates the request with the validated values, announces its code and opens the list', async () => {
    const { sent } = setup(() => ({
      data: {
        createServiceRequest: {
          __typename: 'ServiceRequest',
          id: 'sr-42',
          code: 'SR-2025-00042',
          status: 'NEW',
          reportedAt: '2025-03-15T08:00:00.000Z',
        },
      },
    }));
    await fillValidRepair();
    submit();
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/requests'));
    expect(await screen.findByText('工单 SR-2025-00042 已创建')).toBeTruthy();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      type: 'REPAIR',
      channel: 'HOTLINE',
      priority: 'NORMAL',
      outletId: 'o-1',
      productId: 'p-1',
      customerName: '张三',
      customerPhone: '13800138000',
      customerAddress: null,
      faultDescription: '制冷效果差，有异响',
      purchaseDate: null,
    });
    expect(sent[0]?.['reportedAt']).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});
