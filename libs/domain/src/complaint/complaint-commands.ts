import { ValidationFailed, type FieldError, type Locale } from '../common/field-error';
import {
  OPEN_COMPLAINT_STATUSES,
  TOP_ESCALATION_LEVEL,
  complaintLevelLabel,
  complaintStatusLabel,
  type ComplaintAction,
  type ComplaintDeadlineKind,
  type ComplaintEscalationReason,
  type ComplaintSeverity,
  type ComplaintStatus,
} from './complaint.types';

/**
 * The complaint lifecycle as data: RECEIVED → ACKNOWLEDGED → CLOSED. While open, a complaint can be
 * escalated, which raises its level (网点 → 区域 → 总部) and leaves its status as it is. Closing needs
 * the resolution and the customer's answer: the complaint KPIs count accepted closures.
 */
export const COMPLAINT_COMMANDS = ['ACKNOWLEDGE', 'ESCALATE', 'CLOSE'] as const;
export type ComplaintCommandKind = (typeof COMPLAINT_COMMANDS)[number];

export const COMPLAINT_COMMAND_TRANSITIONS: Record<ComplaintCommandKind, { from: readonly ComplaintStatus[]; to: ComplaintStatus | 'UNCHANGED' }> = {
  ACKNOWLEDGE: { from: ['RECEIVED'], to: 'ACKNOWLEDGED' },
  ESCALATE: { from: OPEN_COMPLAINT_STATUSES, to: 'UNCHANGED' },
  CLOSE: { from: ['ACKNOWLEDGED'], to: 'CLOSED' },
};

export const COMPLAINT_COMMAND_LABELS: Record<ComplaintCommandKind, Record<Locale, string>> = {
  ACKNOWLEDGE: { 'zh-CN': '受理', en: 'acknowledge' },
  ESCALATE: { 'zh-CN': '升级', en: 'escalate' },
  CLOSE: { 'zh-CN': '办结', en: 'close' },
};

/** The commands a complaint accepts in `status` at `level` (what the screens offer). */
export function allowedComplaintCommands(status: ComplaintStatus, level: number): ComplaintCommandKind[] {
  return COMPLAINT_COMMANDS.filter(
    (kind) => COMPLAINT_COMMAND_TRANSITIONS[kind].from.includes(status) && (kind !== 'ESCALATE' || level < TOP_ESCALATION_LEVEL),
  );
}

/** Refusal naming the current status and level, and what can be done instead. */
export class ComplaintCommandRefused extends Error {
  constructor(
    readonly command: ComplaintCommandKind,
    readonly status: ComplaintStatus,
    readonly level: number,
    readonly allowed: readonly ComplaintCommandKind[],
  ) {
    super(`Cannot ${command} a complaint in status ${status} at level ${level}; allowed: ${allowed.length ? allowed.join(', ') : 'none'}`);
    this.name = 'ComplaintCommandRefused';
  }

  localisedMessage(locale: Locale): string {
    const status = complaintStatusLabel(this.status, locale);
    const level = complaintLevelLabel(this.level, locale);
    const command = COMPLAINT_COMMAND_LABELS[this.command][locale];
    const allowed = this.allowed.map((kind) => COMPLAINT_COMMAND_LABELS[kind][locale]);
    return locale === 'en'
      ? `A complaint that is "${status}" at level ${level} cannot ${command}; possible now: ${allowed.length ? allowed.join(', ') : 'nothing'}`
      : `投诉当前状态为「${status}」，处理级别为「${level}」，不能${command}；当前可执行：${allowed.length ? allowed.join('、') : '无'}`;
  }
}

/** The lifecycle-relevant state of a complaint, as stored. */
export interface ComplaintLifecycleState {
  status: ComplaintStatus;
  severity: ComplaintSeverity;
  outletId: string | null;
  receivedAt: Date;
  lastEventAt: Date;
  acknowledgedAt: Date | null;
  closedAt: Date | null;
  escalationLevel: number;
  /** Deadlines that have already raised the level once; each does so at most once. */
  escalatedDeadlines: readonly ComplaintDeadlineKind[];
  resolution: string | null;
  customerAccepted: boolean | null;
}

export interface ComplaintEvent {
  action: ComplaintAction;
  fromStatus: ComplaintStatus | null;
  toStatus: ComplaintStatus;
  fromLevel: number | null;
  toLevel: number;
  /** Set on escalations only. */
  escalationReason: ComplaintEscalationReason | null;
  /** The deadline that passed, on automatic escalations only. */
  deadline: ComplaintDeadlineKind | null;
  at: Date;
  note: string | null;
}

export interface ComplaintOutcome {
  state: ComplaintLifecycleState;
  event: ComplaintEvent;
}

export interface ComplaintCommand {
  kind: ComplaintCommandKind;
  /** When it happened; defaults to now. Back-dating is allowed, never before the previous event. */
  at?: Date | null;
  /** Remark; for ESCALATE the reason, which is required. */
  note?: string | null;
  /** CLOSE only: what was done for the customer. */
  resolution?: string | null;
  /** CLOSE only: the customer's answer, accepted or not; it must be asked and recorded. */
  customerAccepted?: boolean | null;
}

export const COMPLAINT_LIMITS = { note: 500, resolution: 2000 } as const;
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

function checkInput(state: ComplaintLifecycleState, command: ComplaintCommand, now: Date): { at: Date; note: string | null; resolution: string | null } {
  const errors: FieldError[] = [];
  const note = command.note?.trim() || null;
  if (command.kind === 'ESCALATE' && !note) errors.push({ field: 'note', code: 'required' });
  if (note && note.length > COMPLAINT_LIMITS.note) errors.push({ field: 'note', code: 'tooLong', params: { max: COMPLAINT_LIMITS.note } });
  const resolution = command.resolution?.trim() || null;
  if (command.kind === 'CLOSE') {
    if (!resolution) errors.push({ field: 'resolution', code: 'required' });
    else if (resolution.length > COMPLAINT_LIMITS.resolution) {
      errors.push({ field: 'resolution', code: 'tooLong', params: { max: COMPLAINT_LIMITS.resolution } });
    }
    if (typeof command.customerAccepted !== 'boolean') errors.push({ field: 'customerAccepted', code: 'required' });
  }
  const at = command.at ?? now;
  if (Number.isNaN(at.getTime())) errors.push({ field: 'at', code: 'invalidDate' });
  else if (at.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) errors.push({ field: 'at', code: 'inFuture' });
  else if (at < state.lastEventAt) errors.push({ field: 'at', code: 'beforePreviousEvent' });
  if (errors.length) throw new ValidationFailed(errors);
  return { at, note, resolution };
}

/**
 * Applies one staff command: checks the input first, then the lifecycle, and returns the new state
 * and the event to record. Pure: a refused command throws and the caller writes nothing.
 */
export function applyComplaintCommand(state: ComplaintLifecycleState, command: ComplaintCommand, now: Date): ComplaintOutcome {
  const { at, note, resolution } = checkInput(state, command, now);
  const allowed = allowedComplaintCommands(state.status, state.escalationLevel);
  if (!allowed.includes(command.kind)) throw new ComplaintCommandRefused(command.kind, state.status, state.escalationLevel, allowed);

  const next: ComplaintLifecycleState = { ...state, lastEventAt: at };
  const event: ComplaintEvent = {
    action: command.kind,
    fromStatus: state.status,
    toStatus: state.status,
    fromLevel: state.escalationLevel,
    toLevel: state.escalationLevel,
    escalationReason: null,
    deadline: null,
    at,
    note,
  };
  switch (command.kind) {
    case 'ACKNOWLEDGE':
      next.status = 'ACKNOWLEDGED';
      next.acknowledgedAt = at;
      break;
    case 'ESCALATE':
      next.escalationLevel = state.escalationLevel + 1;
      event.escalationReason = 'MANUAL';
      break;
    case 'CLOSE':
      next.status = 'CLOSED';
      next.closedAt = at;
      next.resolution = resolution;
      next.customerAccepted = command.customerAccepted!;
      break;
  }
  event.toStatus = next.status;
  event.toLevel = next.escalationLevel;
  return { state: next, event };
}

/**
 * The event that opens a complaint's history, at level 1 (网点).
 */
export function complaintReceivedEvent(receivedAt: Date, note: string | null = null): ComplaintEvent {
  return {
    action: 'RECEIVE',
    fromStatus: null,
    toStatus: 'RECEIVED',
    fromLevel: null,
    toLevel: 1,
    escalationReason: null,
    deadline: null,
    at: receivedAt,
    note,
  };
}
