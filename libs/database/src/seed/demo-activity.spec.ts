import { generateActivity } from './demo-activity';
import { DEMO_PRODUCTS } from './demo-catalogue';
import { generateDemo } from './demo-generator';

const now = new Date('2026-11-23T04:00:00Z');
const demo = generateDemo({ seed: 11, requests: 4000, now, timeZone: 'Asia/Shanghai' });
const activity = generateActivity(demo, (model) => DEMO_PRODUCTS.find((p) => p.model === model)!.category, 12, now);

describe('demo activity', () => {
  it('visits every request that reached the customer, in order, never in the future', () => {
    const started = demo.requests.filter((r) => r.type !== 'CONSULTATION' && ['IN_PROGRESS', 'ON_HOLD', 'RESOLVED', 'CLOSED'].includes(r.status));
    const visited = new Set(activity.visits.map((v) => v.requestId));
    expect(started.every((r) => visited.has(r.id))).toBe(true);
    for (const visit of activity.visits) {
      expect(visit.completedAt.getTime()).toBeGreaterThanOrEqual(visit.arrivedAt.getTime());
      expect(visit.arrivedAt <= now).toBe(true);
    }
  });

  it('has the shapes performance.md asks for: first-time fix 80–90 %, complaints 1–3 %, CSAT 85–95 %', () => {
    const repairs = demo.requests.filter((r) => r.type === 'REPAIR' && r.resolvedAt);
    const firstTimeFixed = repairs.filter((r) => {
      const visits = activity.visits.filter((v) => v.requestId === r.id);
      return r.reopenCount === 0 && visits.length <= 1 && visits.every((v) => v.outcome === 'FIXED');
    });
    const ftf = firstTimeFixed.length / repairs.length;
    expect(ftf).toBeGreaterThan(0.8);
    expect(ftf).toBeLessThan(0.9);
    const complaintShare = activity.complaints.length / demo.requests.length;
    expect(complaintShare).toBeGreaterThan(0.01);
    expect(complaintShare).toBeLessThan(0.03);
    const ratings = activity.returnVisits.flatMap((v) => (v.rating === null ? [] : [v.rating]));
    const csat = ratings.filter((rating) => rating >= 4).length / ratings.length;
    expect(csat).toBeGreaterThan(0.85);
    expect(csat).toBeLessThan(0.95);
  });

  it('closes complaints only after they were acknowledged, with the customer’s answer', () => {
    for (const complaint of activity.complaints) {
      if (complaint.closedAt) {
        expect(complaint.acknowledgedAt!.getTime()).toBeLessThanOrEqual(complaint.closedAt.getTime());
        expect(complaint.customerAccepted).not.toBeNull();
      }
    }
  });
});
