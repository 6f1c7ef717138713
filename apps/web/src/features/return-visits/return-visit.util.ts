import { localDateOf, ValidationFailed, validateReturnVisitAttempt, type Locale } from '@stardesk/domain';
import type { RecordReturnVisitAttemptInput } from '../../gql/graphql';
import { mapDomainFieldErrors, type FormFieldErrors } from '../../shared/form-errors.util';

export type ReturnVisitUrgency = 'overdue' | 'dueToday' | 'upcoming';

/** Overdue once the deadline passed; due today when it falls on today's date in the organisation's time zone. */
export function urgencyOf(dueAt: string, now: Date, timeZone: string): ReturnVisitUrgency {
  const due = new Date(dueAt);
  if (due.getTime() <= now.getTime()) return 'overdue';
  return localDateOf(due, timeZone) <= localDateOf(now, timeZone) ? 'dueToday' : 'upcoming';
}

export interface AttemptFormValues {
  method?: string | null;
  outcome?: string | null;
  rating?: number | null;
  recommend?: number | null;
  comment?: string | null;
  note?: string | null;
}

export const ATTEMPT_FIELDS = ['method', 'outcome', 'rating', 'recommend', 'comment', 'note', 'at'];

/** The answers only go with a completed visit: a rating left in the form from an earlier choice is not sent. */
export function toAttemptInput(returnVisitId: string, expectedVersion: number, values: AttemptFormValues): RecordReturnVisitAttemptInput {
  const completed = values.outcome === 'COMPLETED';
  return {
    returnVisitId,
    expectedVersion,
    method: (values.method ?? null) as RecordReturnVisitAttemptInput['method'],
    outcome: (values.outcome ?? null) as RecordReturnVisitAttemptInput['outcome'],
    note: values.note?.trim() || null,
    rating: completed ? (values.rating ?? null) : null,
    recommend: completed ? (values.recommend ?? null) : null,
    comment: completed ? values.comment?.trim() || null : null,
  };
}

/** The shared rules (rating required when completed, …), worded in the UI language, per field. */
export function checkAttempt(values: AttemptFormValues, closedAt: string, now: Date, locale: Locale): FormFieldErrors[] {
  const input = toAttemptInput('', 0, values);
  try {
    validateReturnVisitAttempt({ ...input, at: null }, { closedAt: new Date(closedAt), previousAttemptAt: null, now });
    return [];
  } catch (error) {
    if (error instanceof ValidationFailed) return mapDomainFieldErrors(error.errors, ATTEMPT_FIELDS, locale).fields;
    throw error;
  }
}
