import { ValidationFailed } from '../common/field-error';
import { checkLocalDate, checkReference, checkText } from '../common/field-checks';
import { FieldErrors } from '../common/validation.util';
import type { LocalDate } from '../kpi/kpi-records';
import { AUDIT_LIMITS, checkPersonNames } from './internal-audit';

export const REVIEW_LIMITS = { title: 200, text: 8000 } as const;

export interface ManagementReviewDraft {
  title?: string | null;
  reviewDate?: string | null;
  chair?: string | null;
  attendees?: (string | null)[] | null;
  inputs?: string | null;
  decisions?: string | null;
  reportDocumentId?: string | null;
}

export interface ValidManagementReview {
  title: string;
  reviewDate: LocalDate;
  chair: string | null;
  attendees: string[];
  inputs: string;
  decisions: string | null;
  reportDocumentId: string | null;
}

/**
 * A management review (管理评审): held on a day (not in the future) by the people present, on its
 * inputs (KPI results, audit results, complaints, corrective actions...), with its decisions and
 * outputs; its report is a controlled document (MANAGEMENT_REVIEW_REPORT).
 */
export function validateManagementReview(draft: ManagementReviewDraft, today: LocalDate): ValidManagementReview {
  const errors = new FieldErrors();
  const title = checkText(errors, 'title', draft.title, { max: REVIEW_LIMITS.title, required: true });
  const reviewDate = checkLocalDate(errors, 'reviewDate', draft.reviewDate, { required: true, notAfter: today });
  const chair = checkText(errors, 'chair', draft.chair, { max: AUDIT_LIMITS.person });
  const attendees = checkPersonNames(errors, 'attendees', draft.attendees, true);
  const inputs = checkText(errors, 'inputs', draft.inputs, { max: REVIEW_LIMITS.text, required: true });
  const decisions = checkText(errors, 'decisions', draft.decisions, { max: REVIEW_LIMITS.text });
  const reportDocumentId = checkReference(errors, 'reportDocumentId', draft.reportDocumentId, false);
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return { title: title!, reviewDate: reviewDate!, chair, attendees, inputs: inputs!, decisions, reportDocumentId };
}
