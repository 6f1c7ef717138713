import type { FieldError } from '@stardesk/domain';
import { describe, expect, it } from 'vitest';
import { fieldPath, mapDomainFieldErrors, mapServerFieldErrors } from './form-errors.util';

describe('fieldPath', () => {
  it.each([
    ['note', ['note']],
    ['parts.0.partId', ['parts', 0, 'partId']],
    ['parts.12.quantity', ['parts', 12, 'quantity']],
  ])('%s', (field, path) => {
    expect(fieldPath(field)).toEqual(path);
  });
});

describe('mapServerFieldErrors', () => {
  it('puts errors on the fields of the form, nested list fields included, one entry per field', () => {
    const mapped = mapServerFieldErrors(
      [
        { field: 'parts.1.partId', code: 'insufficientStock', message: '库存不足' },
        { field: 'outcome', code: 'required', message: '必填项' },
        { field: 'parts.1.partId', code: 'notFound', message: '所选记录不存在' },
        { field: 'outcome', code: 'required', message: '必填项' },
        { field: 'requestId', code: 'notFound', message: '工单不存在' },
      ],
      ['outcome', 'parts'],
    );
    expect(mapped.fields).toEqual([
      { name: ['parts', 1, 'partId'], errors: ['库存不足', '所选记录不存在'] },
      { name: ['outcome'], errors: ['必填项'] },
    ]);
    expect(mapped.unmatched).toEqual([{ field: 'requestId', code: 'notFound', message: '工单不存在' }]);
  });

  it('renames API fields the form calls differently', () => {
    const mapped = mapServerFieldErrors([{ field: 'technicianId', code: 'required', message: 'Required' }], ['technician'], { technicianId: 'technician' });
    expect(mapped.fields).toEqual([{ name: ['technician'], errors: ['Required'] }]);
  });
});

describe('mapDomainFieldErrors', () => {
  it('words the shared validator’s errors in the UI language', () => {
    const errors: FieldError[] = [
      { field: 'rating', code: 'required' },
      { field: 'at', code: 'inFuture' },
    ];
    expect(mapDomainFieldErrors(errors, ['rating'], 'zh-CN')).toEqual({ fields: [{ name: ['rating'], errors: ['必填项'] }], unmatched: [errors[1]] });
    expect(mapDomainFieldErrors(errors, ['rating'], 'en').fields).toEqual([{ name: ['rating'], errors: ['This field is required'] }]);
  });
});
