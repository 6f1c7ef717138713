import { ValidationFailed, type FieldError, type Locale } from '../common/field-error';
import { OPEN_STATUSES, assertTransition } from './lifecycle';
import type { RequestStatus } from './service-request.types';
import { staffStatusLabel } from './status-labels';

/** What staff do to a request; each command is one lifecycle transition. */
export const REQUEST_COMMANDS = ['ACKNOWLEDGE', 'DISPATCH', 'START', 'HOLD', 'RESUME', 'RESOLVE', 'CLOSE', 'REOPEN', 'CANCEL'] as const;
export type RequestCommandKind = (typeof REQUEST_COMMANDS)[number];

export interface RequestCommand {
  kind: RequestCommandKind;
  /** When it happened; defaults to now. Back-dating is allowed, never before the previous event. */
  at?: Date | null;
  note?: string | null;
  /** DISPATCH only: the technician who takes the job. */
  technicianId?: string | null;
}

/** Each command moves a request from one of its source statuses to its target status. */
export const REQUEST_COMMAND_TRANSITIONS: Record<RequestCommandKind, { from: readonly RequestStatus[]; to: RequestStatus }> = {
  ACKNOWLEDGE: { from: ['NEW'], to: 'ACKNOWLEDGED' },
  DISPATCH: { from: ['ACKNOWLEDGED'], to: 'DISPATCHED' },
  START: { from: ['DISPATCHED'], to: 'IN_PROGRESS' },
  HOLD: { from: ['IN_PROGRESS'], to: 'ON_HOLD' },
  RESUME: { from: ['ON_HOLD'], to: 'IN_PROGRESS' },
  RESOLVE: { from: ['IN_PROGRESS'], to: 'RESOLVED' },
  CLOSE: { from: ['RESOLVED'], to: 'CLOSED' },
  REOPEN: { from: ['RESOLVED', 'CLOSED'], to: 'IN_PROGRESS' },
  CANCEL: { from: OPEN_STATUSES, to: 'CANCELLED' },
};

export const REQUEST_COMMAND_LABELS: Record<RequestCommandKind, Record<Locale, string>> = {
  ACKNOWLEDGE: { 'zh-CN': '受理', en: 'acknowledge' },
  DISPATCH: { 'zh-CN': '派工', en: 'dispatch' },
  START: { 'zh-CN': '开始处理', en: 'start work' },
  HOLD: { 'zh-CN': '挂起', en: 'put on hold' },
  RESUME: { 'zh-CN': '恢复处理', en: 'resume' },
  RESOLVE: { 'zh-CN': '标记解决', en: 'resolve' },
  CLOSE: { 'zh-CN': '关闭', en: 'close' },
  REOPEN: { 'zh-CN': '重开', en: 'reopen' },
  CANCEL: { 'zh-CN': '取消', en: 'cancel' },
};

/** The commands a request in `status` accepts (what the screens offer). */
export function allowedCommands(status: RequestStatus): RequestCommandKind[] {
  return REQUEST_COMMANDS.filter((kind) => REQUEST_COMMAND_TRANSITIONS[kind].from.includes(status));
}

/** Refusal naming the current status and what can be done instead. */
export class RequestCommandRefused extends Error {
  constructor(
    readonly command: RequestCommandKind,
    readonly status: RequestStatus,
    readonly allowed: readonly RequestCommandKind[],
  ) {
    super(`Cannot ${command} a request in status ${status}; allowed: ${allowed.length ? allowed.join(', ') : 'none (final state)'}`);
    this.name = 'RequestCommandRefused';
  }

  localisedMessage(locale: Locale): string {
    const status = staffStatusLabel(this.status, locale);
    const command = REQUEST_COMMAND_LABELS[this.command][locale];
    const allowed = this.allowed.map((kind) => REQUEST_COMMAND_LABELS[kind][locale]);
    return locale === 'en'
      ? `A request that is "${status}" cannot ${command}; possible now: ${allowed.length ? allowed.join(', ') : 'nothing (final state)'}`
      : `工单当前状态为「${status}」，不能${command}；当前可执行：${allowed.length ? allowed.join('、') : '无（已是终态）'}`;
  }
}

/** A reason is part of the record for these: auditors ask why a job stopped, came back or was dropped. */
const NOTE_REQUIRED: readonly RequestCommandKind[] = ['HOLD', 'REOPEN', 'CANCEL'];

/** The lifecycle-relevant state of a request, as stored. */
export interface RequestLifecycleState {
  status: RequestStatus;
  reportedAt: Date;
  lastEventAt: Date;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  cancelledAt: Date | null;
  reopenCount: number;
  technicianId: string | null;
}

export interface RequestTransitionEvent {
  from: RequestStatus;
  to: RequestStatus;
  at: Date;
  note: string | null;
}

export interface TransitionOutcome {
  state: RequestLifecycleState;
  event: RequestTransitionEvent;
}

const NOTE_MAX = 500;
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/**
 * Applies one command: checks it (input first, then the lifecycle), and returns the new state and
 * the event to record. Pure: a refused command throws and the caller writes nothing.
 */
export function applyRequestCommand(state: RequestLifecycleState, command: RequestCommand, now: Date): TransitionOutcome {
  const errors: FieldError[] = [];
  const note = command.note?.trim() || null;
  if (NOTE_REQUIRED.includes(command.kind) && !note) errors.push({ field: 'note', code: 'required' });
  if (note && note.length > NOTE_MAX) errors.push({ field: 'note', code: 'tooLong', params: { max: NOTE_MAX } });
  if (command.kind === 'DISPATCH' && !command.technicianId) errors.push({ field: 'technicianId', code: 'required' });
  const at = command.at ?? now;
  if (Number.isNaN(at.getTime())) errors.push({ field: 'at', code: 'invalidDate' });
  else if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) errors.push({ field: 'at', code: 'inFuture' });
  else if (at < state.lastEventAt) errors.push({ field: 'at', code: 'beforePreviousEvent' });
  if (errors.length) throw new ValidationFailed(errors);

  const transition = REQUEST_COMMAND_TRANSITIONS[command.kind];
  if (!transition.from.includes(state.status)) throw new RequestCommandRefused(command.kind, state.status, allowedCommands(state.status));
  const to = transition.to;
  // The command table must stay inside the lifecycle of product.md (a unit test checks it too).
  assertTransition(state.status, to);

  const next: RequestLifecycleState = { ...state, status: to, lastEventAt: at };
  switch (command.kind) {
    case 'ACKNOWLEDGE':
      next.acknowledgedAt = at;
      break;
    case 'DISPATCH':
      next.technicianId = command.technicianId!;
      break;
    case 'RESOLVE':
      next.resolvedAt = at;
      break;
    case 'CLOSE':
      next.closedAt = at;
      break;
    case 'REOPEN':
      // The earlier resolution stays in the event history; the request is unresolved again.
      next.reopenCount = state.reopenCount + 1;
      next.resolvedAt = null;
      next.closedAt = null;
      break;
    case 'CANCEL':
      next.cancelledAt = at;
      break;
    case 'START':
    case 'HOLD':
    case 'RESUME':
      break;
  }
  return { state: next, event: { from: state.status, to, at, note } };
}
