import { ValidationFailed } from '../common/field-error';
import { validateStaffEvaluation, type StaffEvaluationDraft } from './staff-evaluation';

const valid: StaffEvaluationDraft = {
  staffId: 's-1',
  periodFrom: '2026-01-01',
  periodTo: '2026-03-31',
  attitude: 5,
  problemSolving: 4,
  satisfaction: 4,
  score: 88.5,
  evaluatorId: 'm-1',
  note: ' 一季度考评 ',
};

function problems(draft: StaffEvaluationDraft): string[] {
  try {
    validateStaffEvaluation(draft);
    return [];
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    return error.errors.map((e) => `${e.field}:${e.code}`);
  }
}

describe('validateStaffEvaluation', () => {
  it('accepts a quarter’s evaluation', () => {
    expect(validateStaffEvaluation(valid)).toEqual({ ...valid, note: '一季度考评' });
  });

  it.each<[string, StaffEvaluationDraft, string[]]>([
    [
      'nothing',
      {},
      ['staffId:required', 'periodFrom:required', 'periodTo:required', 'attitude:required', 'problemSolving:required', 'satisfaction:required', 'score:required', 'evaluatorId:required'],
    ],
    ['a period ending before it starts', { ...valid, periodTo: '2025-12-31' }, ['periodTo:beforeStart']],
    ['ratings off the 1–5 scale', { ...valid, attitude: 0, problemSolving: 6, satisfaction: 3.5 }, ['attitude:outOfRange', 'problemSolving:outOfRange', 'satisfaction:outOfRange']],
    ['a total above 100', { ...valid, score: 100.5 }, ['score:outOfRange']],
  ])('refuses %s', (_name, draft, expected) => {
    expect(problems(draft)).toEqual(expected);
  });
});
