import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockGraphqlClient, type MockResponse } from '../../../testing/mock-graphql-client';
import { renderWithProviders } from '../../../testing/render';
import { aRequestDetail } from '../../service-requests/testing/request-detail.factory';
import { VisitForm } from './VisitForm';

const SLOW = { timeout: 8000 };

const PARTS = [
  { __typename: 'SparePart', id: 'part-1', partNo: 'CAP-35', name: '启动电容', price: 35, stock: [{ __typename: 'StockLevel', outletId: 'o-1', quantity: 2 }] },
  { __typename: 'SparePart', id: 'part-2', partNo: 'FAN-01', name: '风扇电机', price: 120, stock: [{ __typename: 'StockLevel', outletId: 'o-2', quantity: 5 }] },
];

function setup(onRecord: (input: Record<string, unknown>) => MockResponse) {
  const sent: Record<string, unknown>[] = [];
  const client = mockGraphqlClient((name, variables) => {
    if (name === 'SpareParts') return { data: { spareParts: PARTS } };
    if (name === 'RecordVisit') {
      sent.push(variables['input'] as Record<string, unknown>);
      return onRecord(variables['input'] as Record<string, unknown>);
    }
    throw new Error(`unexpected operation ${name}`);
  });
  const request = aRequestDetail({ status: 'IN_PROGRESS', reportedAt: new Date(Date.now() - 5 * 3600_000).toISOString() });
  renderWithProviders(<VisitForm request={request} technicianId="t-1" arrivedAt={new Date(Date.now() - 3600_000).toISOString()} />, { client, url: '/tech/jobs/sr-1', path: '/tech/jobs/:id' });
  return { sent };
}

async function addPart() {
  fireEvent.click(screen.getByRole('button', { name: '添加配件' }));
  fireEvent.mouseDown(await screen.findByLabelText('配件'));
  const option = await waitFor(() => {
    const options = [...document.querySelectorAll<HTMLElement>('.ant-select-item-option')].map((element) => element);
    // Only the outlet's stock is offered.
    expect(options.map((element) => element.textContent)).toEqual(['CAP-35 · 启动电容（库存 2）']);
    return options[0]!;
  }, SLOW);
  fireEvent.click(option);
}

describe('VisitForm', () => {
  it('needs an outcome before anything is sent', async () => {
    const { sent } = setup(() => ({}));
    fireEvent.click(screen.getByRole('button', { name: '保存上门记录' }));
    const outcome = screen.getByText('处理结果').closest<HTMLElement>('.ant-form-item')!;
    expect(await within(outcome).findByText('必填项', {}, SLOW)).toBeTruthy();
    expect(sent).toEqual([]);
  });

  it('sends the visit with the part from stock, and puts the API’s verdict on that part line', async () => {
    const { sent } = setup(() => ({
      errors: [{ message: '部分字段填写有误', extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'parts.0.quantity', code: 'insufficientStock', message: '库存不足（剩余 1）' }] } }],
    }));
    fireEvent.change(screen.getByLabelText('故障诊断'), { target: { value: '启动电容击穿' } });
    await addPart();
    fireEvent.click(screen.getByText('已修复'));
    fireEvent.change(screen.getByLabelText('客户确认人'), { target: { value: '韩梅梅' } });
    fireEvent.click(screen.getByRole('button', { name: '保存上门记录' }));
    const quantity = screen.getByLabelText('数量').closest<HTMLElement>('.ant-form-item')!;
    expect(await within(quantity).findByText('库存不足（剩余 1）', {}, SLOW)).toBeTruthy();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      requestId: 'sr-1',
      technicianId: 't-1',
      outcome: 'FIXED',
      diagnosis: '启动电容击穿',
      confirmedBy: '韩梅梅',
      parts: [{ partId: 'part-1', quantity: 1, movement: 'CONSUMED', faultySerial: null, replacementSerial: null }],
    });
  });
});
