import { randomUUID } from 'node:crypto';
import type { KpiDataset, KpiRequestRecord, KpiStaffRecord } from '@stardesk/domain';
import type { DataSource } from 'typeorm';
import { createKpiWorld, writeKpiDataset, type KpiWorld } from './kpi-dataset.writer';

/**
 * A small hand-computed data set for the KPI fixtures (GraphQL and CLI): period [2026-03-02,
 * 2026-03-09) in Asia/Shanghai, every figure of kpis.md worked out by hand in EXPECTED below.
 */
export const FIXTURE_PERIOD = { from: '2026-03-02', to: '2026-03-09' } as const;

const H = 3_600_000;
const M = 60_000;
const at = (iso: string, plusMs = 0): Date => new Date(Date.parse(iso) + plusMs);

export interface KpiFixture {
  world: KpiWorld;
  ids: { r1: string; r2: string; r3: string; t1: string; t2: string; d1: string };
}

export async function createKpiFixture(dataSource: DataSource, code: string): Promise<KpiFixture> {
  const world = await createKpiWorld(dataSource, code);
  const [sh, bj] = world.outlets as [KpiWorld['outlets'][number], KpiWorld['outlets'][number]];
  const [airCon] = world.products;
  const ids = { r1: randomUUID(), r2: randomUUID(), r3: randomUUID(), t1: randomUUID(), t2: randomUUID(), d1: randomUUID() };
  const request = (changes: Partial<KpiRequestRecord> & Pick<KpiRequestRecord, 'id' | 'reportedAt'>): KpiRequestRecord => ({
    type: 'REPAIR',
    channel: 'HOTLINE',
    priority: 'NORMAL',
    outletId: sh.id,
    regionId: sh.regionId,
    productCategory: airCon!.category,
    productModel: airCon!.model,
    unitSerial: null,
    acknowledgedAt: null,
    resolvedAt: null,
    closedAt: null,
    cancelledAt: null,
    reopenCount: 0,
    visits: [],
    returnVisits: [],
    ...changes,
  });
  // R1: 10:00 local on 03-02, answered exactly on its 120-minute target, first visit exactly at 24 h.
  const r1Reported = at('2026-03-02T02:00:00Z');
  const r1 = request({
    id: ids.r1,
    reportedAt: r1Reported,
    unitSerial: 'SN-A',
    acknowledgedAt: at('2026-03-02T02:00:00Z', 120 * M),
    visits: [{ technicianId: ids.t1, arrivedAt: at('2026-03-02T02:00:00Z', 24 * H), outcome: 'FIXED' }],
    resolvedAt: at('2026-03-02T02:00:00Z', 30 * H),
    closedAt: at('2026-03-02T02:00:00Z', 48 * H),
    returnVisits: [{ doneAt: at('2026-03-02T02:00:00Z', 48 * H + 7 * 24 * H), completed: true }],
  });
  // R2: midnight local starting 03-03, URGENT answered after 31 minutes (late), fixed on the second visit.
  const r2 = request({
    id: ids.r2,
    priority: 'URGENT',
    outletId: bj.id,
    regionId: bj.regionId,
    reportedAt: at('2026-03-02T16:00:00Z'),
    acknowledgedAt: at('2026-03-02T16:00:00Z', 31 * M),
    visits: [
      { technicianId: ids.t2, arrivedAt: at('2026-03-02T16:00:00Z', 25 * H), outcome: 'NOT_FIXED' },
      { technicianId: ids.t1, arrivedAt: at('2026-03-02T16:00:00Z', 40 * H), outcome: 'FIXED' },
    ],
    resolvedAt: at('2026-03-02T16:00:00Z', 50 * H),
    closedAt: at('2026-03-02T16:00:00Z', 60 * H),
  });
  // R3: the last millisecond of the period, an installation never acknowledged (late when evaluated).
  const r3 = request({ id: ids.r3, type: 'INSTALLATION', priority: 'HIGH', reportedAt: at('2026-03-08T15:59:59.999Z') });
  // Outside the period: reported at the first instant after it; cancelled; the repeat repair of R1's unit.
  const after = request({ id: randomUUID(), reportedAt: at('2026-03-08T16:00:00Z'), acknowledgedAt: at('2026-03-08T16:10:00Z') });
  const cancelled = request({ id: randomUUID(), reportedAt: at('2026-03-04T02:00:00Z'), cancelledAt: at('2026-03-04T03:00:00Z') });
  const repeat = request({ id: randomUUID(), reportedAt: at('2026-03-13T02:00:00Z'), unitSerial: 'SN-A' });

  const staff = (id: string, role: KpiStaffRecord['role'], outlet: KpiWorld['outlets'][number] | null, changes: Partial<KpiStaffRecord> = {}): KpiStaffRecord => ({
    id,
    role,
    outletId: outlet?.id ?? null,
    regionId: outlet?.regionId ?? null,
    activePeriods: [{ from: '2000-01-01', until: null }],
    qualifications: [],
    trainings: [],
    ...changes,
  });
  const dataset: KpiDataset = {
    requests: [r1, r2, r3, after, cancelled, repeat],
    ratings: [
      { id: randomUUID(), requestId: ids.r1, submittedAt: at('2026-03-05T02:00:00Z'), overall: 5, recommend: 10, factors: [{ factor: 'speed', weight: 0.4, score: 5 }, { factor: 'skill', weight: 0.6, score: 3 }] },
      // The latest rating of R1 wins: 3, a detractor, no factors.
      { id: randomUUID(), requestId: ids.r1, submittedAt: at('2026-03-06T02:00:00Z'), overall: 3, recommend: 6, factors: [] },
      { id: randomUUID(), requestId: ids.r2, submittedAt: at('2026-03-06T03:00:00Z'), overall: 4, recommend: 9, factors: [{ factor: 'speed', weight: 0.4, score: 4 }, { factor: 'skill', weight: 0.6, score: 4 }] },
      // A rating of the cancelled request counts nowhere.
      { id: randomUUID(), requestId: cancelled.id, submittedAt: at('2026-03-06T03:00:00Z'), overall: 1, recommend: 0, factors: [] },
    ],
    surveyInvitations: [
      { id: randomUUID(), requestId: ids.r1, sentAt: at('2026-03-04T02:00:00Z'), expiresAt: at('2026-03-11T02:00:00Z'), answeredAt: at('2026-03-05T02:00:00Z') },
      { id: randomUUID(), requestId: ids.r2, sentAt: at('2026-03-05T02:00:00Z'), expiresAt: at('2026-03-12T02:00:00Z'), answeredAt: null },
    ],
    complaints: [
      // Acknowledged exactly at 24 h, closed at 72 h (NORMAL: 168 h): timely, accepted.
      { id: randomUUID(), requestId: ids.r2, outletId: bj.id, regionId: bj.regionId, severity: 'NORMAL', receivedAt: at('2026-03-05T00:00:00Z'),
        acknowledgedAt: at('2026-03-05T00:00:00Z', 24 * H), closedAt: at('2026-03-05T00:00:00Z', 72 * H), customerAccepted: true },
      // MAJOR closed after 80 h (target 72 h): late, not accepted.
      { id: randomUUID(), requestId: null, outletId: sh.id, regionId: sh.regionId, severity: 'MAJOR', receivedAt: at('2026-03-03T00:00:00Z'),
        acknowledgedAt: at('2026-03-03T00:00:00Z', 2 * H), closedAt: at('2026-03-03T00:00:00Z', 80 * H), customerAccepted: false },
    ],
    staff: [
      staff(ids.t1, 'TECHNICIAN', sh, {
        qualifications: [{ certificateType: 'ELECTRICIAN', validFrom: '2025-01-01', validUntil: '2027-12-31' }],
        trainings: [{ date: '2026-03-03', hours: 4 }],
      }),
      staff(ids.t2, 'TECHNICIAN', bj, { trainings: [{ date: '2026-02-20', hours: 8 }] }),
      staff(ids.d1, 'DISPATCHER', null, { trainings: [{ date: '2026-03-04', hours: 2 }] }),
      staff(randomUUID(), 'TECHNICIAN', sh, { activePeriods: [] }),
    ],
  };
  await writeKpiDataset(dataSource, world, dataset);
  return { world, ids };
}

/** Every KPI of the fixture period, worked out by hand (see the comments above). */
export const EXPECTED = {
  requestCount: 3,
  responseMinutes: { mean: 75.5, p50: 31, p90: 120, n: 2 },
  responseOnTimeRate: 1 / 3,
  arrivalOnTimeRate: 0.5,
  resolutionHours: { mean: 40, p50: 30, p90: 50, n: 2 },
  firstTimeFixRate: 0.5,
  repeatRepairRate: 0.5,
  returnVisitRate: 0.5,
  csatRate: 0.5,
  avgRating: 3.5,
  nps: 0,
  surveyResponseRate: 0.5,
  csi: 750,
  complaintRate: 666.67,
  complaintTimelyRate: 0.5,
  complaintResolutionRate: 0.5,
  complaintHours: { mean: 76, p50: 72, p90: 80, n: 2 },
  certifiedStaffRate: 0.5,
  trainingHoursPerStaff: 2,
} as const;
