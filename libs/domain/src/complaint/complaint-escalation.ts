import { DEFAULT_KPI_TARGETS, type KpiTargets } from '../kpi/kpi-targets';
import type { ComplaintEvent, ComplaintLifecycleState } from './complaint-commands';
import { complaintTargetsFor, overdueDeadlines, type ComplaintDeadline } from './complaint-deadlines';
import { TOP_ESCALATION_LEVEL } from './complaint.types';

/**
 * Automatic escalation (the escalation job), defined as a rule on data:
 *
 * - A complaint has two deadlines (complaint-deadlines.ts). A deadline is *overdue* while the
 *   complaint is still pending on it (not yet acknowledged, resp. not yet closed) and `now` is
 *   strictly after it.
 * - Every overdue deadline raises the level by one, once: the complaint remembers which deadlines
 *   have done so (`escalatedDeadlines`), and a deadline in that list never escalates again — not on
 *   the next run, not when a second job runs at the same time, and not when targets change later.
 * - When both deadlines are overdue and neither has escalated yet (the job was stopped for days),
 *   both escalate in one run, earliest deadline first: one level and one event each.
 * - The level stops at 3 (总部). A deadline that passes at the top level changes nothing and is not
 *   recorded, since there is nowhere higher to take the complaint.
 * - A manual escalation does not use up a deadline: a complaint raised to 区域 by hand still goes
 *   to 总部 when its deadline passes.
 * - An acknowledgement deadline that passed before a (late) acknowledgement does not escalate once
 *   the complaint is acknowledged: escalation exists to get an open complaint handled; the late
 *   answer already counts against complaintTimelyRate.
 */
export interface DueEscalation {
  deadline: ComplaintDeadline;
  fromLevel: number;
  toLevel: number;
}

export type EscalationCandidate = Pick<
  ComplaintLifecycleState,
  'status' | 'severity' | 'outletId' | 'receivedAt' | 'acknowledgedAt' | 'closedAt' | 'escalationLevel' | 'escalatedDeadlines'
>;

/** The escalations one complaint is due at `now`, in the order to apply them; empty if none. */
export function dueEscalations(complaint: EscalationCandidate, now: Date, targets: KpiTargets = DEFAULT_KPI_TARGETS): DueEscalation[] {
  const due: DueEscalation[] = [];
  let level = complaint.escalationLevel;
  for (const deadline of overdueDeadlines(complaint, complaintTargetsFor(targets, complaint.outletId), now)) {
    if (complaint.escalatedDeadlines.includes(deadline.kind)) continue;
    if (level >= TOP_ESCALATION_LEVEL) break;
    due.push({ deadline, fromLevel: level, toLevel: level + 1 });
    level += 1;
  }
  return due;
}

/** Which complaints the escalation job raises at `now`, each with its escalations. */
export function complaintsDueForEscalation<T extends EscalationCandidate>(
  complaints: readonly T[],
  now: Date,
  targets: KpiTargets = DEFAULT_KPI_TARGETS,
): { complaint: T; escalations: DueEscalation[] }[] {
  return complaints
    .map((complaint) => ({ complaint, escalations: dueEscalations(complaint, now, targets) }))
    .filter((entry) => entry.escalations.length > 0);
}

/**
 * Applies the escalations due at `now` to one complaint (the job does so on the locked row), and
 * returns the new state and one event per escalation. Applying it again to its own result yields
 * no events: that is what makes the job idempotent.
 */
export function applyDeadlineEscalations(
  state: ComplaintLifecycleState,
  now: Date,
  targets: KpiTargets = DEFAULT_KPI_TARGETS,
): { state: ComplaintLifecycleState; events: ComplaintEvent[] } {
  const due = dueEscalations(state, now, targets);
  if (due.length === 0) return { state, events: [] };
  // Another step may have been back-dated up to a few minutes into the future; events stay in order.
  const at = now < state.lastEventAt ? state.lastEventAt : now;
  const events: ComplaintEvent[] = due.map(({ deadline, fromLevel, toLevel }) => ({
    action: 'ESCALATE',
    fromStatus: state.status,
    toStatus: state.status,
    fromLevel,
    toLevel,
    escalationReason: 'DEADLINE_PASSED',
    deadline: deadline.kind,
    at,
    note: null,
  }));
  return {
    state: {
      ...state,
      escalationLevel: due.at(-1)!.toLevel,
      escalatedDeadlines: [...state.escalatedDeadlines, ...due.map((escalation) => escalation.deadline.kind)],
      lastEventAt: at,
    },
    events,
  };
}
