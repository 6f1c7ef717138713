import type { AssessmentQuery } from '../../gql/graphql';

export type LoadedAssessment = AssessmentQuery['assessment'];

/** Changes answer the Assessment: the page and its gap analysis load again after each. */
export const CHANGE_CONTEXT = { additionalTypenames: ['Assessment', 'GapAnalysis'] };
