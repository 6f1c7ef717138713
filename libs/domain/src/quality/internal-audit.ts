import { ValidationFailed } from '../common/field-error';
import { checkLocalDate, checkReference, checkText } from '../common/field-checks';
import { FieldErrors } from '../common/validation.util';
import type { LocalDate } from '../kpi/kpi-records';
import { AUDIT_FINDING_SEVERITIES, type AuditFindingSeverity, type InternalAuditStatus } from './quality.types';

export const AUDIT_LIMITS = { title: 200, scope: 2000, person: 64, maxPeople: 30, text: 4000, clause: 64 } as const;

/** Names of people: auditors may come from outside the organisation, so they are names, not staff ids. */
export function checkPersonNames(errors: FieldErrors, field: string, values: readonly (string | null | undefined)[] | null | undefined, required: boolean): string[] {
  const names = (values ?? []).map((value) => value?.trim() ?? '');
  if (required && names.filter(Boolean).length === 0) errors.add({ field, code: 'required' });
  if (names.length > AUDIT_LIMITS.maxPeople) errors.add({ field, code: 'outOfRange', params: { min: required ? 1 : 0, max: AUDIT_LIMITS.maxPeople } });
  const seen = new Set<string>();
  names.forEach((name, index) => {
    if (!name) return void errors.add({ field: `${field}.${index}`, code: 'required' });
    errors.maxLength(`${field}.${index}`, name, AUDIT_LIMITS.person);
    if (seen.has(name)) errors.add({ field: `${field}.${index}`, code: 'listedTwice' });
    seen.add(name);
  });
  return names;
}

export interface InternalAuditDraft {
  title?: string | null;
  plannedDate?: string | null;
  performedDate?: string | null;
  scope?: string | null;
  auditors?: (string | null)[] | null;
  reportDocumentId?: string | null;
}

export interface ValidInternalAudit {
  title: string;
  plannedDate: LocalDate;
  performedDate: LocalDate | null;
  scope: string;
  auditors: string[];
  reportDocumentId: string | null;
  status: InternalAuditStatus;
}

/**
 * An internal audit (内部审核): planned for a day with a scope and auditors; COMPLETED once it was
 * performed (a day not in the future). Its report is a controlled document (INTERNAL_AUDIT_REPORT).
 */
export function validateInternalAudit(draft: InternalAuditDraft, today: LocalDate): ValidInternalAudit {
  const errors = new FieldErrors();
  const title = checkText(errors, 'title', draft.title, { max: AUDIT_LIMITS.title, required: true });
  const plannedDate = checkLocalDate(errors, 'plannedDate', draft.plannedDate, { required: true });
  const performedDate = checkLocalDate(errors, 'performedDate', draft.performedDate, { required: false, notAfter: today });
  const scope = checkText(errors, 'scope', draft.scope, { max: AUDIT_LIMITS.scope, required: true });
  const auditors = checkPersonNames(errors, 'auditors', draft.auditors, true);
  const reportDocumentId = checkReference(errors, 'reportDocumentId', draft.reportDocumentId, false);
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return { title: title!, plannedDate: plannedDate!, performedDate, scope: scope!, auditors, reportDocumentId, status: performedDate ? 'COMPLETED' : 'PLANNED' };
}

export interface AuditFindingDraft {
  clause?: string | null;
  description?: string | null;
  severity?: string | null;
}

export interface ValidAuditFinding {
  clause: string | null;
  description: string;
  severity: AuditFindingSeverity;
}

/** A finding of an audit: what was found, against which clause or indicator, how serious. */
export function validateAuditFinding(draft: AuditFindingDraft): ValidAuditFinding {
  const errors = new FieldErrors();
  const clause = checkText(errors, 'clause', draft.clause, { max: AUDIT_LIMITS.clause });
  const description = checkText(errors, 'description', draft.description, { max: AUDIT_LIMITS.text, required: true });
  const severity = errors.required('severity', draft.severity) && errors.oneOf('severity', draft.severity, AUDIT_FINDING_SEVERITIES) ? draft.severity : null;
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return { clause, description: description!, severity: severity! };
}

/** Major and minor nonconformities need a corrective action; an observation may have one. */
export function findingNeedsCorrectiveAction(severity: AuditFindingSeverity): boolean {
  return severity !== 'OBSERVATION';
}
