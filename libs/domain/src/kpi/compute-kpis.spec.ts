import { KPI_CATALOG, KPI_KEYS, type KpiKey, type KpiValues } from './kpi-catalog';
import * as formulas from './kpi-formulas';
import { computeKpis, computeKpiSummary } from './compute-kpis';
import { aComplaint, aDataset, anInvitation, aRating, aRequest, aStaffMember } from './kpi-records.factory';
import type { KpiDataset } from './kpi-records';
import { DEFAULT_KPI_TARGETS } from './kpi-targets';

const JANUARY = { from: '2026-01-01', to: '2026-02-01' };
const NOW = new Date('2026-03-01T00:00:00Z');
const T = DEFAULT_KPI_TARGETS;

function aBusyJanuary(): KpiDataset {
  const fixed = aRequest().with({ unitSerial: 'SN-1' }).acknowledgedAfterMinutes(40).visitAfterHours(5).resolvedAfterHours(6).closedAfterHours(8).returnVisitAfterClosureDays(2).build();
  const repeat = aRequest().with({ unitSerial: 'SN-1' }).reportedAt('2026-01-20T02:00:00Z').acknowledgedAfterMinutes(200).build();
  const urgent = aRequest().with({ priority: 'URGENT', type: 'INSTALLATION' }).acknowledgedAfterMinutes(10).build();
  return aDataset({
    requests: [fixed, repeat, urgent],
    ratings: [aRating(fixed, '2026-01-06T02:00:00Z', 5, { recommend: 10 }), aRating(urgent, '2026-01-07T02:00:00Z', 3, { recommend: 6 })],
    surveyInvitations: [anInvitation('2026-01-06T00:00:00Z', { answeredAt: new Date('2026-01-06T02:00:00Z') }), anInvitation('2026-01-06T00:00:00Z')],
    complaints: [aComplaint('2026-01-21T02:00:00Z', { acknowledged: 2, closed: 30 })],
    staff: [aStaffMember('TECHNICIAN', '2025-01-01', { qualifications: [{ certificateType: '电工证', validFrom: '2025-01-01', validUntil: null }], trainings: [{ date: '2026-01-09', hours: 16 }] })],
  });
}

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

describe('computeKpis', () => {
  it('returns exactly the KPI keys of kpis.md, as the catalogue lists them', () => {
    expect(Object.keys(computeKpis(aBusyJanuary(), JANUARY, T, NOW))).toEqual([...KPI_KEYS]);
    expect(KPI_CATALOG.map((definition) => definition.key)).toEqual([...KPI_KEYS]);
  });

  it('gives the value of each KPI formula, which agree with hand-computed figures', () => {
    const kpis = computeKpis(aBusyJanuary(), JANUARY, T, NOW);
    for (const key of KPI_KEYS) expect(formulas[key](aBusyJanuary(), JANUARY, T, NOW)).toEqual(kpis[key]);
    expect(kpis).toMatchObject<Partial<KpiValues>>({
      requestCount: 3,
      responseMinutes: { mean: 250 / 3, p50: 40, p90: 200, n: 3 },
      responseOnTimeRate: 2 / 3,
      firstTimeFixRate: 1,
      repeatRepairRate: 1,
      returnVisitRate: 1,
      csatRate: 0.5,
      avgRating: 4,
      nps: 0,
      surveyResponseRate: 0.5,
      complaintRate: 333.33,
      complaintTimelyRate: 1,
      certifiedStaffRate: 1,
      trainingHoursPerStaff: 16,
    });
  });

  it('is null or zero-count for an empty period, never NaN', () => {
    const kpis = computeKpis(aBusyJanuary(), { from: '2025-06-01', to: '2025-07-01' }, T, NOW);
    expect(numbersIn(kpis).some(Number.isNaN)).toBe(false);
    const rates: KpiKey[] = ['responseOnTimeRate', 'arrivalOnTimeRate', 'firstTimeFixRate', 'csatRate', 'avgRating', 'nps', 'csi', 'complaintRate'];
    for (const key of rates) expect(kpis[key]).toBeNull();
    expect(kpis.requestCount).toBe(0);
    expect(kpis.resolutionHours).toEqual({ mean: null, p50: null, p90: null, n: 0 });
  });

  it('counts a cancelled request in no KPI, whatever else happened to it', () => {
    const busy = aBusyJanuary();
    const cancelled = aRequest()
      .with({ unitSerial: 'SN-1', priority: 'URGENT' })
      .reportedAt('2026-01-05T03:00:00Z')
      .acknowledgedAfterMinutes(500)
      .visitAfterHours(30, 'NOT_FIXED')
      .resolvedAfterHours(31)
      .closedAfterHours(32)
      .cancelled()
      .build();
    const withCancelled = aDataset({
      ...busy,
      requests: [...busy.requests, cancelled],
      ratings: [...busy.ratings, aRating(cancelled, '2026-01-09T00:00:00Z', 1, { recommend: 0 })],
      surveyInvitations: [...busy.surveyInvitations, anInvitation('2026-01-09T00:00:00Z', { requestId: cancelled.id })],
    });
    expect(computeKpiSummary(withCancelled, JANUARY, T, NOW)).toEqual(computeKpiSummary(busy, JANUARY, T, NOW));
  });

  it('reports the population behind each KPI', () => {
    const { populations } = computeKpiSummary(aBusyJanuary(), JANUARY, T, NOW);
    expect(populations).toMatchObject({ requestCount: 3, responseOnTimeRate: 3, firstTimeFixRate: 1, csatRate: 2, complaintRate: 1, certifiedStaffRate: 1 });
  });
});
