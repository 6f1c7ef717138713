import { DEFAULT_KPI_TARGETS, MS_PER_HOUR, MS_PER_MINUTE, targetsForOutlet, type KpiTargets } from '../kpi/kpi-targets';
import type { ComplaintDeadlineKind, ComplaintSeverity, ComplaintStatus } from './complaint.types';

/** The complaint targets of kpis.md that apply to one complaint (the outlet's, else the organisation's). */
export interface ComplaintTargets {
  /** Acknowledgement after receipt, in hours. */
  acknowledgementHours: number;
  /** Closure after receipt, by severity, in hours. */
  resolutionHours: Readonly<Record<ComplaintSeverity, number>>;
}

export function complaintTargetsFor(targets: KpiTargets, outletId: string | null): ComplaintTargets {
  const values = targetsForOutlet(targets, outletId);
  return { acknowledgementHours: values.complaintAcknowledgementHours, resolutionHours: values.complaintResolutionHours };
}

/** 24 h to acknowledge; 72 h (MAJOR) or 168 h (NORMAL) to close. */
export const DEFAULT_COMPLAINT_TARGETS: ComplaintTargets = complaintTargetsFor(DEFAULT_KPI_TARGETS, null);

/** What the deadlines of a complaint depend on. */
export interface ComplaintClock {
  status: ComplaintStatus;
  severity: ComplaintSeverity;
  receivedAt: Date;
  acknowledgedAt: Date | null;
  closedAt: Date | null;
}

export interface ComplaintDeadlines {
  ackDueAt: Date;
  resolutionDueAt: Date;
}

export interface ComplaintDeadline {
  kind: ComplaintDeadlineKind;
  dueAt: Date;
}

/** Both deadlines run from receipt, in calendar time (kpis.md, "Durations"). */
export function complaintDeadlines(complaint: Pick<ComplaintClock, 'severity' | 'receivedAt'>, targets: ComplaintTargets): ComplaintDeadlines {
  const received = complaint.receivedAt.getTime();
  return {
    ackDueAt: new Date(received + targets.acknowledgementHours * MS_PER_HOUR),
    resolutionDueAt: new Date(received + targets.resolutionHours[complaint.severity] * MS_PER_HOUR),
  };
}

/**
 * The deadlines a complaint still has to meet, earliest first: acknowledgement until it is
 * acknowledged, resolution until it is closed. A closed complaint has none.
 */
export function pendingDeadlines(complaint: ComplaintClock, targets: ComplaintTargets): ComplaintDeadline[] {
  const { ackDueAt, resolutionDueAt } = complaintDeadlines(complaint, targets);
  const pending: ComplaintDeadline[] = [];
  if (complaint.status === 'RECEIVED') pending.push({ kind: 'ACKNOWLEDGEMENT', dueAt: ackDueAt });
  if (complaint.status !== 'CLOSED') pending.push({ kind: 'RESOLUTION', dueAt: resolutionDueAt });
  return pending.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

/**
 * Pending deadlines that have passed. A deadline is met up to and including its instant (the KPI
 * counts `≤ target` as timely), so it has passed only once `now` is strictly later.
 */
export function overdueDeadlines(complaint: ComplaintClock, targets: ComplaintTargets, now: Date): ComplaintDeadline[] {
  return pendingDeadlines(complaint, targets).filter((deadline) => now.getTime() > deadline.dueAt.getTime());
}

/** The live view of a complaint's deadlines that staff work from. */
export interface ComplaintDeadlineStatus extends ComplaintDeadlines {
  /** The earliest deadline still to be met; null once the complaint is closed. */
  next: ComplaintDeadline | null;
  /** Open and past at least one pending deadline. */
  overdue: boolean;
  /** Whole minutes until `next` while it has not passed; null otherwise. */
  minutesLeft: number | null;
  /** Whole minutes since `next` passed; null while on time or closed. */
  minutesOverdue: number | null;
  /** Whether acknowledgement met its target; null while that is still open. */
  acknowledgedInTime: boolean | null;
  /** Whether closure met its severity's target; null while that is still open. */
  closedInTime: boolean | null;
}

function metInTime(doneAt: Date | null, dueAt: Date, now: Date): boolean | null {
  if (doneAt) return doneAt.getTime() <= dueAt.getTime();
  return now.getTime() > dueAt.getTime() ? false : null;
}

export function complaintDeadlineStatus(complaint: ComplaintClock, targets: ComplaintTargets, now: Date): ComplaintDeadlineStatus {
  const deadlines = complaintDeadlines(complaint, targets);
  const next = pendingDeadlines(complaint, targets)[0] ?? null;
  const overdue = next !== null && now.getTime() > next.dueAt.getTime();
  const gap = next ? next.dueAt.getTime() - now.getTime() : 0;
  return {
    ...deadlines,
    next,
    overdue,
    minutesLeft: next && !overdue ? Math.floor(gap / MS_PER_MINUTE) : null,
    minutesOverdue: overdue ? Math.floor(-gap / MS_PER_MINUTE) : null,
    acknowledgedInTime: metInTime(complaint.acknowledgedAt, deadlines.ackDueAt, now),
    closedInTime: metInTime(complaint.closedAt, deadlines.resolutionDueAt, now),
  };
}
