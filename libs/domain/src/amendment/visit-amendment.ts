import { ValidationFailed } from '../common/field-error';
import { FieldErrors } from '../common/validation.util';
import { VISIT_OUTCOMES, type VisitOutcome } from '../visit/visit.types';
import { fieldChanges, type FieldChange } from './field-changes';

/** A visit's report can be corrected; arrival times, technician and parts stay as recorded (stock moved). */
export const AMENDABLE_VISIT_FIELDS = ['outcome', 'diagnosis', 'actions', 'customerFeedback'] as const;
export type AmendableVisitField = (typeof AMENDABLE_VISIT_FIELDS)[number];

export interface VisitFacts {
  outcome: VisitOutcome;
  diagnosis: string | null;
  actions: string | null;
  customerFeedback: string | null;
}

export interface VisitAmendmentDraft {
  reason?: string | null;
  outcome?: string | null;
  diagnosis?: string | null;
  actions?: string | null;
  customerFeedback?: string | null;
}

const TEXT_MAX = 2000;

export function validateVisitAmendment(current: VisitFacts, draft: VisitAmendmentDraft) {
  const errors = new FieldErrors();
  const reason = draft.reason?.trim() ?? '';
  if (errors.required('reason', reason)) errors.maxLength('reason', reason, 500);
  if (draft.outcome != null) errors.oneOf('outcome', draft.outcome, VISIT_OUTCOMES);
  const text = (value: string | null | undefined, kept: string | null): string | null => (value === undefined ? kept : value?.trim() || null);
  const facts: VisitFacts = {
    outcome: (draft.outcome ?? current.outcome) as VisitOutcome,
    diagnosis: text(draft.diagnosis, current.diagnosis),
    actions: text(draft.actions, current.actions),
    customerFeedback: text(draft.customerFeedback, current.customerFeedback),
  };
  for (const field of ['diagnosis', 'actions', 'customerFeedback'] as const) errors.maxLength(field, facts[field], TEXT_MAX);
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  const changes: FieldChange<AmendableVisitField>[] = fieldChanges(current, facts, AMENDABLE_VISIT_FIELDS);
  return { reason, changes, facts };
}
