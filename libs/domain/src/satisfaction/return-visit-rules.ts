import { ValidationFailed, type Locale } from '../common/field-error';
import { FieldErrors, parseInstant } from '../common/validation.util';
import { DEFAULT_KPI_TARGETS, MS_PER_DAY, MS_PER_HOUR } from '../kpi/kpi-targets';
import {
  RETURN_VISIT_METHODS,
  RETURN_VISIT_OUTCOMES,
  RETURN_VISIT_STATUS_LABELS,
  type ReturnVisitMethod,
  type ReturnVisitOutcome,
  type ReturnVisitStatus,
} from './return-visit.types';
import { OVERALL_SCALE, RECOMMEND_SCALE, checkComment, checkScore } from './survey-response';

/** kpis.md: a return visit is due within 7 days of closure unless the organisation sets otherwise. */
export const DEFAULT_RETURN_VISIT_TARGET_DAYS = DEFAULT_KPI_TARGETS.returnVisitDays;

/** The deadline of a return visit: `returnVisitRate` counts it only when done by then. */
export function returnVisitDueAt(closedAt: Date, targetDays: number): Date {
  return new Date(closedAt.getTime() + targetDays * MS_PER_DAY);
}

/**
 * Where a request falls in [0, 1) for sampling: a hash of the organisation's seed and the request id
 * (FNV-1a, then the murmur3 finaliser to spread similar ids). It depends on nothing else, so closing,
 * reopening and closing again, or re-running a schedule, never changes who is sampled; and raising the
 * share only adds requests (the sample at 20 % is inside the sample at 30 %).
 */
export function samplingPoint(seed: string, requestId: string): number {
  let hash = 0x811c9dc5;
  const text = `${seed}:${requestId.toLowerCase()}`;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 0x1_0000_0000;
}

/** Share 1 samples every request, 0 none. */
export function isSampledForReturnVisit(seed: string, requestId: string, share: number): boolean {
  return samplingPoint(seed, requestId) < share;
}

export interface ReturnVisitPolicy {
  maxAttempts: number;
  retryAfterHours: number;
}

export interface ReturnVisitProgress {
  status: ReturnVisitStatus;
  attemptCount: number;
}

export interface ReturnVisitStep extends ReturnVisitProgress {
  /** When it was finished (DONE, REFUSED, UNREACHABLE); null while still scheduled. */
  doneAt: Date | null;
  /** Suggested time of the next call after an unreachable attempt; null once finished. */
  nextAttemptAt: Date | null;
}

/** Refusal of an attempt on a return visit that is no longer open. */
export class ReturnVisitNotOpen extends Error {
  constructor(readonly status: ReturnVisitStatus) {
    super(`The return visit is ${status}; attempts can be recorded only while it is SCHEDULED`);
    this.name = 'ReturnVisitNotOpen';
  }

  localisedMessage(locale: Locale): string {
    const status = RETURN_VISIT_STATUS_LABELS[this.status][locale];
    return locale === 'en'
      ? `This return visit is "${status}"; attempts can be recorded only while it is scheduled`
      : `该回访当前状态为「${status}」，只有待回访的记录可以登记回访`;
  }
}

/**
 * One attempt moves a scheduled return visit on: COMPLETED finishes it as DONE, REFUSED as REFUSED,
 * a wrong number as UNREACHABLE at once (calling again cannot help); an unreachable customer is
 * retried until `maxAttempts` attempts have been made, then it is closed as UNREACHABLE.
 */
export function nextReturnVisitStep(current: ReturnVisitProgress, outcome: ReturnVisitOutcome, at: Date, policy: ReturnVisitPolicy): ReturnVisitStep {
  if (current.status !== 'SCHEDULED') throw new ReturnVisitNotOpen(current.status);
  const attemptCount = current.attemptCount + 1;
  const finished = (status: ReturnVisitStatus): ReturnVisitStep => ({ status, attemptCount, doneAt: at, nextAttemptAt: null });
  switch (outcome) {
    case 'COMPLETED':
      return finished('DONE');
    case 'REFUSED':
      return finished('REFUSED');
    case 'WRONG_NUMBER':
      return finished('UNREACHABLE');
    case 'UNREACHABLE':
      if (attemptCount >= policy.maxAttempts) return finished('UNREACHABLE');
      return { status: 'SCHEDULED', attemptCount, doneAt: null, nextAttemptAt: new Date(at.getTime() + policy.retryAfterHours * MS_PER_HOUR) };
  }
}

export interface ReturnVisitAttemptDraft {
  method?: string | null;
  outcome?: string | null;
  at?: string | Date | null;
  note?: string | null;
  rating?: number | null;
  recommend?: number | null;
  comment?: string | null;
}

export interface ValidReturnVisitAttempt {
  method: ReturnVisitMethod;
  outcome: ReturnVisitOutcome;
  at: Date;
  note: string | null;
  /** The customer's answer; only for COMPLETED, where the rating is required. */
  rating: number | null;
  recommend: number | null;
  comment: string | null;
}

const NOTE_MAX = 500;
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * Checks one attempt: method and outcome from their lists, a time not before the closure nor the
 * previous attempt and not in the future; a completed visit carries the rating 1–5 (recommend 0–10
 * and a comment optional), any other outcome carries none of them.
 */
export function validateReturnVisitAttempt(
  draft: ReturnVisitAttemptDraft,
  context: { closedAt: Date; previousAttemptAt: Date | null; now: Date },
): ValidReturnVisitAttempt {
  const errors = new FieldErrors();
  if (errors.required('method', draft.method)) errors.oneOf('method', draft.method, RETURN_VISIT_METHODS);
  if (errors.required('outcome', draft.outcome)) errors.oneOf('outcome', draft.outcome, RETURN_VISIT_OUTCOMES);

  const at = draft.at == null || draft.at === '' ? context.now : parseInstant(draft.at);
  if (!at) errors.add({ field: 'at', code: 'invalidDate' });
  else if (at.getTime() > context.now.getTime() + FUTURE_TOLERANCE_MS) errors.add({ field: 'at', code: 'inFuture' });
  else if (at < context.closedAt) errors.add({ field: 'at', code: 'beforeClosed' });
  else if (context.previousAttemptAt && at < context.previousAttemptAt) errors.add({ field: 'at', code: 'beforePreviousEvent' });

  const note = draft.note?.trim() || null;
  errors.maxLength('note', note, NOTE_MAX);

  const completed = draft.outcome === 'COMPLETED';
  let rating: number | null = null;
  let recommend: number | null = null;
  let comment: string | null = null;
  if (completed) {
    rating = checkScore(errors, 'rating', draft.rating, OVERALL_SCALE, true);
    recommend = checkScore(errors, 'recommend', draft.recommend, RECOMMEND_SCALE, false);
    comment = checkComment(errors, 'comment', draft.comment);
  } else if ((RETURN_VISIT_OUTCOMES as readonly string[]).includes(draft.outcome ?? '')) {
    // A rating without a conversation would be made up: refuse it rather than drop it silently.
    for (const field of ['rating', 'recommend', 'comment'] as const) {
      const value = draft[field];
      if (value != null && value !== '') errors.add({ field, code: 'notApplicable' });
    }
  }

  if (!errors.isEmpty) throw new ValidationFailed(errors.list);
  return { method: draft.method as ReturnVisitMethod, outcome: draft.outcome as ReturnVisitOutcome, at: at!, note, rating, recommend, comment };
}
