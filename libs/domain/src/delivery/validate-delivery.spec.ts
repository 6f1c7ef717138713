import { ValidationFailed } from '../common/field-error';
import { deliveryPunctuality } from './delivery.types';
import { validateDeliveryCompletion, validateDeliverySchedule, type DeliveryCompletionDraft, type DeliveryScheduleDraft } from './validate-delivery';

const reportedAt = new Date('2026-03-01T02:00:00Z');
const now = new Date('2026-03-05T10:00:00Z');
const request = { type: 'INSTALLATION' as const, reportedAt };

function problems(run: () => unknown): string[] {
  try {
    run();
    return [];
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    return error.errors.map((e) => `${e.field}:${e.code}`);
  }
}

describe('validateDeliverySchedule', () => {
  const window: DeliveryScheduleDraft = { scheduledFrom: '2026-03-06T01:00:00Z', scheduledTo: '2026-03-06T04:00:00Z', note: ' 需带梯子 ', staffId: ' s-1 ' };

  it('accepts a window for an installation, trimming what it keeps', () => {
    expect(validateDeliverySchedule(window, request)).toEqual({
      scheduledFrom: new Date('2026-03-06T01:00:00Z'),
      scheduledTo: new Date('2026-03-06T04:00:00Z'),
      staffId: 's-1',
      unitId: null,
      note: '需带梯子',
    });
  });

  it.each<[string, DeliveryScheduleDraft, string[]]>([
    ['no window', {}, ['scheduledFrom:required', 'scheduledTo:required']],
    ['a window ending before it starts', { ...window, scheduledTo: '2026-03-06T00:59:00Z' }, ['scheduledTo:beforeStart']],
    ['a window before the report', { scheduledFrom: '2026-02-28T01:00:00Z', scheduledTo: '2026-02-28T02:00:00Z' }, ['scheduledFrom:beforeReported']],
    ['an unreadable time', { ...window, scheduledFrom: 'tomorrow' }, ['scheduledFrom:invalidDate']],
    ['an overlong note', { ...window, note: 'x'.repeat(1001) }, ['note:tooLong']],
  ])('refuses %s', (_name, draft, expected) => {
    expect(problems(() => validateDeliverySchedule(draft, request))).toEqual(expected);
  });

  it('refuses a request that is not a delivery or an installation, naming the allowed types', () => {
    try {
      validateDeliverySchedule(window, { type: 'REPAIR', reportedAt });
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as ValidationFailed).errors).toEqual([{ field: 'requestId', code: 'requestTypeNotAllowed', params: { type: 'REPAIR', allowed: 'DELIVERY, INSTALLATION' } }]);
    }
  });
});

describe('validateDeliveryCompletion', () => {
  const done: DeliveryCompletionDraft = { doneAt: '2026-03-05T09:00:00Z', condition: 'INTACT', signerName: ' 李雷 ' };
  const context = { reportedAt, now };

  it('accepts a signed, intact hand-over and defaults the time to now', () => {
    expect(validateDeliveryCompletion(done, context)).toEqual({ doneAt: new Date('2026-03-05T09:00:00Z'), condition: 'INTACT', signerName: '李雷', staffId: null, note: null });
    expect(validateDeliveryCompletion({ ...done, doneAt: null }, context).doneAt).toEqual(now);
  });

  it.each<[string, DeliveryCompletionDraft, string[]]>([
    ['nothing', {}, ['condition:required', 'signerName:required']],
    ['an unknown condition', { ...done, condition: 'WET' }, ['condition:invalidChoice']],
    ['damage without a note', { ...done, condition: 'DAMAGED_PRODUCT' }, ['note:required']],
    ['a time before the report', { ...done, doneAt: '2026-02-01T00:00:00Z' }, ['doneAt:beforeReported']],
    ['a time in the future', { ...done, doneAt: '2026-03-05T11:00:00Z' }, ['doneAt:inFuture']],
    ['an overlong signer', { ...done, signerName: '名'.repeat(65) }, ['signerName:tooLong']],
  ])('refuses %s', (_name, draft, expected) => {
    expect(problems(() => validateDeliveryCompletion(draft, context))).toEqual(expected);
  });

  it('accepts damage with a note saying what is wrong', () => {
    expect(validateDeliveryCompletion({ ...done, condition: 'DAMAGED_PACKAGING', note: '外箱一角压扁，机器完好' }, context).note).toBe('外箱一角压扁，机器完好');
  });
});

describe('deliveryPunctuality', () => {
  const window = { from: new Date('2026-03-06T01:00:00Z'), to: new Date('2026-03-06T04:00:00Z') };
  it.each([
    ['2026-03-06T00:59:59Z', 'EARLY'],
    ['2026-03-06T01:00:00Z', 'ON_TIME'],
    ['2026-03-06T04:00:00Z', 'ON_TIME'],
    ['2026-03-06T04:00:01Z', 'LATE'],
  ])('done at %s is %s', (doneAt, expected) => {
    expect(deliveryPunctuality(window, new Date(doneAt))).toBe(expected);
  });
});
