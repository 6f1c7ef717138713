import { assertTransition, type RequestStatus } from '@stardesk/domain';
import { generateDemo } from './demo-generator';

const options = { seed: 7, requests: 800, now: new Date('2026-11-23T04:00:00Z'), timeZone: 'Asia/Shanghai' };

describe('demo generator', () => {
  const demo = generateDemo(options);

  it('is deterministic for a seed', () => {
    const again = generateDemo(options);
    expect(again.requests.map((r) => [r.id, r.status, r.reportedAt.getTime()])).toEqual(demo.requests.map((r) => [r.id, r.status, r.reportedAt.getTime()]));
  });

  it('produces about the requested volume over the last year, none in the future', () => {
    expect(demo.requests.length).toBeGreaterThan(600);
    expect(demo.requests.length).toBeLessThan(1000);
    const yearAgo = options.now.getTime() - 366 * 86_400_000;
    expect(demo.requests.every((r) => r.reportedAt.getTime() >= yearAgo && r.reportedAt <= options.now)).toBe(true);
    expect(demo.events.every((e) => e.at <= options.now)).toBe(true);
  });

  it('moves every request only through transitions the lifecycle allows, ending in its status', () => {
    const byRequest = new Map<string, { from: RequestStatus | null; to: RequestStatus; at: Date }[]>();
    for (const event of demo.events) byRequest.set(event.requestId, [...(byRequest.get(event.requestId) ?? []), event]);
    for (const request of demo.requests) {
      const events = byRequest.get(request.id)!;
      expect(events[0]).toMatchObject({ from: null, to: 'NEW' });
      for (const event of events.slice(1)) expect(() => assertTransition(event.from!, event.to)).not.toThrow();
      expect(events.at(-1)!.to).toBe(request.status);
      for (let i = 1; i < events.length; i++) expect(events[i]!.at.getTime()).toBeGreaterThanOrEqual(events[i - 1]!.at.getTime());
    }
  });

  it('keeps the timestamps consistent with the status', () => {
    for (const r of demo.requests) {
      if (r.status === 'CLOSED') expect(r.closedAt && r.resolvedAt && r.acknowledgedAt).toBeTruthy();
      if (r.acknowledgedAt) expect(r.acknowledgedAt.getTime()).toBeGreaterThanOrEqual(r.reportedAt.getTime());
      if (r.closedAt) expect(r.closedAt.getTime()).toBeGreaterThanOrEqual(r.resolvedAt!.getTime());
    }
  });
});
