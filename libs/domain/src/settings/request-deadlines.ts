import { addWorkingDuration, isWithinWorkingHours } from '../calendar/working-time';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { KpiTargetValues } from '../kpi/kpi-targets';
import type { Priority, ServiceType } from '../service-request/service-request.types';

export const DEADLINE_STATES = ['MET', 'BREACHED', 'PENDING'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** What the deadlines of a request depend on. */
export interface DeadlineRequest {
  type: ServiceType;
  priority: Priority;
  reportedAt: Date;
  acknowledgedAt: Date | null;
  /** Arrival of the first visit (kpis.md: arrival is measured on the first visit). */
  firstArrivedAt: Date | null;
  resolvedAt: Date | null;
  cancelledAt: Date | null;
}

export interface Deadline {
  dueAt: Date;
  /** The target, in minutes of calendar time or, with a working calendar, of working time. */
  targetMinutes: number;
  state: DeadlineState;
  /** When the clock stopped (acknowledged, arrived, resolved); null while it runs. */
  stoppedAt: Date | null;
  /** Whole minutes before the deadline: still left (PENDING) or to spare (MET). */
  minutesLeft: number | null;
  /** Whole minutes past the deadline, rounded up (BREACHED). */
  minutesLate: number | null;
}

/** Deadlines are null for a cancelled request: it counts in no KPI. */
export interface RequestDeadlines {
  response: Deadline | null;
  /** Also null when nobody goes on site: a consultation, or a request finished without a visit. */
  arrival: Deadline | null;
  resolution: Deadline | null;
  /** Null when the organisation keeps no working calendar. */
  raisedOutsideWorkingHours: boolean | null;
}

const MS_PER_MINUTE = 60_000;
/** Requests that never need anyone on site. */
const NO_VISIT_TYPES: readonly ServiceType[] = ['CONSULTATION'];

function deadline(reportedAt: Date, targetMinutes: number, stoppedAt: Date | null, calendar: WorkingCalendar | null, now: Date): Deadline {
  const dueAt = calendar ? addWorkingDuration(reportedAt, targetMinutes, calendar) : new Date(reportedAt.getTime() + targetMinutes * MS_PER_MINUTE);
  const measuredAt = stoppedAt ?? now;
  const spare = dueAt.getTime() - measuredAt.getTime();
  // On the deadline exactly is on time (kpis.md: "≤").
  const state: DeadlineState = spare < 0 ? 'BREACHED' : stoppedAt ? 'MET' : 'PENDING';
  return {
    dueAt,
    targetMinutes,
    state,
    stoppedAt,
    minutesLeft: spare >= 0 ? Math.floor(spare / MS_PER_MINUTE) : null,
    minutesLate: spare < 0 ? Math.ceil(-spare / MS_PER_MINUTE) : null,
  };
}

/**
 * The live deadlines of a request from the targets in force for it (outlet and commitments already
 * applied): response by priority, arrival and resolution, all counted from the report. With a
 * working calendar the targets count working time only.
 */
export function requestDeadlines(request: DeadlineRequest, targets: KpiTargetValues, calendar: WorkingCalendar | null, now: Date): RequestDeadlines {
  const raisedOutsideWorkingHours = calendar ? !isWithinWorkingHours(request.reportedAt, calendar) : null;
  if (request.cancelledAt) return { response: null, arrival: null, resolution: null, raisedOutsideWorkingHours };
  const arrivalNeeded = !NO_VISIT_TYPES.includes(request.type) && (request.firstArrivedAt !== null || request.resolvedAt === null);
  return {
    response: deadline(request.reportedAt, targets.responseMinutes[request.priority], request.acknowledgedAt, calendar, now),
    arrival: arrivalNeeded ? deadline(request.reportedAt, targets.arrivalHours * 60, request.firstArrivedAt, calendar, now) : null,
    resolution: deadline(request.reportedAt, targets.resolutionHours * 60, request.resolvedAt, calendar, now),
    raisedOutsideWorkingHours,
  };
}
