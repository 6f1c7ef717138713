import type { ValidationFailed } from '../common/field-error';
import { validateComplaintAmendment, type ComplaintFacts } from './complaint-amendment';

const closed: ComplaintFacts = { severity: 'NORMAL', category: '服务态度', description: '工程师迟到', resolution: '已致歉' };

describe('complaint amendments', () => {
  it('corrects the severity of a closed complaint, keeping before and after', () => {
    expect(validateComplaintAmendment(closed, { reason: '实为重大投诉', severity: 'MAJOR' }, true).changes).toEqual([{ field: 'severity', before: 'NORMAL', after: 'MAJOR' }]);
  });

  it.each([
    [{ severity: 'MAJOR' }, 'reason:required'],
    [{ reason: '更正', resolution: '' }, 'resolution:required'],
    [{ reason: '更正', category: '服务态度' }, 'reason:nothingToAmend'],
    [{ reason: '更正', severity: 'MINOR' }, 'severity:invalidChoice'],
  ])('refuses %o', (draft, expected) => {
    try {
      validateComplaintAmendment(closed, draft, true);
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as ValidationFailed).errors.map((e) => `${e.field}:${e.code}`)).toEqual([expected]);
    }
  });
});
