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

interface Lookups {
  customers?: Record<string, unknown>[];
  units?: Record<string, unknown>[];
  openRequests?: (search: string) => Record<string, unknown>[];
}

function setup(onCreate: (input: Record<string, unknown>) => MockResponse, language: 'zh-CN' | 'en' = 'zh-CN', lookups: Lookups = {}) {
  const sent: Record<string, unknown>[] = [];
  const searches: string[] = [];
  const client = mockGraphqlClient((name, variables) => {
    switch (name) {
      case 'CustomerByPhone':
        return { data: { customers: { __typename: 'CustomerConnection', edges: (lookups.customers ?? []).map((node) => ({ __typename: 'CustomerEdge', node: { __typename: 'Customer', ...node } })) } } };
      case 'UnitsBySerial':
        return { data: { productUnits: { __typename: 'ProductUnitConnection', edges: (lookups.units ?? []).map((node) => ({ __typename: 'ProductUnitEdge', node: { __typename: 'ProductUnit', ...node } })) } } };
      case 'OpenRequestsMatching': {
        const search = variables['search'] as string;
        searches.push(search);
        const nodes = lookups.openRequests?.(search) ?? [];
        return {
          data: {
            serviceRequests: {
              __typename: 'ServiceRequestConnection',
              totalCount: nodes.length,
              edges: nodes.map((node) => ({ __typename: 'ServiceRequestEdge', node: { __typename: 'ServiceRequest', ...node } })),
            },
          },
        };
      }
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
  return { sent, searches };
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
  it('starts at the caller’s phone number and defaults the priority to normal', async () => {
    setup(() => ({}));
    expect(screen.getByLabelText('联系电话')).toHaveProperty('id', 'newRequest_customerPhone');
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('联系电话')));
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

  it('finds a known caller by phone, fills in name and address and warns of their open request', async () => {
    const { searches } = setup(() => ({}), 'zh-CN', {
      customers: [{ id: 'c-1', name: '李雷', phone: '13800138000', address: '上海市浦东新区世纪大道 1 号' }],
      openRequests: (search) =>
        search === '13800138000'
          ? [
              {
                id: 'sr-7',
                code: 'SR-2025-00007',
                status: 'DISPATCHED',
                reportedAt: '2025-03-01T02:00:00.000Z',
                serialNo: null,
                customer: { __typename: 'Customer', id: 'c-1', name: '李雷', phone: '13800138000' },
                product: { __typename: 'Product', id: 'p-1', model: 'KFR-35GW' },
              },
            ]
          : [],
    });
    const phone = screen.getByLabelText('联系电话');
    fireEvent.change(phone, { target: { value: '138-0013-8000' } });
    fireEvent.keyDown(phone, { key: 'Enter' });
    expect(await screen.findByText('老客户：李雷（已自动填入姓名和地址）')).toBeTruthy();
    expect((screen.getByLabelText('客户姓名') as HTMLInputElement).value).toBe('李雷');
    expect((screen.getByLabelText('服务地址') as HTMLInputElement).value).toBe('上海市浦东新区世纪大道 1 号');
    const warning = await screen.findByTestId('duplicate-warning');
    expect(within(warning).getByText('该客户或产品已有 1 张未完结工单，请确认是否重复报修')).toBeTruthy();
    expect(within(warning).getByRole('link', { name: 'SR-2025-00007' }).getAttribute('href')).toBe('/requests/sr-7');
    expect(searches).toEqual(['13800138000']);
  });

  it('does not overwrite a name already typed, and says when the caller is new', async () => {
    setup(() => ({}), 'zh-CN', { customers: [] });
    type('客户姓名', '王五');
    const phone = screen.getByLabelText('联系电话');
    fireEvent.change(phone, { target: { value: '13912345678' } });
    fireEvent.blur(phone);
    expect(await screen.findByText('新客户：提交后自动建档')).toBeTruthy();
    expect((screen.getByLabelText('客户姓名') as HTMLInputElement).value).toBe('王五');
    expect(screen.queryByTestId('duplicate-warning')).toBeNull();
  });

  it('finds a unit by serial, shows its warranty and fills in product and purchase date', async () => {
    setup(() => ({}), 'en', {
      units: [
        {
          id: 'u-1',
          serialNo: 'SN-0001',
          purchaseDate: '2024-05-01',
          warrantyEnd: '2027-04-30',
          warrantyStatus: 'IN_WARRANTY',
          product: { __typename: 'Product', id: 'p-2', model: 'XQG100', name: '滚筒洗衣机' },
          customer: null,
        },
      ],
    });
    const serial = screen.getByLabelText('Serial number');
    fireEvent.change(serial, { target: { value: 'sn-0001' } });
    fireEvent.keyDown(serial, { key: 'Enter' });
    const hint = await screen.findByTestId('unit-hint');
    expect(hint.textContent).toContain('Registered unit: XQG100 · 滚筒洗衣机');
    expect(within(hint).getByText('In warranty')).toBeTruthy();
    expect(within(hint).getByText('Covered until 2027-04-30')).toBeTruthy();
    await waitFor(() => expect(within(fieldItem('Product')).getByText('XQG100 · 滚筒洗衣机')).toBeTruthy());
    await waitFor(() => expect((screen.getByLabelText('Purchase date') as HTMLInputElement).value).toBe('2024-05-01'));
  });

  it('says when a serial is not registered', async () => {
    setup(() => ({}), 'zh-CN', { units: [{ id: 'u-9', serialNo: 'SN-00011', purchaseDate: null, warrantyEnd: null, warrantyStatus: 'UNKNOWN', product: { __typename: 'Product', id: 'p-1', model: 'KFR-35GW', name: '壁挂式空调' }, customer: null }] });
    const serial = screen.getByLabelText('序列号');
    fireEvent.change(serial, { target: { value: 'SN-0001' } });
    fireEvent.blur(serial);
    expect(await screen.findByText('该序列号尚未登记，请选择产品')).toBeTruthy();
  });

  it('creates the request with the validated values, announces its code and opens it', async () => {
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
    await waitFor(() => expect(screen.getByTestId('location').textContent).toBe('/requests/sr-42'));
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
