import { ValidationFailed } from '../common/field-error';
import { checkLocalDate, checkReference, checkText } from '../common/field-checks';
import { FieldErrors } from '../common/validation.util';
import type { LocalDate } from '../kpi/kpi-records';
import {
  CORRECTIVE_ACTION_SOURCES,
  EFFECTIVENESS_RESULTS,
  type CorrectiveActionSource,
  type CorrectiveActionStatus,
  type EffectivenessResult,
} from './quality.types';

export const CORRECTIVE_ACTION_LIMITS = { sourceReference: 100, text: 4000 } as const;

export interface CorrectiveActionDraft {
  source?: string | null;
  /** What raised it, readable: a complaint code, a KPI and month, an audit and finding number. */
  sourceReference?: string | null;
  /** For AUDIT_FINDING: the finding the action answers (linked when the action is created). */
  auditFindingId?: string | null;
  problem?: string | null;
  rootCause?: string | null;
  action?: string | null;
  ownerId?: string | null;
  dueDate?: string | null;
}

export interface ValidCorrectiveAction {
  source: CorrectiveActionSource;
  sourceReference: string | null;
  auditFindingId: string | null;
  problem: string;
  rootCause: string | null;
  action: string | null;
  ownerId: string;
  dueDate: LocalDate;
}

/**
 * A corrective action (纠正措施): what went wrong and what raised it, then root cause and action
 * (both may come after the first analysis, but are needed before the action counts as taken), an
 * owner and a due date. A new action answering an audit finding names the finding; a change of an
 * existing one (`findingLinked`) keeps its link and need not name it again.
 */
export function validateCorrectiveAction(draft: CorrectiveActionDraft, options: { findingLinked?: boolean } = {}): ValidCorrectiveAction {
  const errors = new FieldErrors();
  const source = errors.required('source', draft.source) && errors.oneOf('source', draft.source, CORRECTIVE_ACTION_SOURCES) ? draft.source : null;
  const sourceReference = checkText(errors, 'sourceReference', draft.sourceReference, { max: CORRECTIVE_ACTION_LIMITS.sourceReference, required: source !== null && source !== 'OTHER' && source !== 'AUDIT_FINDING' });
  const auditFindingId = checkReference(errors, 'auditFindingId', draft.auditFindingId, source === 'AUDIT_FINDING' && !options.findingLinked);
  if (auditFindingId && source && source !== 'AUDIT_FINDING') errors.add({ field: 'auditFindingId', code: 'notApplicable' });
  const problem = checkText(errors, 'problem', draft.problem, { max: CORRECTIVE_ACTION_LIMITS.text, required: true });
  const rootCause = checkText(errors, 'rootCause', draft.rootCause, { max: CORRECTIVE_ACTION_LIMITS.text });
  const action = checkText(errors, 'action', draft.action, { max: CORRECTIVE_ACTION_LIMITS.text });
  const ownerId = checkReference(errors, 'ownerId', draft.ownerId, true);
  const dueDate = checkLocalDate(errors, 'dueDate', draft.dueDate, { required: true });
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return { source: source!, sourceReference, auditFindingId: source === 'AUDIT_FINDING' ? auditFindingId : null, problem: problem!, rootCause, action, ownerId: ownerId!, dueDate: dueDate! };
}

export interface CorrectiveActionState {
  status: CorrectiveActionStatus;
  rootCause: string | null;
  action: string | null;
  dueDate: LocalDate;
}

export interface CompletionDraft {
  completedOn?: string | null;
  completionNote?: string | null;
}

/** The action was taken: only an open action, with its root cause and action written down, on a day not in the future. */
export function validateCompletion(state: CorrectiveActionState, draft: CompletionDraft, today: LocalDate): { completedOn: LocalDate; completionNote: string | null } {
  const errors = new FieldErrors();
  if (state.status !== 'OPEN') errors.add({ field: 'status', code: 'notOpen' });
  if (!state.rootCause) errors.add({ field: 'rootCause', code: 'required' });
  if (!state.action) errors.add({ field: 'action', code: 'required' });
  const completedOn = checkLocalDate(errors, 'completedOn', draft.completedOn, { required: true, notAfter: today });
  const completionNote = checkText(errors, 'completionNote', draft.completionNote, { max: CORRECTIVE_ACTION_LIMITS.text });
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return { completedOn: completedOn!, completionNote };
}

export interface EffectivenessDraft {
  result?: string | null;
  checkedOn?: string | null;
  checkedById?: string | null;
  note?: string | null;
  /** Needed when the action was not effective: it is open again, due on this day. */
  newDueDate?: string | null;
}

export interface ValidEffectivenessCheck {
  result: EffectivenessResult;
  checkedOn: LocalDate;
  checkedById: string;
  note: string | null;
  /** CLOSED when effective; OPEN again (with the new due date) when not. */
  nextStatus: CorrectiveActionStatus;
  nextDueDate: LocalDate;
}

/**
 * The effectiveness check (有效性验证) of a taken action, not before it was taken: an effective action
 * closes; an ineffective one opens again with a new due date, for a new analysis and action.
 */
export function validateEffectivenessCheck(
  state: CorrectiveActionState & { completedOn: LocalDate | null },
  draft: EffectivenessDraft,
  today: LocalDate,
): ValidEffectivenessCheck {
  const errors = new FieldErrors();
  if (state.status !== 'ACTION_TAKEN') errors.add({ field: 'status', code: 'notActionTaken' });
  const result = errors.required('result', draft.result) && errors.oneOf('result', draft.result, EFFECTIVENESS_RESULTS) ? draft.result : null;
  const checkedOn = checkLocalDate(errors, 'checkedOn', draft.checkedOn, { required: true, notAfter: today });
  if (checkedOn && state.completedOn && checkedOn < state.completedOn) errors.add({ field: 'checkedOn', code: 'beforeCompletion' });
  const checkedById = checkReference(errors, 'checkedById', draft.checkedById, true);
  const note = checkText(errors, 'note', draft.note, { max: CORRECTIVE_ACTION_LIMITS.text, required: result === 'NOT_EFFECTIVE' });
  const newDueDate = checkLocalDate(errors, 'newDueDate', draft.newDueDate, { required: result === 'NOT_EFFECTIVE' });
  if (newDueDate && checkedOn && newDueDate < checkedOn) errors.add({ field: 'newDueDate', code: 'beforeStart' });
  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  const effective = result === 'EFFECTIVE';
  return {
    result: result!,
    checkedOn: checkedOn!,
    checkedById: checkedById!,
    note,
    nextStatus: effective ? 'CLOSED' : 'OPEN',
    nextDueDate: effective ? state.dueDate : newDueDate!,
  };
}

/**
 * Overdue: still OPEN after its due day (local dates; due today is not yet overdue). An action taken
 * and waiting for its effectiveness check is not overdue — the work was done in time or not, and
 * `completedOn > dueDate` says which (see `completedLate`).
 */
export function isCorrectiveActionOverdue(action: { status: CorrectiveActionStatus; dueDate: LocalDate }, today: LocalDate): boolean {
  return action.status === 'OPEN' && action.dueDate < today;
}

export function completedLate(action: { dueDate: LocalDate; completedOn: LocalDate | null }): boolean {
  return action.completedOn !== null && action.completedOn > action.dueDate;
}
