import fc from 'fast-check';
import { KPI_KEYS, type KpiKey } from './kpi-catalog';
import { computeKpiBreakdown, KPI_DIMENSIONS, type KpiBreakdown } from './kpi-breakdown';
import { computeKpiSummary } from './compute-kpis';
import { aComplaint, aDataset, aRating, aRequest, aStaffMember } from './kpi-records.factory';
import type { Priority, ServiceType } from '../service-request/service-request.types';
import type { VisitOutcome } from '../visit/visit.types';
import type { KpiDataset, KpiRequestRecord } from './kpi-records';
import { DEFAULT_KPI_TARGETS, MS_PER_MINUTE } from './kpi-targets';

const JANUARY = { from: '2026-01-01', to: '2026-02-01' };
const NOW = new Date('2026-03-01T00:00:00Z');
const T = DEFAULT_KPI_TARGETS;
const PEOPLE_KPIS: KpiKey[] = ['certifiedStaffRate', 'trainingHoursPerStaff'];

function rowSum(breakdown: KpiBreakdown, key: KpiKey): number {
  return breakdown.rows.reduce((sum, row) => sum + row.populations[key], 0);
}

describe('computeKpiBreakdown by calendar bucket', () => {
  const dataset = aDataset({
    requests: [aRequest().reportedAt('2026-01-01T15:59:59Z').build(), aRequest().reportedAt('2026-01-01T16:00:00Z').acknowledgedAfterMinutes(10).build()],
  });

  it('buckets by Shanghai local day and lists every day of the period', () => {
    const byDay = computeKpiBreakdown(dataset, JANUARY, T, NOW, 'day');
    expect(byDay.rows).toHaveLength(31);
    expect(byDay.rows.slice(0, 3).map((row) => [row.key, row.kpis.requestCount])).toEqual([
      ['2026-01-01', 1],
      ['2026-01-02', 1],
      ['2026-01-03', 0],
    ]);
    expect(byDay.rows[2]?.kpis.responseOnTimeRate).toBeNull();
    expect(byDay.rows[0]?.period).toEqual({ from: '2026-01-01', to: '2026-01-02', timeZone: 'Asia/Shanghai' });
  });

  it('cuts ISO weeks (Monday first) and months, clipped to the period', () => {
    expect(computeKpiBreakdown(dataset, JANUARY, T, NOW, 'week').rows.map((row) => row.key)).toEqual(['2026-W01', '2026-W02', '2026-W03', '2026-W04', '2026-W05']);
    const byMonth = computeKpiBreakdown(dataset, { from: '2025-12-15', to: '2026-02-01' }, T, NOW, 'month');
    expect(byMonth.rows.map((row) => [row.key, row.kpis.requestCount])).toEqual([['2025-12', 0], ['2026-01', 2]]);
  });

  it('takes people KPIs at the end of each bucket', () => {
    const joinsMidMonth = aStaffMember('TECHNICIAN', '2026-01-15', { qualifications: [{ certificateType: '电工证', validFrom: '2026-01-01', validUntil: null }] });
    const rows = computeKpiBreakdown(aDataset({ staff: [joinsMidMonth] }), JANUARY, T, NOW, 'week').rows;
    expect(rows.map((row) => row.kpis.certifiedStaffRate)).toEqual([null, null, 1, 1, 1]);
  });
});

describe('computeKpiBreakdown by record dimension', () => {
  const first = aRequest().with({ unitSerial: 'SN-1', outletId: 'outlet-a' }).visitAfterHours(2, 'FIXED', 'tech-b').visitAfterHours(1, 'NEEDS_PARTS', 'tech-a').resolvedAfterHours(3).build();
  const repeat = aRequest().with({ unitSerial: 'SN-1', outletId: 'outlet-b' }).reportedAt('2026-01-15T02:00:00Z').build();
  const noVisit = aRequest().with({ outletId: 'outlet-b', productModel: null }).build();
  const dataset = aDataset({
    requests: [noVisit, first, repeat],
    ratings: [aRating(first, '2026-01-10T00:00:00Z', 5), aRating('req-unknown', '2026-01-10T00:00:00Z', 2)],
    complaints: [aComplaint('2026-01-10T00:00:00Z', { acknowledged: 1, closed: 2 }, { outletId: null, requestId: first.id })],
  });

  it('attributes requests to the technician of the first visit, the rest to the unknown row', () => {
    const byTechnician = computeKpiBreakdown(dataset, JANUARY, T, NOW, 'technician');
    expect(byTechnician.rows.map((row) => [row.key, row.kpis.requestCount, row.kpis.firstTimeFixRate])).toEqual([
      ['tech-a', 1, 0],
      [null, 2, null],
    ]);
  });

  it('breaks a tie of first-visit times by the smaller technician id', () => {
    const together = aRequest().visitAfterHours(2, 'FIXED', 'tech-z').visitAfterHours(2, 'FIXED', 'tech-k').build();
    const rows = computeKpiBreakdown(aDataset({ requests: [together] }), JANUARY, T, NOW, 'technician').rows;
    expect(rows.map((row) => row.key)).toEqual(['tech-k']);
  });

  it('finds a repeat repair that falls in another row', () => {
    const byOutlet = computeKpiBreakdown(dataset, JANUARY, T, NOW, 'outlet');
    expect(byOutlet.rows.map((row) => [row.key, row.kpis.requestCount, row.kpis.repeatRepairRate])).toEqual([
      ['outlet-a', 1, 1],
      ['outlet-b', 2, null],
      [null, 0, null],
    ]);
    expect(byOutlet.rows.find((row) => row.key === null)?.populations.complaintTimelyRate).toBe(1);
  });

  it('keeps ratings of unknown requests in the unknown row so that rows add up', () => {
    const byModel = computeKpiBreakdown(dataset, JANUARY, T, NOW, 'productModel');
    expect(byModel.rows.map((row) => [row.key, row.populations.csatRate, row.populations.requestCount])).toEqual([
      ['XQG100', 1, 2],
      [null, 1, 1],
    ]);
    expect(rowSum(byModel, 'csatRate')).toBe(byModel.total.populations.csatRate);
  });
});

/** Random records around January 2026, dense enough to hit day edges, targets and shared serials. */
const instant = fc.integer({ min: Date.parse('2025-12-28T00:00:00Z'), max: Date.parse('2026-02-03T00:00:00Z') }).map((ms) => new Date(ms));
const minutesLater = (max: number) => fc.option(fc.integer({ min: 0, max: max * 60 }), { nil: null });
const requestArbitrary = fc
  .record({
    type: fc.constantFrom<ServiceType>('REPAIR', 'REPAIR', 'INSTALLATION'),
    priority: fc.constantFrom<Priority>('URGENT', 'HIGH', 'NORMAL', 'LOW'),
    outletId: fc.constantFrom('o1', 'o2', 'o3'),
    regionId: fc.constantFrom('r1', 'r2', null),
    productModel: fc.constantFrom('M1', 'M2', null),
    unitSerial: fc.constantFrom('S1', 'S2', null),
    reportedAt: instant,
    ack: minutesLater(5),
    resolve: minutesLater(24 * 20),
    close: minutesLater(24 * 25),
    cancelled: fc.integer({ min: 0, max: 9 }).map((draw) => draw < 2),
    visits: fc.array(
      fc.record({ technicianId: fc.constantFrom('t1', 't2'), minutes: fc.integer({ min: 0, max: 3000 }), outcome: fc.constantFrom<VisitOutcome>('FIXED', 'NOT_FIXED') }),
      { maxLength: 2 },
    ),
  })
  .map((r): Omit<KpiRequestRecord, 'id'> => {
    const later = (minutes: number | null) => (minutes === null ? null : new Date(r.reportedAt.getTime() + minutes * MS_PER_MINUTE));
    return {
      ...r,
      channel: 'HOTLINE',
      productCategory: r.productModel === null ? null : 'washer',
      acknowledgedAt: later(r.ack),
      resolvedAt: later(r.resolve),
      closedAt: later(r.close),
      cancelledAt: r.cancelled ? later(1) : null,
      reopenCount: 0,
      visits: r.visits.map((visit) => ({ technicianId: visit.technicianId, arrivedAt: later(visit.minutes) as Date, outcome: visit.outcome })),
      returnVisits: r.close === null ? [] : [{ doneAt: later(r.close + 3 * 24 * 60) as Date, completed: true }],
    };
  });
const datasetArbitrary: fc.Arbitrary<KpiDataset> = fc
  .record({
    requests: fc.array(requestArbitrary, { maxLength: 25 }),
    ratings: fc.array(fc.record({ request: fc.nat(30), at: instant, overall: fc.integer({ min: 1, max: 5 }) }), { maxLength: 15 }),
    complaints: fc.array(fc.record({ request: fc.option(fc.nat(30), { nil: null }), at: instant, outletId: fc.constantFrom('o1', null), hours: fc.integer({ min: 1, max: 300 }) }), { maxLength: 6 }),
    staff: fc.array(fc.record({ technician: fc.boolean(), joined: fc.constantFrom('2025-01-01', '2026-01-20'), outletId: fc.constantFrom('o1', 'o2', null) }), { maxLength: 5 }),
  })
  .map((raw) => ({
    requests: raw.requests.map((request, index) => ({ ...request, id: `req-${index}` })),
    ratings: raw.ratings.map((rating) => aRating(`req-${rating.request}`, rating.at.toISOString(), rating.overall)),
    surveyInvitations: [],
    complaints: raw.complaints.map((complaint) =>
      aComplaint(complaint.at.toISOString(), { acknowledged: 1, closed: complaint.hours }, { outletId: complaint.outletId, requestId: complaint.request === null ? null : `req-${complaint.request}` }),
    ),
    staff: raw.staff.map((staff) => aStaffMember(staff.technician ? 'TECHNICIAN' : 'DISPATCHER', staff.joined, { outletId: staff.outletId, trainings: [{ date: '2026-01-10', hours: 2 }] })),
  }));

describe('breakdown rows add up (property)', () => {
  it.each(KPI_DIMENSIONS)('by %s: the populations of the rows sum to the total, and the total is computeKpiSummary', (dimension) => {
    fc.assert(
      fc.property(datasetArbitrary, (dataset) => {
        const breakdown = computeKpiBreakdown(dataset, JANUARY, T, NOW, dimension);
        expect(breakdown.total).toEqual(computeKpiSummary(dataset, JANUARY, T, NOW));
        const snapshots = ['day', 'week', 'month'].includes(dimension) ? PEOPLE_KPIS : [];
        for (const key of KPI_KEYS.filter((kpi) => !snapshots.includes(kpi))) expect([key, rowSum(breakdown, key)]).toEqual([key, breakdown.total.populations[key]]);
      }),
      { numRuns: 60 },
    );
  });

  it('keeps an outlet override local to its outlet', () => {
    const targets = { ...T, byOutlet: { o2: { arrivalHours: 48 } } };
    const late = (outletId: string) => aRequest().with({ outletId }).visitAfterHours(30).build();
    const rows = computeKpiBreakdown(aDataset({ requests: [late('o1'), late('o2')] }), JANUARY, targets, NOW, 'outlet').rows;
    expect(rows.map((row) => [row.key, row.kpis.arrivalOnTimeRate])).toEqual([['o1', 0], ['o2', 1]]);
  });
});
