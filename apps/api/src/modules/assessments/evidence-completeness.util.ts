import type { AssessmentCriterion, EvidenceCompleteness } from './assessment.model';

type CriterionEvidence = Pick<AssessmentCriterion, 'method' | 'excluded' | 'documentIds' | 'kpiValue' | 'sampled' | 'judgement'>;

/**
 * Whether the assessment holds evidence for a criterion: a document in force (DOCUMENT), a KPI
 * value over the period (KPI), at least one sampled record (SAMPLE), or an assessor's judgement
 * (MANUAL, or any criterion its evidence left open). What the evidence says does not matter here:
 * a non-conforming record is evidence all the same.
 */
export function hasEvidence(criterion: CriterionEvidence): boolean {
  if (criterion.judgement) return true;
  switch (criterion.method) {
    case 'DOCUMENT':
      return criterion.documentIds.length > 0;
    case 'KPI':
      return criterion.kpiValue !== null;
    case 'SAMPLE':
      return (criterion.sampled ?? 0) > 0;
    case 'MANUAL':
      return false;
  }
}

/** Criteria of an indicator with evidence out of those that apply (excluded criteria are not counted). */
export function evidenceCompletenessOf(criteria: readonly CriterionEvidence[]): EvidenceCompleteness {
  const applicable = criteria.filter((criterion) => !criterion.excluded);
  const withEvidence = applicable.filter(hasEvidence).length;
  return { withEvidence, total: applicable.length, ratio: applicable.length === 0 ? null : withEvidence / applicable.length };
}
