import type { ValidationFailed } from '../common/field-error';
import { validateVisitAmendment, type VisitFacts } from './visit-amendment';

const visit: VisitFacts = { outcome: 'FIXED', diagnosis: '主板烧毁', actions: '更换主板', customerFeedback: null };

describe('visit amendments', () => {
  it('records a corrected outcome with before and after', () => {
    expect(validateVisitAmendment(visit, { reason: '实际未修复', outcome: 'NOT_FIXED' }).changes).toEqual([{ field: 'outcome', before: 'FIXED', after: 'NOT_FIXED' }]);
  });

  it.each([
    [{ outcome: 'NOT_FIXED' }, 'reason:required'],
    [{ reason: '更正', outcome: 'BROKEN' }, 'outcome:invalidChoice'],
    [{ reason: '更正', diagnosis: '主板烧毁' }, 'reason:nothingToAmend'],
  ])('refuses %o', (draft, expected) => {
    try {
      validateVisitAmendment(visit, draft);
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as ValidationFailed).errors.map((e) => `${e.field}:${e.code}`)).toEqual([expected]);
    }
  });
});
