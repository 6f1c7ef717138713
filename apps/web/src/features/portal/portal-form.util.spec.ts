import { validatePortalRequest } from '@stardesk/domain';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { portalErrorsToFields, toPortalDraft, toPortalInput } from './portal-form.util';

describe('portal request form', () => {
  it('turns form values into the validator’s draft and the mutation input', () => {
    const draft = toPortalDraft({
      customerName: ' 王芳 ', customerPhone: '138 0013 8000', customerAddress: '上海', productId: 'p-1',
      faultDescription: '不制冷', preferredDate: dayjs('2026-11-25'), preferredPeriod: 'MORNING',
    });
    expect(draft.preferredDate).toBe('2026-11-25');
    const checked = validatePortalRequest(draft, '2026-11-23');
    if (!checked.ok) throw new Error('expected valid');
    expect(toPortalInput(checked.value)).toEqual({
      serviceType: 'REPAIR', customerName: '王芳', customerPhone: '13800138000', customerAddress: '上海', productId: 'p-1',
      serialNo: null, faultDescription: '不制冷', preferredDate: '2026-11-25', preferredPeriod: 'MORNING', outletId: null,
    });
  });

  it('words the validator’s errors in the UI language and groups them per field', () => {
    const checked = validatePortalRequest(toPortalDraft({ customerPhone: '123' }), '2026-11-23');
    if (checked.ok) throw new Error('expected errors');
    const english = portalErrorsToFields(checked.errors, 'en');
    expect(english.fields.find((field) => field.name === 'customerPhone')?.errors).toEqual(['Enter a valid mainland mobile or landline number']);
    expect(english.fields.find((field) => field.name === 'productId')?.errors).toEqual(['Choose the product model or enter the serial number']);
    const chinese = portalErrorsToFields(checked.errors, 'zh-CN');
    expect(chinese.fields.find((field) => field.name === 'customerName')?.errors).toEqual(['必填项']);
  });

  it('keeps the API’s own wording and sends errors of unknown fields to the banner', () => {
    const mapped = portalErrorsToFields(
      [
        { field: 'outletId', code: 'notFound', message: '所选记录不存在' },
        { field: 'input', code: 'x', message: '其他问题' },
      ],
      'en',
    );
    expect(mapped).toEqual({ fields: [{ name: 'outletId', errors: ['所选记录不存在'] }], unmatched: ['其他问题'] });
  });
});
