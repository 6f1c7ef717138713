import fc from 'fast-check';
import { ValidationFailed } from '../common/field-error';
import { responseIndex, validateSurveyAnswers, type SurveyAnswersDraft } from './survey-response';
import type { SurveyFactor } from './survey-template';

const factors: SurveyFactor[] = [
  { key: 'speed', labelZh: '响应速度', labelEn: 'Speed', weight: 0.4 },
  { key: 'skill', labelZh: '技术水平', labelEn: 'Skill', weight: 0.6 },
];
const answers = (overrides: Partial<SurveyAnswersDraft> = {}): SurveyAnswersDraft => ({
  overall: 4, recommend: 9, comment: '  很好 ', factorScores: [{ key: 'skill', score: 5 }, { key: 'speed', score: 3 }], ...overrides,
});

function codes(draft: SurveyAnswersDraft, of: SurveyFactor[] = factors): string[] {
  try {
    validateSurveyAnswers(of, draft);
  } catch (error) {
    if (error instanceof ValidationFailed) return error.errors.map((e) => `${e.field}:${e.code}`);
    throw error;
  }
  return [];
}

describe('validateSurveyAnswers', () => {
  it('accepts complete answers, in the template order', () => {
    expect(validateSurveyAnswers(factors, answers())).toEqual({
      overall: 4, recommend: 9, comment: '很好', factorScores: [{ key: 'speed', score: 3 }, { key: 'skill', score: 5 }],
    });
  });

  it('leaves "would recommend" and the comment optional', () => {
    expect(validateSurveyAnswers([], { overall: 2 })).toEqual({ overall: 2, recommend: null, comment: null, factorScores: [] });
  });

  it.each([
    [{ overall: null }, ['overall:required']],
    [{ overall: 0, recommend: -1 }, ['overall:outOfRange', 'recommend:outOfRange']],
    [{ overall: 3.5, recommend: 7.5 }, ['overall:outOfRange', 'recommend:outOfRange']],
    [{ factorScores: [{ key: 'speed', score: 3 }] }, ['factorScores.skill:required']],
    [{ factorScores: null }, ['factorScores.speed:required', 'factorScores.skill:required']],
    [{ factorScores: [{ key: 'speed', score: 6 }, { key: 'skill', score: 0 }] }, ['factorScores.speed:outOfRange', 'factorScores.skill:outOfRange']],
    [{ factorScores: [{ key: 'speed', score: 3 }, { key: 'skill', score: 3 }, { key: 'price', score: 3 }] }, ['factorScores.price:unknownFactor']],
    [{ factorScores: [{ key: 'speed', score: 3 }, { key: 'speed', score: 4 }, { key: 'skill', score: 3 }] }, ['factorScores.speed:duplicateKey']],
    [{ comment: '好'.repeat(1001) }, ['comment:tooLong']],
  ])('refuses %o field by field', (overrides, expected) => {
    expect(codes(answers(overrides as Partial<SurveyAnswersDraft>))).toEqual(expected);
  });
});

describe('responseIndex', () => {
  it('is 1000 for top scores, 0 for the lowest, and weighted in between', () => {
    expect(responseIndex(factors, [{ key: 'speed', score: 5 }, { key: 'skill', score: 5 }])).toBe(1000);
    expect(responseIndex(factors, [{ key: 'speed', score: 1 }, { key: 'skill', score: 1 }])).toBe(0);
    expect(responseIndex(factors, [{ key: 'speed', score: 5 }, { key: 'skill', score: 1 }])).toBeCloseTo(400, 9);
    expect(responseIndex([], [])).toBeNull();
  });

  it('stays on the 0–1000 scale for any answers', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), (speed, skill) => {
      const index = responseIndex(factors, [{ key: 'speed', score: speed }, { key: 'skill', score: skill }])!;
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThanOrEqual(1000 + 1e-9);
    }));
  });
});
