import type { RequestStatus } from '../service-request/service-request.types';
import { assertTransition } from '../service-request/lifecycle';
import { synthesiseRequestEvents, type ImportedRequestTimes } from './request-events';

const at = (hhmm: string, day = '01') => new Date(`2026-03-${day}T${hhmm}:00Z`);
const base: ImportedRequestTimes = {
  status: 'CLOSED', reportedAt: at('01:00'), acknowledgedAt: at('01:20'), resolvedAt: at('07:00', '02'), closedAt: at('02:00', '03'), cancelledAt: null, firstArrivalAt: null,
};

const steps = (times: Partial<ImportedRequestTimes>) => synthesiseRequestEvents({ ...base, ...times }).map((event) => [event.to, event.at.toISOString().slice(8, 16)]);

describe('synthesiseRequestEvents', () => {
  it.each<[string, Partial<ImportedRequestTimes>, [RequestStatus, string][]]>([
    ['a new request', { status: 'NEW', acknowledgedAt: null, resolvedAt: null, closedAt: null }, [['NEW', '01T01:00']]],
    ['an acknowledged one', { status: 'ACKNOWLEDGED', resolvedAt: null, closedAt: null }, [['NEW', '01T01:00'], ['ACKNOWLEDGED', '01T01:20']]],
    ['a closed one, work from the acknowledgement', {}, [
      ['NEW', '01T01:00'], ['ACKNOWLEDGED', '01T01:20'], ['DISPATCHED', '01T01:20'], ['IN_PROGRESS', '01T01:20'], ['RESOLVED', '02T07:00'], ['CLOSED', '03T02:00'],
    ]],
    ['a closed one, work from the first arrival', { firstArrivalAt: at('03:00', '02') }, [
      ['NEW', '01T01:00'], ['ACKNOWLEDGED', '01T01:20'], ['DISPATCHED', '01T01:20'], ['IN_PROGRESS', '02T03:00'], ['RESOLVED', '02T07:00'], ['CLOSED', '03T02:00'],
    ]],
    ['an arrival after the resolution is not the start of work', { firstArrivalAt: at('09:00', '02') }, [
      ['NEW', '01T01:00'], ['ACKNOWLEDGED', '01T01:20'], ['DISPATCHED', '01T01:20'], ['IN_PROGRESS', '01T01:20'], ['RESOLVED', '02T07:00'], ['CLOSED', '03T02:00'],
    ]],
    ['one on hold', { status: 'ON_HOLD', resolvedAt: null, closedAt: null }, [
      ['NEW', '01T01:00'], ['ACKNOWLEDGED', '01T01:20'], ['DISPATCHED', '01T01:20'], ['IN_PROGRESS', '01T01:20'], ['ON_HOLD', '01T01:20'],
    ]],
    ['one cancelled before acknowledgement', { status: 'CANCELLED', acknowledgedAt: null, resolvedAt: null, closedAt: null, cancelledAt: at('02:00') }, [
      ['NEW', '01T01:00'], ['CANCELLED', '01T02:00'],
    ]],
    ['one cancelled after acknowledgement', { status: 'CANCELLED', resolvedAt: null, closedAt: null, cancelledAt: at('02:00') }, [
      ['NEW', '01T01:00'], ['ACKNOWLEDGED', '01T01:20'], ['CANCELLED', '01T02:00'],
    ]],
  ])('%s', (_name, times, expected) => {
    expect(steps(times)).toEqual(expected);
  });

  it('only makes legal transitions, the first from nothing', () => {
    for (const status of ['NEW', 'ACKNOWLEDGED', 'DISPATCHED', 'IN_PROGRESS', 'ON_HOLD', 'RESOLVED', 'CLOSED', 'CANCELLED'] as const) {
      const events = synthesiseRequestEvents({ ...base, status, cancelledAt: at('02:00') });
      expect(events[0]!.from).toBeNull();
      for (const event of events.slice(1)) expect(() => assertTransition(event.from!, event.to)).not.toThrow();
      expect(events.at(-1)!.to).toBe(status);
    }
  });
});
