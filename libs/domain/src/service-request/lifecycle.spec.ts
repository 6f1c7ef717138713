import { REQUEST_STATUSES, type RequestStatus } from './service-request.types';
import { OPEN_STATUSES, RequestTransitionRefused, allowedTransitions, assertTransition, isReopen, pathTo } from './lifecycle';

describe('service request lifecycle', () => {
  it.each<[RequestStatus, RequestStatus]>([
    ['NEW', 'ACKNOWLEDGED'],
    ['ACKNOWLEDGED', 'DISPATCHED'],
    ['DISPATCHED', 'IN_PROGRESS'],
    ['IN_PROGRESS', 'ON_HOLD'],
    ['ON_HOLD', 'IN_PROGRESS'],
    ['IN_PROGRESS', 'RESOLVED'],
    ['RESOLVED', 'CLOSED'],
    ['RESOLVED', 'IN_PROGRESS'],
    ['CLOSED', 'IN_PROGRESS'],
  ])('allows %s → %s', (from, to) => {
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each<[RequestStatus, RequestStatus]>([
    ['NEW', 'RESOLVED'],
    ['ACKNOWLEDGED', 'IN_PROGRESS'],
    ['ON_HOLD', 'RESOLVED'],
    ['CLOSED', 'CANCELLED'],
    ['RESOLVED', 'CANCELLED'],
    ['CANCELLED', 'NEW'],
    ['CANCELLED', 'IN_PROGRESS'],
  ])('refuses %s → %s, naming the current state and the allowed ones', (from, to) => {
    expect(() => assertTransition(from, to)).toThrow(RequestTransitionRefused);
    try {
      assertTransition(from, to);
    } catch (error) {
      const refused = error as RequestTransitionRefused;
      expect(refused.from).toBe(from);
      expect(refused.allowed).toEqual(allowedTransitions(from));
      expect(refused.message).toContain(from);
    }
  });

  it('can cancel from every open state and from no other', () => {
    for (const status of REQUEST_STATUSES) {
      expect(allowedTransitions(status).includes('CANCELLED')).toBe(OPEN_STATUSES.includes(status));
    }
  });

  it('calls a return to work from RESOLVED or CLOSED a reopen, and nothing else', () => {
    expect(isReopen('RESOLVED', 'IN_PROGRESS')).toBe(true);
    expect(isReopen('CLOSED', 'IN_PROGRESS')).toBe(true);
    expect(isReopen('ON_HOLD', 'IN_PROGRESS')).toBe(false);
  });

  it.each(REQUEST_STATUSES)('reaches %s by a path of allowed transitions', (target) => {
    const path = pathTo(target);
    expect(path[0]).toBe('NEW');
    expect(path.at(-1)).toBe(target);
    for (let index = 1; index < path.length; index++) expect(() => assertTransition(path[index - 1]!, path[index]!)).not.toThrow();
  });
});
