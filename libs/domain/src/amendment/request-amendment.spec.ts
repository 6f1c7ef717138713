import { type ValidationFailed } from '../common/field-error';
import { validateRequestAmendment, type RequestFacts } from './request-amendment';

const current: RequestFacts = { type: 'REPAIR', channel: 'HOTLINE', priority: 'NORMAL', faultDescription: '不制冷', outletId: 'o-1' };

function codes(draft: Parameters<typeof validateRequestAmendment>[1]): string[] {
  try {
    validateRequestAmendment(current, draft);
    return [];
  } catch (error) {
    return (error as ValidationFailed).errors.map((e) => `${e.field}:${e.code}`);
  }
}

describe('request amendments', () => {
  it('records only the fields that change, with before and after', () => {
    const amendment = validateRequestAmendment(current, { reason: '客服录入错误', priority: 'HIGH', channel: 'HOTLINE' });
    expect(amendment.changes).toEqual([{ field: 'priority', before: 'NORMAL', after: 'HIGH' }]);
    expect(amendment.facts.priority).toBe('HIGH');
  });

  it.each([
    [{ priority: 'HIGH' }, ['reason:required']],
    [{ reason: '更正', priority: 'ASAP' }, ['priority:invalidChoice']],
    [{ reason: '更正', faultDescription: '  ' }, ['faultDescription:required']],
    [{ reason: '更正', priority: 'NORMAL' }, ['reason:nothingToAmend']],
  ])('refuses %o', (draft, expected) => {
    expect(codes(draft)).toEqual(expected);
  });

  it('allows clearing the fault of a request that is no longer a repair', () => {
    const amendment = validateRequestAmendment(current, { reason: '实为安装', type: 'INSTALLATION', faultDescription: null });
    expect(amendment.changes.map((change) => change.field)).toEqual(['type', 'faultDescription']);
  });
});
