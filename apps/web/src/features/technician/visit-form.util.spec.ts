import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { arrivalOf, checkVisit, partsInStockAt, toVisitInput, type SparePartOption } from './visit-form.util';

describe('toVisitInput', () => {
  it('trims texts, drops empty part lines and defaults the movement to fitted', () => {
    const input = toVisitInput('sr-1', 't-1', {
      arrivedAt: dayjs('2025-03-01T02:00:00.000Z'),
      outcome: 'FIXED',
      diagnosis: '  压缩机启动电容损坏 ',
      actions: '',
      confirmedBy: ' 张三 ',
      parts: [{ partId: 'p-1', quantity: 1, movement: null, faultySerial: ' ', replacementSerial: 'NEW-1' }, {}],
    });
    expect(input).toEqual({
      requestId: 'sr-1',
      technicianId: 't-1',
      arrivedAt: '2025-03-01T02:00:00.000Z',
      completedAt: null,
      outcome: 'FIXED',
      diagnosis: '压缩机启动电容损坏',
      actions: null,
      confirmedBy: '张三',
      customerFeedback: null,
      parts: [{ partId: 'p-1', quantity: 1, movement: 'CONSUMED', faultySerial: null, replacementSerial: 'NEW-1' }],
    });
  });
});

describe('checkVisit', () => {
  const reportedAt = '2025-03-01T00:00:00.000Z';
  const now = new Date('2025-03-01T06:00:00.000Z');
  it('puts the shared rules on the fields, part lines included', () => {
    const input = toVisitInput('sr-1', 't-1', {
      arrivedAt: dayjs('2025-02-28T00:00:00.000Z'),
      parts: [{ partId: null, quantity: 2 }],
    });
    const fields = checkVisit(input, reportedAt, now, 'en');
    expect(fields.map((field) => field.name)).toEqual(expect.arrayContaining([['outcome'], ['arrivedAt'], ['parts', 0, 'partId']]));
    expect(fields.find((field) => field.name[0] === 'outcome')?.errors).toEqual(['This field is required']);
  });
  it('accepts a complete report', () => {
    const input = toVisitInput('sr-1', 't-1', { arrivedAt: dayjs('2025-03-01T02:00:00.000Z'), completedAt: dayjs('2025-03-01T03:00:00.000Z'), outcome: 'FIXED' });
    expect(checkVisit(input, reportedAt, now, 'zh-CN')).toEqual([]);
  });
});

describe('partsInStockAt', () => {
  const part = (id: string, partNo: string, stock: { outletId: string; quantity: number }[]) => ({ id, partNo, name: id, price: 10, stock }) as SparePartOption;
  it('lists parts the outlet holds, by part number, with the quantity', () => {
    const parts = [part('b', 'P-2', [{ outletId: 'o-1', quantity: 3 }]), part('a', 'P-1', [{ outletId: 'o-1', quantity: 1 }, { outletId: 'o-2', quantity: 9 }]), part('c', 'P-3', [{ outletId: 'o-1', quantity: 0 }]), part('d', 'P-0', [])];
    expect(partsInStockAt(parts, 'o-1').map(({ part: item, quantity }) => [item.id, quantity])).toEqual([
      ['a', 1],
      ['b', 3],
    ]);
  });
});

describe('arrivalOf', () => {
  it('is the latest move into work', () => {
    expect(
      arrivalOf([
        { toStatus: 'NEW', at: '1' },
        { toStatus: 'IN_PROGRESS', at: '2' },
        { toStatus: 'ON_HOLD', at: '3' },
        { toStatus: 'IN_PROGRESS', at: '4' },
      ]),
    ).toBe('4');
    expect(arrivalOf([{ toStatus: 'DISPATCHED', at: '1' }])).toBeNull();
  });
});
