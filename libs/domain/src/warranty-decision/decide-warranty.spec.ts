import { ValidationFailed } from '../common/field-error';
import { decideWarranty, type WarrantyDecisionContext, type WarrantyDecisionDraft } from './decide-warranty';

const context: WarrantyDecisionContext = {
  derivedWarrantyStatus: 'IN_WARRANTY',
  reportedAt: new Date('2026-03-01T02:00:00Z'),
  previousDecidedAt: null,
  now: new Date('2026-03-05T10:00:00Z'),
};
const repair: WarrantyDecisionDraft = { decision: 'REPAIR', reason: '压缩机故障，保修期内免费维修', decidedById: 'm-1', decidedAt: '2026-03-02T08:00:00Z' };

function problems(draft: WarrantyDecisionDraft, given: Partial<WarrantyDecisionContext> = {}): string[] {
  try {
    decideWarranty(draft, { ...context, ...given });
    return [];
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    return error.errors.map((e) => `${e.field}:${e.code}`);
  }
}

describe('decideWarranty', () => {
  it('takes the coverage from the request’s warranty status', () => {
    expect(decideWarranty(repair, context)).toEqual({
      decision: 'REPAIR',
      reason: '压缩机故障，保修期内免费维修',
      inWarranty: true,
      derivedWarrantyStatus: 'IN_WARRANTY',
      warrantyOverridden: false,
      overrideReason: null,
      decidedById: 'm-1',
      decidedAt: new Date('2026-03-02T08:00:00Z'),
      refundAmount: null,
    });
    expect(decideWarranty(repair, { ...context, derivedWarrantyStatus: 'OUT_OF_WARRANTY' }).inWarranty).toBe(false);
  });

  it('lets the decider override the coverage with a reason', () => {
    const goodwill = decideWarranty({ ...repair, inWarranty: true, overrideReason: '过保 3 天，按承诺延保处理' }, { ...context, derivedWarrantyStatus: 'OUT_OF_WARRANTY' });
    expect(goodwill).toMatchObject({ inWarranty: true, warrantyOverridden: true, overrideReason: '过保 3 天，按承诺延保处理' });
  });

  it('records a refund with its amount, and defaults the time to now', () => {
    const refund = decideWarranty({ ...repair, decision: 'REFUND', refundAmount: 2999.5, decidedAt: null }, context);
    expect(refund).toMatchObject({ decision: 'REFUND', refundAmount: 2999.5, decidedAt: context.now });
  });

  it.each<[string, WarrantyDecisionDraft, Partial<WarrantyDecisionContext>, string[]]>([
    ['nothing', {}, {}, ['decision:required', 'reason:required', 'decidedById:required']],
    ['an unknown decision', { ...repair, decision: 'DISCOUNT' }, {}, ['decision:invalidChoice']],
    ['an override without a reason', { ...repair, inWarranty: false }, {}, ['overrideReason:required']],
    ['an unknown coverage left unstated', repair, { derivedWarrantyStatus: 'UNKNOWN' }, ['inWarranty:required']],
    ['a refund without an amount', { ...repair, decision: 'REFUND' }, {}, ['refundAmount:required']],
    ['a refund of nothing', { ...repair, decision: 'REFUND', refundAmount: 0 }, {}, ['refundAmount:outOfRange']],
    ['a refund of fractions of a fen', { ...repair, decision: 'REFUND', refundAmount: 10.005 }, {}, ['refundAmount:tooManyDecimals']],
    ['an amount on a repair', { ...repair, refundAmount: 100 }, {}, ['refundAmount:onlyForRefund']],
    ['a decision before the report', { ...repair, decidedAt: '2026-02-01T00:00:00Z' }, {}, ['decidedAt:beforeReported']],
    ['a decision before the one it supersedes', repair, { previousDecidedAt: new Date('2026-03-03T00:00:00Z') }, ['decidedAt:beforePreviousEvent']],
    ['a decision in the future', { ...repair, decidedAt: '2026-03-06T00:00:00Z' }, {}, ['decidedAt:inFuture']],
  ])('refuses %s', (_name, draft, given, expected) => {
    expect(problems(draft, given)).toEqual(expected);
  });

  it('accepts a stated coverage that agrees with the status without an override reason', () => {
    expect(problems({ ...repair, inWarranty: true })).toEqual([]);
    expect(decideWarranty({ ...repair, inWarranty: false }, { ...context, derivedWarrantyStatus: 'UNKNOWN' })).toMatchObject({ inWarranty: false, warrantyOverridden: false });
  });
});
