import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { KPI_DURATION_BUCKET_BOUNDS, KpiSqlEngine, rebuildKpiRollups } from '@stardesk/database';
import {
  computeKpiBreakdown,
  computeKpiSummary,
  DEFAULT_KPI_TARGETS,
  KPI_DIMENSIONS,
  KPI_KEYS,
  type KpiComplaintRecord,
  type KpiDataset,
  type KpiDimension,
  type KpiRatingRecord,
  type KpiRequestRecord,
  type KpiStaffRecord,
  type KpiSummary,
  type KpiSurveyInvitationRecord,
  type KpiTargets,
} from '@stardesk/domain';
import { createKpiWorld, setOutletTargets, writeKpiDataset, type KpiWorld } from '../../../../tools/testing/kpi-dataset.writer';
import { createTestDatabase, type TestDatabase } from '../../../../tools/testing/test-database';

/**
 * The SQL engine against the domain reference (kpis.md written twice): random data sets written to a
 * real PostgreSQL, evaluated by both, compared KPI by KPI, for totals and for every kind of breakdown.
 * The generators lean on the edges: instants on local midnight in Asia/Shanghai (and 1 ms before),
 * durations exactly on their targets, reopened and cancelled requests, re-rated requests (the latest
 * rating wins, ties included), an outlet with its own targets, and empty periods.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** 2026-03-01 00:00 in Asia/Shanghai. */
const ORIGIN = Date.parse('2026-02-28T16:00:00Z');

const OUTLET_OVERRIDES = { RESPONSE_MINUTES_NORMAL: 60, ARRIVAL_HOURS: 12, COMPLAINT_ACKNOWLEDGEMENT_HOURS: 12, RETURN_VISIT_DAYS: 3, REPEAT_REPAIR_WINDOW_DAYS: 10 };

function targetsFor(world: KpiWorld): KpiTargets {
  return {
    ...DEFAULT_KPI_TARGETS,
    byOutlet: {
      [world.outlets[0]!.id]: {
        responseMinutes: { NORMAL: 60 },
        arrivalHours: 12,
        complaintAcknowledgementHours: 12,
        returnVisitDays: 3,
        repeatRepairWindowDays: 10,
      },
    },
  };
}

const instant = fc
  .tuple(fc.integer({ min: -2, max: 14 }), fc.oneof(fc.constant(0), fc.constant(DAY - 1), fc.integer({ min: 0, max: DAY - 1 })))
  .map(([day, ms]) => new Date(ORIGIN + day * DAY + ms));

/** A delay that is often exactly a target (or 1 ms past it). */
const delay = (targets: number[], max: number) =>
  fc.oneof(
    fc.constantFrom(...targets),
    fc.constantFrom(...targets).map((target) => target + 1),
    fc.integer({ min: 0, max }),
  );

/**
 * A delay on a bound of the duration histograms' buckets (or 1 ms either side), up to `max`: the exact
 * percentiles find their bucket from the histograms, so the ranks around a bound must land right.
 */
const onBucketBound = (max: number) =>
  fc
    .constantFrom(...KPI_DURATION_BUCKET_BOUNDS.filter((seconds) => seconds * 1000 <= max))
    .chain((seconds) => fc.constantFrom(seconds * 1000 - 1, seconds * 1000, seconds * 1000 + 1))
    .map((ms) => Math.max(0, ms));

const after = (from: Date, ms: number): Date => new Date(from.getTime() + ms);

interface Ids {
  technicians: string[];
  staff: string[];
}

function requestArbitrary(world: KpiWorld, ids: Ids): fc.Arbitrary<KpiRequestRecord> {
  return fc
    .record({
      type: fc.constantFrom('REPAIR', 'REPAIR', 'INSTALLATION', 'MAINTENANCE'),
      channel: fc.constantFrom('HOTLINE', 'APP', 'WALK_IN'),
      priority: fc.constantFrom('URGENT', 'HIGH', 'NORMAL', 'LOW'),
      outlet: fc.constantFrom(...world.outlets),
      productIndex: fc.integer({ min: 0, max: world.products.length - 1 }),
      unitIndex: fc.option(fc.integer({ min: 0, max: world.units.length - 1 })),
      reportedAt: instant,
      ack: fc.option(fc.oneof(delay([30 * MINUTE, 60 * MINUTE, 120 * MINUTE, 240 * MINUTE], 600 * MINUTE), onBucketBound(600 * MINUTE))),
      visits: fc.array(
        fc.record({
          after: delay([12 * HOUR, 24 * HOUR], 72 * HOUR),
          technician: fc.constantFrom(...ids.technicians),
          outcome: fc.constantFrom('FIXED', 'FIXED', 'NOT_FIXED', 'NEEDS_PARTS'),
        }),
        { maxLength: 3 },
      ),
      resolved: fc.option(fc.oneof(fc.integer({ min: 0, max: 10 * DAY }), onBucketBound(10 * DAY))),
      closedAfter: fc.option(fc.integer({ min: 0, max: 3 * DAY })),
      reopenCount: fc.constantFrom(0, 0, 1, 2),
      cancelled: fc.integer({ min: 0, max: 4 }).map((value) => value === 0),
      returnVisits: fc.array(fc.record({ after: delay([3 * DAY, 7 * DAY], 10 * DAY), completed: fc.boolean(), beforeClosure: fc.boolean() }), { maxLength: 2 }),
    })
    .map((draft) => {
      const unit = draft.unitIndex === null ? null : world.units[draft.unitIndex]!;
      const product = unit ? world.products.find((candidate) => candidate.id === unit.productId)! : world.products[draft.productIndex]!;
      const resolvedAt = draft.resolved === null ? null : after(draft.reportedAt, draft.resolved);
      const closedAt = resolvedAt === null || draft.closedAfter === null ? null : after(resolvedAt, draft.closedAfter);
      return {
        id: randomUUID(),
        type: draft.type,
        channel: draft.channel,
        priority: draft.priority,
        outletId: draft.outlet.id,
        regionId: draft.outlet.regionId,
        productCategory: product.category,
        productModel: product.model,
        unitSerial: unit?.serial ?? null,
        reportedAt: draft.reportedAt,
        acknowledgedAt: draft.ack === null ? null : after(draft.reportedAt, draft.ack),
        resolvedAt,
        closedAt,
        cancelledAt: draft.cancelled ? after(draft.reportedAt, HOUR) : null,
        reopenCount: draft.reopenCount,
        visits: draft.visits.map((visit) => ({ technicianId: visit.technician, arrivedAt: after(draft.reportedAt, visit.after), outcome: visit.outcome })),
        returnVisits: closedAt === null ? [] : draft.returnVisits.map((visit) => ({
          doneAt: after(closedAt, visit.beforeClosure ? -visit.after : visit.after),
          completed: visit.completed,
        })),
      } satisfies KpiRequestRecord;
    });
}

function staffArbitrary(world: KpiWorld, id: string, technician: boolean): fc.Arbitrary<KpiStaffRecord> {
  const localDate = fc.integer({ min: -5, max: 25 }).map((day) => new Date(Date.UTC(2026, 2, 1 + day)).toISOString().slice(0, 10));
  return fc
    .record({
      role: technician ? fc.constant('TECHNICIAN' as const) : fc.constantFrom('TECHNICIAN', 'DISPATCHER', 'MANAGER'),
      active: fc.boolean(),
      outlet: fc.option(fc.constantFrom(...world.outlets)),
      qualifications: fc.array(fc.tuple(localDate, fc.option(localDate)), { maxLength: 2 }),
      trainings: fc.array(fc.tuple(localDate, fc.integer({ min: 5, max: 80 })), { maxLength: 3 }),
    })
    .map((draft) => ({
      id,
      role: draft.role,
      outletId: draft.outlet?.id ?? null,
      regionId: draft.outlet?.regionId ?? null,
      activePeriods: draft.active ? [{ from: '2000-01-01', until: null }] : [],
      qualifications: draft.qualifications.map(([from, until]) => ({
        certificateType: 'ELECTRICIAN',
        validFrom: until !== null && until < from ? until : from,
        validUntil: until !== null && until < from ? from : until,
      })),
      trainings: draft.trainings.map(([date, tenths]) => ({ date, hours: tenths / 10 })),
    }));
}

function datasetArbitrary(world: KpiWorld, ids: Ids): fc.Arbitrary<KpiDataset> {
  const staff = fc.tuple(...ids.staff.map((id, index) => staffArbitrary(world, id, index < ids.technicians.length)));
  return fc.tuple(staff, fc.array(requestArbitrary(world, ids), { maxLength: 30, size: 'medium' })).chain(([staffRecords, requests]) => {
    const requestId = requests.length ? fc.constantFrom(...requests.map((request) => request.id)) : fc.constant(null);
    const ratings: fc.Arbitrary<KpiRatingRecord[]> = requests.length
      ? fc.array(
          fc.record({
            requestId: fc.constantFrom(...requests.map((request) => request.id)),
            submittedAt: fc.oneof(instant, fc.constant(new Date(ORIGIN + 2 * DAY))),
            overall: fc.integer({ min: 1, max: 5 }),
            recommend: fc.option(fc.integer({ min: 0, max: 10 })),
            factors: fc.option(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))),
          }).map((draft) => ({
            id: randomUUID(),
            requestId: draft.requestId,
            submittedAt: draft.submittedAt,
            overall: draft.overall,
            recommend: draft.recommend,
            factors: draft.factors === null ? [] : [
              { factor: 'speed', weight: 0.4, score: draft.factors[0] },
              { factor: 'skill', weight: 0.6, score: draft.factors[1] },
            ],
          })),
          { maxLength: 15, size: 'medium' },
        )
      : fc.constant([]);
    const invitations: fc.Arbitrary<KpiSurveyInvitationRecord[]> = requests.length
      ? fc.array(
          fc.record({ requestId: fc.constantFrom(...requests.map((request) => request.id)), sentAt: instant, answered: fc.option(delay([7 * DAY], 9 * DAY)) }).map(
            (draft) => ({
              id: randomUUID(),
              requestId: draft.requestId,
              sentAt: draft.sentAt,
              expiresAt: after(draft.sentAt, 7 * DAY),
              answeredAt: draft.answered === null ? null : after(draft.sentAt, draft.answered),
            }),
          ),
          { maxLength: 8, size: 'medium' },
        )
      : fc.constant([]);
    const complaints: fc.Arbitrary<KpiComplaintRecord[]> = fc.array(
      fc.record({
        requestId: fc.option(requestId),
        outlet: fc.option(fc.constantFrom(...world.outlets)),
        severity: fc.constantFrom('MAJOR', 'NORMAL'),
        receivedAt: instant,
        ack: fc.option(delay([12 * HOUR, 24 * HOUR], 48 * HOUR)),
        closed: fc.option(delay([72 * HOUR, 168 * HOUR], 200 * HOUR)),
        accepted: fc.option(fc.boolean()),
      }).map((draft) => ({
        id: randomUUID(),
        requestId: draft.requestId,
        outletId: draft.outlet?.id ?? null,
        regionId: draft.outlet?.regionId ?? null,
        severity: draft.severity,
        receivedAt: draft.receivedAt,
        acknowledgedAt: draft.ack === null ? null : after(draft.receivedAt, draft.ack),
        closedAt: draft.closed === null ? null : after(draft.receivedAt, draft.closed),
        customerAccepted: draft.closed === null ? null : draft.accepted,
      })),
      { maxLength: 8, size: 'medium' },
    );
    return fc.tuple(ratings, invitations, complaints).map(([ratingRecords, invitationRecords, complaintRecords]) => ({
      requests,
      ratings: ratingRecords,
      surveyInvitations: invitationRecords,
      complaints: complaintRecords,
      staff: staffRecords,
    }));
  });
}

const period = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 1, max: 12 })).map(([start, length]) => ({
    from: new Date(Date.UTC(2026, 2, 1 + start)).toISOString().slice(0, 10),
    to: new Date(Date.UTC(2026, 2, 1 + start + length)).toISOString().slice(0, 10),
  })),
  // Periods holding whole months (the duration histograms read those by month and the rest by day).
  fc.record({ from: fc.constantFrom('2026-02-01', '2026-02-27', '2026-03-01'), to: fc.constantFrom('2026-03-02', '2026-04-01', '2026-04-02') }),
);

const evaluatedAt = fc.integer({ min: 0, max: 18 * DAY }).map((ms) => new Date(ORIGIN + ms));

function expectClose(actual: number | null, expected: number | null, label: string): void {
  if (expected === null || actual === null) {
    expect({ label, value: actual }).toEqual({ label, value: expected });
    return;
  }
  if (Math.abs(actual - expected) > 1e-9 * Math.max(1, Math.abs(expected))) expect({ label, value: actual }).toEqual({ label, value: expected });
}

function expectSameSummary(actual: KpiSummary, expected: KpiSummary, label: string): void {
  expect({ label, populations: actual.populations }).toEqual({ label, populations: expected.populations });
  for (const key of KPI_KEYS) {
    const value = expected.kpis[key];
    const got = actual.kpis[key];
    if (typeof value === 'object' && value !== null) {
      const stats = got as typeof value;
      expect({ label, key, n: stats.n, p50: stats.p50, p90: stats.p90 }).toEqual({ label, key, n: value.n, p50: value.p50, p90: value.p90 });
      expectClose(stats.mean, value.mean, `${label} ${key}.mean`);
    } else {
      expectClose(got as number | null, value, `${label} ${key}`);
    }
  }
}

describe('KPI SQL engine = domain reference (property-based)', () => {
  let database: TestDatabase;
  let run = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });

  async function freshWorld(): Promise<{ world: KpiWorld; ids: Ids }> {
    const world = await createKpiWorld(database.dataSource, `P${++run}`);
    await setOutletTargets(database.dataSource, world, world.outlets[0]!.id, OUTLET_OVERRIDES);
    // From here on the triggers keep the world's daily rollups, and engines built with `required` read them.
    await rebuildKpiRollups(database.dataSource.manager, world.orgId);
    const staff = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    return { world, ids: { technicians: staff.slice(0, 2), staff } };
  }

  /** Empties the world's organisation between runs, so that nothing of one data set leaks into the next. */
  async function clear(world: KpiWorld): Promise<void> {
    for (const table of ['survey_responses', 'survey_invitations', 'return_visits', 'visits', 'complaints', 'service_requests', 'training_attendances',
      'trainings', 'qualifications', 'staff_outlets', 'staff']) {
      await database.dataSource.query(`DELETE FROM ${table} WHERE org_id = $1`, [world.orgId]);
    }
  }

  it('gives the same totals and breakdowns as computeKpis / computeKpiBreakdown', async () => {
    const { world, ids } = await freshWorld();
    const targets = targetsFor(world);
    const engine = new KpiSqlEngine(database.dataSource.manager, { rollups: 'required' });
    const factsEngine = new KpiSqlEngine(database.dataSource.manager, { rollups: 'never' });
    await fc.assert(
      fc.asyncProperty(datasetArbitrary(world, ids), period, evaluatedAt, fc.constantFrom<KpiDimension>(...KPI_DIMENSIONS), async (dataset, chosen, now, dimension) => {
        await clear(world);
        await writeKpiDataset(database.dataSource, world, dataset);
        const reference = { ...chosen, timeZone: 'Asia/Shanghai' };

        const expected = computeKpiSummary(dataset, reference, targets, now);
        expectSameSummary(await engine.summary(world.orgId, chosen, { now }), expected, 'total');

        const expectedBreakdown = computeKpiBreakdown(dataset, reference, targets, now, dimension);
        const breakdown = await engine.breakdown(world.orgId, chosen, dimension, { now });
        expect(breakdown.rows.map((row) => row.key)).toEqual(expectedBreakdown.rows.map((row) => row.key));
        breakdown.rows.forEach((row, index) => expectSameSummary(row, expectedBreakdown.rows[index]!, `${dimension}=${row.key}`));

        // Filtered: one filter (rollups where it is the breakdown's dimension or a calendar one, else the facts) = the facts.
        const filters = dimension === 'region' ? { outlet: world.outlets[0]!.id } : { priority: 'NORMAL' };
        const filtered = await engine.breakdown(world.orgId, chosen, dimension, { now, filters });
        const fromFacts = await factsEngine.breakdown(world.orgId, chosen, dimension, { now, filters });
        expectSameSummary(filtered.total, fromFacts.total, 'filtered total');
        expect(filtered.rows.map((row) => row.key)).toEqual(fromFacts.rows.map((row) => row.key));
        filtered.rows.forEach((row, index) => expectSameSummary(row, fromFacts.rows[index]!, `filtered ${dimension}=${row.key}`));
      }),
      { numRuns: 100 },
    );
  }, 300_000);

  it('breakdown rows add up to the total (record dimensions: every population; calendar: all but the staff snapshots)', async () => {
    const { world, ids } = await freshWorld();
    const engine = new KpiSqlEngine(database.dataSource.manager);
    await fc.assert(
      fc.asyncProperty(datasetArbitrary(world, ids), period, evaluatedAt, async (dataset, chosen, now) => {
        await clear(world);
        await writeKpiDataset(database.dataSource, world, dataset);
        for (const dimension of KPI_DIMENSIONS) {
          const breakdown = await engine.breakdown(world.orgId, chosen, dimension, { now });
          const isCalendar = dimension === 'day' || dimension === 'week' || dimension === 'month';
          for (const key of KPI_KEYS) {
            if (isCalendar && (key === 'certifiedStaffRate' || key === 'trainingHoursPerStaff')) continue;
            const sum = breakdown.rows.reduce((total, row) => total + row.populations[key], 0);
            expect({ dimension, key, sum }).toEqual({ dimension, key, sum: breakdown.total.populations[key] });
          }
        }
      }),
      { numRuns: 15 },
    );
  }, 300_000);

  it('is empty, not zero, for a period without records', async () => {
    const { world } = await freshWorld();
    const engine = new KpiSqlEngine(database.dataSource.manager);
    const totals = await engine.totals(world.orgId, { from: '2026-03-01', to: '2026-04-01' });
    expect(totals.requestCount).toBe(0);
    expect(totals.responseOnTimeRate).toBeNull();
    expect(totals.responseMinutes).toEqual({ mean: null, p50: null, p90: null, n: 0 });
    expect(totals.complaintRate).toBeNull();
    expect(totals.certifiedStaffRate).toBeNull();
  });
});
