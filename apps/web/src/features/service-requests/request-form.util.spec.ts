import { validateNewServiceRequest, type FieldError } from '@stardesk/domain';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  domainErrorsToFields,
  messagesForField,
  serverErrorsToFields,
  toCreateInput,
  toDraft,
  type NewRequestFormValues,
} from './request-form.util';

const NOW = new Date('2025-03-15T08:00:00.000Z');

function aCompleteForm(overrides: Partial<NewRequestFormValues> = {}): NewRequestFormValues {
  return {
    type: 'REPAIR',
    channel: 'HOTLINE',
    priority: 'NORMAL',
    outletId: 'o-1',
    productId: 'p-1',
    customerName: '  张三 ',
    customerPhone: '138 0013 8000',
    customerAddress: '上海市浦东新区世纪大道 1 号',
    serialNo: '',
    purchaseDate: dayjs('2024-06-18'),
    faultDescription: '制冷效果差',
    reportedAt: dayjs('2025-03-15T07:30:00.000Z'),
    ...overrides,
  };
}

describe('toDraft', () => {
  it('turns picker values into a calendar day and an instant', () => {
    const draft = toDraft(aCompleteForm());
    expect(draft.purchaseDate).toBe('2024-06-18');
    expect(draft.reportedAt).toBe('2025-03-15T07:30:00.000Z');
  });

  it('treats untouched fields as missing', () => {
    expect(toDraft({})).toEqual({
      type: null,
      channel: null,
      priority: null,
      outletId: null,
      productId: null,
      customerName: null,
      customerPhone: null,
      customerAddress: null,
      serialNo: null,
      purchaseDate: null,
      faultDescription: null,
      reportedAt: null,
    });
  });
});

describe('toCreateInput', () => {
  it('sends the validated, trimmed values with the report time as ISO', () => {
    const result = validateNewServiceRequest(toDraft(aCompleteForm()), NOW);
    if (!result.ok) throw new Error(`expected a valid form, got ${JSON.stringify(result.errors)}`);
    expect(toCreateInput(result.value)).toEqual({
      type: 'REPAIR',
      channel: 'HOTLINE',
      priority: 'NORMAL',
      outletId: 'o-1',
      productId: 'p-1',
      customerName: '张三',
      customerPhone: '138 0013 8000',
      customerAddress: '上海市浦东新区世纪大道 1 号',
      serialNo: null,
      purchaseDate: '2024-06-18',
      faultDescription: '制冷效果差',
      reportedAt: '2025-03-15T07:30:00.000Z',
    });
  });

  it('defaults the report time to now when left empty', () => {
    const result = validateNewServiceRequest(toDraft(aCompleteForm({ reportedAt: null })), NOW);
    if (!result.ok) throw new Error('expected a valid form');
    expect(toCreateInput(result.value).reportedAt).toBe(NOW.toISOString());
  });
});

describe('domainErrorsToFields (with the shared validator)', () => {
  it.each([
    {
      name: 'empty form: every required field, in Chinese',
      values: {},
      locale: 'zh-CN' as const,
      expected: [
        { name: 'type', errors: ['必填项'] },
        { name: 'channel', errors: ['必填项'] },
        { name: 'outletId', errors: ['必填项'] },
        { name: 'productId', errors: ['必填项'] },
        { name: 'customerName', errors: ['必填项'] },
        { name: 'customerPhone', errors: ['必填项'] },
      ],
    },
    {
      name: 'repair without a fault description, in English',
      values: aCompleteForm({ faultDescription: '   ' }),
      locale: 'en' as const,
      expected: [{ name: 'faultDescription', errors: ['This field is required'] }],
    },
    {
      name: 'installation needs no fault description',
      values: aCompleteForm({ type: 'INSTALLATION', faultDescription: null }),
      locale: 'en' as const,
      expected: [],
    },
    {
      name: 'bad phone and a purchase date in the future',
      values: aCompleteForm({ customerPhone: '12345', purchaseDate: dayjs('2025-04-01') }),
      locale: 'zh-CN' as const,
      expected: [
        { name: 'customerPhone', errors: ['请输入有效的手机号或固定电话'] },
        { name: 'purchaseDate', errors: ['不能晚于当前时间'] },
      ],
    },
    {
      name: 'name too long, with the limit in the message',
      values: aCompleteForm({ customerName: '名'.repeat(65) }),
      locale: 'en' as const,
      expected: [{ name: 'customerName', errors: ['Must be at most 64 characters'] }],
    },
    {
      name: 'reported an hour in the future',
      values: aCompleteForm({ reportedAt: dayjs('2025-03-15T09:00:00.000Z') }),
      locale: 'en' as const,
      expected: [{ name: 'reportedAt', errors: ['Cannot be in the future'] }],
    },
  ])('$name', ({ values, locale, expected }) => {
    const result = validateNewServiceRequest(toDraft(values), NOW);
    const errors = result.ok ? [] : result.errors;
    expect(domainErrorsToFields(errors, locale)).toEqual({ fields: expected, unmatched: [] });
  });

  it('groups several errors of one field and keeps errors about unknown fields apart', () => {
    const errors: FieldError[] = [
      { field: 'customerName', code: 'required' },
      { field: 'customerName', code: 'tooLong', params: { max: 64 } },
      { field: 'customer.vip', code: 'invalidChoice', params: { allowed: 'Y, N' } },
    ];
    expect(domainErrorsToFields(errors, 'en')).toEqual({
      fields: [{ name: 'customerName', errors: ['This field is required', 'Must be at most 64 characters'] }],
      unmatched: [errors[2]],
    });
  });
});

describe('serverErrorsToFields', () => {
  it('puts the API messages on the matching fields', () => {
    const mapped = serverErrorsToFields([
      { field: 'customerPhone', code: 'invalidPhone', message: 'Enter a valid mainland mobile or landline number' },
      { field: 'outletId', code: 'notFound', message: 'The selected record does not exist' },
      { field: 'serialNo', code: 'serialBelongsToOtherProduct', message: 'Registered to KFR-35GW' },
    ]);
    expect(mapped).toEqual({
      fields: [
        { name: 'customerPhone', errors: ['Enter a valid mainland mobile or landline number'] },
        { name: 'outletId', errors: ['The selected record does not exist'] },
        { name: 'serialNo', errors: ['Registered to KFR-35GW'] },
      ],
      unmatched: [],
    });
  });

  it('reports errors on fields the form does not have separately, and drops repeated messages', () => {
    const orgError = { field: 'organisation', code: 'notFound', message: '组织不存在' };
    const mapped = serverErrorsToFields([
      { field: 'type', code: 'required', message: '必填项' },
      { field: 'type', code: 'required', message: '必填项' },
      orgError,
    ]);
    expect(mapped).toEqual({ fields: [{ name: 'type', errors: ['必填项'] }], unmatched: [orgError] });
  });
});

describe('messagesForField', () => {
  it('picks the messages of one field only', () => {
    const errors: FieldError[] = [
      { field: 'type', code: 'required' },
      { field: 'customerPhone', code: 'invalidPhone' },
    ];
    expect(messagesForField(errors, 'customerPhone', 'en')).toEqual(['Enter a valid mainland mobile or landline number']);
    expect(messagesForField(errors, 'channel', 'en')).toEqual([]);
  });
});
