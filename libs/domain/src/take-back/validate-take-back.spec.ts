import { ValidationFailed } from '../common/field-error';
import { hazardousDisposalError, validateTakeBack, type TakeBackDraft } from './validate-take-back';

const now = new Date('2026-03-05T10:00:00Z');
const valid: TakeBackDraft = {
  outletId: 'o-1',
  productId: 'p-1',
  quantity: 3,
  disposalMethod: 'CERTIFIED_DISPOSAL',
  disposer: ' 上海绿环再生资源有限公司 ',
  certificateNo: 'HW-2026-0301',
  collectedAt: '2026-03-04T06:00:00Z',
};

function problems(draft: TakeBackDraft): string[] {
  try {
    validateTakeBack(draft, now);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    return error.errors.map((e) => `${e.field}:${e.code}`);
  }
}

describe('validateTakeBack', () => {
  it('accepts a certified disposal, trimming texts and leaving optional links empty', () => {
    expect(validateTakeBack(valid, now)).toEqual({
      outletId: 'o-1',
      productId: 'p-1',
      quantity: 3,
      disposalMethod: 'CERTIFIED_DISPOSAL',
      disposer: '上海绿环再生资源有限公司',
      certificateNo: 'HW-2026-0301',
      collectedAt: new Date('2026-03-04T06:00:00Z'),
      customerId: null,
      requestId: null,
      note: null,
    });
  });

  it('lets a recycler take goods without a certificate and defaults the collection to now', () => {
    expect(validateTakeBack({ ...valid, disposalMethod: 'RECYCLER', certificateNo: null, collectedAt: null }, now)).toMatchObject({ certificateNo: null, collectedAt: now });
  });

  it.each<[string, TakeBackDraft, string[]]>([
    ['nothing', {}, ['outletId:required', 'productId:required', 'quantity:required', 'disposalMethod:required', 'disposer:required']],
    ['a zero quantity', { ...valid, quantity: 0 }, ['quantity:outOfRange']],
    ['half a unit', { ...valid, quantity: 1.5 }, ['quantity:outOfRange']],
    ['an unknown method', { ...valid, disposalMethod: 'LANDFILL' }, ['disposalMethod:invalidChoice']],
    ['a certified disposal without certificate', { ...valid, certificateNo: ' ' }, ['certificateNo:required']],
    ['a collection in the future', { ...valid, collectedAt: '2026-03-06T00:00:00Z' }, ['collectedAt:inFuture']],
    ['overlong texts', { ...valid, disposer: 'x'.repeat(101), certificateNo: 'y'.repeat(65) }, ['disposer:tooLong', 'certificateNo:tooLong']],
  ])('refuses %s', (_name, draft, expected) => {
    expect(problems(draft)).toEqual(expected);
  });

  it('sends hazardous products only to the manufacturer or a certified disposer', () => {
    expect(hazardousDisposalError('RECYCLER', true)).toEqual({ field: 'disposalMethod', code: 'hazardousDisposal' });
    expect(hazardousDisposalError('MANUFACTURER_RETURN', true)).toBeNull();
    expect(hazardousDisposalError('RECYCLER', false)).toBeNull();
  });
});
