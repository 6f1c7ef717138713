import type { SurveyAnswersInput } from '../../gql/graphql';

export interface SurveyAnswerState {
  overall: number | null;
  recommend: number | null;
  comment: string;
  factorScores: Record<string, number | null>;
}

export const emptyAnswers = (factorKeys: readonly string[]): SurveyAnswerState => ({
  overall: null,
  recommend: null,
  comment: '',
  factorScores: Object.fromEntries(factorKeys.map((key) => [key, null])),
});

/** The questions still without an answer: the overall rating and every factor (recommend is optional). */
export function unansweredQuestions(answers: SurveyAnswerState): string[] {
  const missing = answers.overall ? [] : ['overall'];
  for (const [key, score] of Object.entries(answers.factorScores)) if (!score) missing.push(key);
  return missing;
}

export function toSurveyAnswersInput(answers: SurveyAnswerState): SurveyAnswersInput {
  const comment = answers.comment.trim();
  return {
    overall: answers.overall,
    recommend: answers.recommend,
    comment: comment || null,
    factorScores: Object.entries(answers.factorScores).map(([key, score]) => ({ key, score })),
  };
}
