import type { RequestStatus } from './service-request.types';

/**
 * The service-request lifecycle of product.md as data:
 * NEW → ACKNOWLEDGED → DISPATCHED → IN_PROGRESS ⇄ ON_HOLD → RESOLVED → CLOSED,
 * CANCELLED from any open state, and a reopen from RESOLVED or CLOSED back to IN_PROGRESS.
 */
const TRANSITIONS: Record<RequestStatus, readonly RequestStatus[]> = {
  NEW: ['ACKNOWLEDGED', 'CANCELLED'],
  ACKNOWLEDGED: ['DISPATCHED', 'CANCELLED'],
  DISPATCHED: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['ON_HOLD', 'RESOLVED', 'CANCELLED'],
  ON_HOLD: ['IN_PROGRESS', 'CANCELLED'],
  RESOLVED: ['CLOSED', 'IN_PROGRESS'],
  CLOSED: ['IN_PROGRESS'],
  CANCELLED: [],
};

export const OPEN_STATUSES: readonly RequestStatus[] = ['NEW', 'ACKNOWLEDGED', 'DISPATCHED', 'IN_PROGRESS', 'ON_HOLD'];

export function allowedTransitions(from: RequestStatus): readonly RequestStatus[] {
  return TRANSITIONS[from];
}

/** A move from RESOLVED or CLOSED back to work is a reopen (it counts against first-time fix). */
export function isReopen(from: RequestStatus, to: RequestStatus): boolean {
  return (from === 'RESOLVED' || from === 'CLOSED') && to === 'IN_PROGRESS';
}

export class RequestTransitionRefused extends Error {
  constructor(
    readonly from: RequestStatus,
    readonly to: RequestStatus,
    readonly allowed: readonly RequestStatus[],
  ) {
    super(
      `A request in status ${from} cannot move to ${to}; allowed: ${allowed.length ? allowed.join(', ') : 'none (final state)'}`,
    );
    this.name = 'RequestTransitionRefused';
  }
}

export function assertTransition(from: RequestStatus, to: RequestStatus): void {
  const allowed = TRANSITIONS[from];
  if (!allowed.includes(to)) throw new RequestTransitionRefused(from, to, allowed);
}

/**
 * The statuses a request imported or created with a given history has passed through, in order,
 * so that events can be synthesised for records that arrive with only their timestamps.
 */
export function pathTo(target: RequestStatus): RequestStatus[] {
  const main: RequestStatus[] = ['NEW', 'ACKNOWLEDGED', 'DISPATCHED', 'IN_PROGRESS', 'RESOLVED', 'CLOSED'];
  const index = main.indexOf(target);
  if (index >= 0) return main.slice(0, index + 1);
  if (target === 'ON_HOLD') return ['NEW', 'ACKNOWLEDGED', 'DISPATCHED', 'IN_PROGRESS', 'ON_HOLD'];
  return ['NEW', 'CANCELLED'];
}
