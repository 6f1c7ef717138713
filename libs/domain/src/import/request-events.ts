import { pathTo } from '../service-request/lifecycle';
import type { RequestStatus } from '../service-request/service-request.types';

/** The lifecycle times a request arrives with, as stored (a cancellation in cancelledAt). */
export interface ImportedRequestTimes {
  status: RequestStatus;
  reportedAt: Date;
  acknowledgedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  cancelledAt: Date | null;
  /** Arrival of the first visit, when the set has one: the work started then. */
  firstArrivalAt: Date | null;
}

export interface SynthesisedEvent {
  from: RequestStatus | null;
  to: RequestStatus;
  at: Date;
}

const latest = (clock: Date, time: Date | null): Date => (time !== null && time.getTime() > clock.getTime() ? time : clock);

/**
 * The lifecycle events of a request imported with only its timestamps, so that timelines and the
 * KPI queries read imported history like live history. The statuses are those of `pathTo`; steps
 * without a time of their own take the latest known time before them (dispatch at acknowledgement,
 * work from the first arrival when it fits, else from the dispatch). A reopen has no time in the
 * file and gets no event (the request keeps its reopen count). Times never go backwards.
 */
export function synthesiseRequestEvents(request: ImportedRequestTimes): SynthesisedEvent[] {
  const path: RequestStatus[] =
    request.status === 'CANCELLED'
      ? ['NEW', ...(request.acknowledgedAt ? (['ACKNOWLEDGED'] as const) : []), 'CANCELLED']
      : pathTo(request.status);
  const events: SynthesisedEvent[] = [];
  let previous: RequestStatus | null = null;
  let clock = request.reportedAt;
  for (const status of path) {
    const at = timeOf(status, request, clock);
    clock = latest(clock, at);
    events.push({ from: previous, to: status, at: clock });
    previous = status;
  }
  return events;
}

function timeOf(status: RequestStatus, request: ImportedRequestTimes, clock: Date): Date | null {
  switch (status) {
    case 'NEW':
      return request.reportedAt;
    case 'ACKNOWLEDGED':
      return request.acknowledgedAt;
    case 'DISPATCHED':
      return clock;
    case 'IN_PROGRESS': {
      const arrival = request.firstArrivalAt;
      const fits = arrival !== null && arrival >= clock && (request.resolvedAt === null || arrival <= request.resolvedAt);
      return fits ? arrival : clock;
    }
    case 'ON_HOLD':
      return clock;
    case 'RESOLVED':
      return request.resolvedAt;
    case 'CLOSED':
      return request.closedAt;
    case 'CANCELLED':
      return request.cancelledAt;
  }
}
