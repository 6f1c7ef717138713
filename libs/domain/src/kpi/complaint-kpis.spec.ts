import { complaintHours, complaintRate, complaintResolutionRate, complaintTimelyRate } from './kpi-formulas';
import { aComplaint, aDataset, aRequest } from './kpi-records.factory';
import type { KpiComplaintRecord } from './kpi-records';
import { DEFAULT_KPI_TARGETS, type KpiTargets } from './kpi-targets';

const JANUARY = { from: '2026-01-01', to: '2026-02-01' };
const NOW = new Date('2026-03-01T00:00:00Z');
const T = DEFAULT_KPI_TARGETS;
const RECEIVED = '2026-01-10T02:00:00Z';

describe('complaintRate', () => {
  const requests = (count: number) => Array.from({ length: count }, () => aRequest().build());
  const complaints = (count: number) => Array.from({ length: count }, () => aComplaint(RECEIVED, { acknowledged: null, closed: null }));

  it.each<[number, number, number | null]>([
    [3, 7, 428.57],
    [1, 3, 333.33],
    [0, 5, 0],
    [2, 0, null],
  ])('%i complaints over %i requests → %p per 1,000 (2 decimals)', (complaintCount, requestCount, expected) => {
    expect(complaintRate(aDataset({ requests: requests(requestCount), complaints: complaints(complaintCount) }), JANUARY, T, NOW)).toBe(expected);
  });

  it('leaves cancelled requests out of the denominator but keeps complaints about them', () => {
    const cancelled = aRequest().cancelled().build();
    const dataset = aDataset({
      requests: [cancelled, ...requests(4)],
      complaints: [aComplaint(RECEIVED, { acknowledged: null, closed: null }, { requestId: cancelled.id })],
    });
    expect(complaintRate(dataset, JANUARY, T, NOW)).toBe(250);
  });
});

describe('complaintTimelyRate', () => {
  it.each<[string, KpiComplaintRecord, number | null]>([
    ['NORMAL acknowledged at 24 h, closed at 168 h', aComplaint(RECEIVED, { acknowledged: 24, closed: 168 }), 1],
    ['NORMAL closed at 168 h and 1 minute', aComplaint(RECEIVED, { acknowledged: 1, closed: 168 + 1 / 60 }), 0],
    ['MAJOR closed exactly at 72 h', aComplaint(RECEIVED, { acknowledged: 1, closed: 72 }, { severity: 'MAJOR' }), 1],
    ['MAJOR closed at 73 h', aComplaint(RECEIVED, { acknowledged: 1, closed: 73 }, { severity: 'MAJOR' }), 0],
    ['acknowledged at 25 h, closed in time', aComplaint(RECEIVED, { acknowledged: 25, closed: 30 }), 0],
    ['closed without an acknowledgement', aComplaint(RECEIVED, { acknowledged: null, closed: 30 }), 0],
    ['still open', aComplaint(RECEIVED, { acknowledged: 2, closed: null }), null],
  ])('%s → %p', (_case, complaint, expected) => {
    expect(complaintTimelyRate(aDataset({ complaints: [complaint] }), JANUARY, T, NOW)).toBe(expected);
  });

  it('uses the handling outlet targets', () => {
    const targets: KpiTargets = { ...T, byOutlet: { 'outlet-sh': { complaintResolutionHours: { MAJOR: 96 } } } };
    const complaint = aComplaint(RECEIVED, { acknowledged: 1, closed: 90 }, { severity: 'MAJOR' });
    expect(complaintTimelyRate(aDataset({ complaints: [complaint] }), JANUARY, targets, NOW)).toBe(1);
    expect(complaintTimelyRate(aDataset({ complaints: [{ ...complaint, outletId: null }] }), JANUARY, targets, NOW)).toBe(0);
  });
});

describe('complaintResolutionRate and complaintHours', () => {
  const dataset = aDataset({
    complaints: [
      aComplaint(RECEIVED, { acknowledged: 1, closed: 10 }),
      aComplaint(RECEIVED, { acknowledged: 1, closed: 30.5 }, { customerAccepted: false }),
      aComplaint(RECEIVED, { acknowledged: 1, closed: 20 }, { customerAccepted: null }),
      aComplaint('2025-12-20T02:00:00Z', { acknowledged: 1, closed: 24 * 14 }), // received in December, closed 3 January
      aComplaint('2026-01-30T02:00:00Z', { acknowledged: 1, closed: 24 * 5 }), // closed in February
    ],
  });

  it('counts complaints closed in the period, accepted by the customer', () => {
    expect(complaintResolutionRate(dataset, JANUARY, T, NOW)).toBe(0.5);
  });

  it('measures closedAt − receivedAt in hours', () => {
    expect(complaintHours(dataset, JANUARY, T, NOW)).toEqual({ mean: (10 + 30.5 + 20 + 336) / 4, p50: 20, p90: 336, n: 4 });
  });

  it('is null with nothing closed', () => {
    expect(complaintResolutionRate(aDataset(), JANUARY, T, NOW)).toBeNull();
    expect(complaintHours(aDataset(), JANUARY, T, NOW)).toEqual({ mean: null, p50: null, p90: null, n: 0 });
  });
});
