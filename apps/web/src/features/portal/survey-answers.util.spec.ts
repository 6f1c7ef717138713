import { describe, expect, it } from 'vitest';
import { emptyAnswers, toSurveyAnswersInput, unansweredQuestions } from './survey-answers.util';

describe('survey answers', () => {
  it('asks for the overall rating and every factor, but not the recommendation', () => {
    const answers = emptyAnswers(['speed', 'skill']);
    expect(unansweredQuestions(answers)).toEqual(['overall', 'speed', 'skill']);
    expect(unansweredQuestions({ ...answers, overall: 4, factorScores: { speed: 5, skill: null } })).toEqual(['skill']);
    expect(unansweredQuestions({ ...answers, overall: 4, factorScores: { speed: 5, skill: 3 } })).toEqual([]);
  });

  it('sends the scores, and an empty comment as none', () => {
    expect(toSurveyAnswersInput({ overall: 5, recommend: 9, comment: '  ', factorScores: { speed: 4 } })).toEqual({
      overall: 5, recommend: 9, comment: null, factorScores: [{ key: 'speed', score: 4 }],
    });
  });
});
