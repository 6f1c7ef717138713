import { ValidationFailed } from '../common/field-error';
import { FieldErrors } from '../common/validation.util';
import { COMPLAINT_SEVERITIES, type ComplaintSeverity } from '../complaint/complaint.types';
import { COMPLAINT_FIELD_LIMITS } from '../complaint/validate-new-complaint';
import { fieldChanges, type FieldChange } from './field-changes';

/** What a correction may change on a complaint, closed or not; times and the customer's answer stay as recorded. */
export const AMENDABLE_COMPLAINT_FIELDS = ['severity', 'category', 'description', 'resolution'] as const;
export type AmendableComplaintField = (typeof AMENDABLE_COMPLAINT_FIELDS)[number];

export interface ComplaintFacts {
  severity: ComplaintSeverity;
  category: string | null;
  description: string | null;
  resolution: string | null;
}

export interface ComplaintAmendmentDraft {
  reason?: string | null;
  severity?: string | null;
  category?: string | null;
  description?: string | null;
  resolution?: string | null;
}

const TEXT_MAX = 2000;

export function validateComplaintAmendment(current: ComplaintFacts, draft: ComplaintAmendmentDraft, closed: boolean) {
  const errors = new FieldErrors();
  const reason = draft.reason?.trim() ?? '';
  if (errors.required('reason', reason)) errors.maxLength('reason', reason, 500);
  if (draft.severity != null) errors.oneOf('severity', draft.severity, COMPLAINT_SEVERITIES);
  const text = (value: string | null | undefined, kept: string | null): string | null => (value === undefined ? kept : value?.trim() || null);
  const facts: ComplaintFacts = {
    severity: (draft.severity ?? current.severity) as ComplaintSeverity,
    category: text(draft.category, current.category),
    description: text(draft.description, current.description),
    resolution: text(draft.resolution, current.resolution),
  };
  errors.maxLength('category', facts.category, COMPLAINT_FIELD_LIMITS.category);
  errors.maxLength('description', facts.description, COMPLAINT_FIELD_LIMITS.description);
  errors.maxLength('resolution', facts.resolution, TEXT_MAX);
  // A closed complaint keeps a resolution: closing required one.
  if (closed && !facts.resolution) errors.add({ field: 'resolution', code: 'required' });
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  const changes: FieldChange<AmendableComplaintField>[] = fieldChanges(current, facts, AMENDABLE_COMPLAINT_FIELDS);
  return { reason, changes, facts };
}
