import {
  arrivalOnTimeRate,
  firstTimeFixRate,
  repeatRepairRate,
  requestCount,
  resolutionHours,
  responseMinutes,
  responseOnTimeRate,
  returnVisitRate,
} from './kpi-formulas';
import { aDataset, aRequest, type KpiRequestBuilder } from './kpi-records.factory';
import type { KpiRequestRecord } from './kpi-records';
import { DEFAULT_KPI_TARGETS, MS_PER_DAY, MS_PER_MINUTE, type KpiTargets } from './kpi-targets';

const JANUARY = { from: '2026-01-01', to: '2026-02-01' };
const NOW = new Date('2026-03-01T00:00:00Z');
const T = DEFAULT_KPI_TARGETS;
const of = (...builders: KpiRequestBuilder[]) => aDataset({ requests: builders.map((builder) => builder.build()) });

describe('requestCount', () => {
  it('counts requests reported in the local period, without cancelled ones', () => {
    const dataset = of(
      aRequest().reportedAt('2025-12-31T16:00:00Z'), // 2026-01-01 00:00 Shanghai: inside
      aRequest().reportedAt('2025-12-31T15:59:59Z'), // 2025-12-31 23:59:59 Shanghai: before
      aRequest().reportedAt('2026-01-31T15:59:59Z'), // last second of January in Shanghai: inside
      aRequest().reportedAt('2026-01-31T16:00:00Z'), // 2026-02-01 Shanghai: after
      aRequest().cancelled(),
    );
    expect(requestCount(dataset, JANUARY, T, NOW)).toBe(2);
  });

  it('puts 15:59:59Z on 1 January and 16:00:00Z on 2 January (Shanghai days)', () => {
    const dataset = of(aRequest().reportedAt('2026-01-01T15:59:59Z'), aRequest().reportedAt('2026-01-01T16:00:00Z'));
    expect(requestCount(dataset, { from: '2026-01-01', to: '2026-01-02' }, T, NOW)).toBe(1);
    expect(requestCount(dataset, { from: '2026-01-02', to: '2026-01-03' }, T, NOW)).toBe(1);
  });
});

describe('responseMinutes', () => {
  it('gives mean, nearest-rank p50 and p90 of acknowledged requests in minutes', () => {
    const dataset = of(
      aRequest().acknowledgedAfterMinutes(30),
      aRequest().acknowledgedAfterMinutes(120),
      aRequest().acknowledgedAfterMinutes(60),
      aRequest().acknowledgedAfterMinutes(90),
      aRequest(), // never acknowledged: no response time
    );
    expect(responseMinutes(dataset, JANUARY, T, NOW)).toEqual({ mean: 75, p50: 60, p90: 120, n: 4 });
  });

  it('keeps decimals of minutes', () => {
    expect(responseMinutes(of(aRequest().acknowledgedAfterMinutes(1.5)), JANUARY, T, NOW).mean).toBe(1.5);
  });

  it('is all null for an empty period', () => {
    expect(responseMinutes(aDataset(), JANUARY, T, NOW)).toEqual({ mean: null, p50: null, p90: null, n: 0 });
  });
});

describe('responseOnTimeRate', () => {
  it.each<[string, KpiRequestBuilder, number | null]>([
    ['URGENT acknowledged exactly at 30 minutes', aRequest().with({ priority: 'URGENT' }).acknowledgedAfterMinutes(30), 1],
    ['URGENT acknowledged at 30 minutes and 1 ms', aRequest().with({ priority: 'URGENT' }).acknowledgedAfterMinutes(30 + 1 / MS_PER_MINUTE), 0],
    ['HIGH acknowledged at 60 minutes', aRequest().with({ priority: 'HIGH' }).acknowledgedAfterMinutes(60), 1],
    ['NORMAL acknowledged at 121 minutes', aRequest().acknowledgedAfterMinutes(121), 0],
    ['LOW acknowledged at 240 minutes', aRequest().with({ priority: 'LOW' }).acknowledgedAfterMinutes(240), 1],
    ['unacknowledged and past its deadline at now', aRequest(), 0],
  ])('%s → %p', (_case, builder, expected) => {
    expect(responseOnTimeRate(of(builder), JANUARY, T, NOW)).toBe(expected);
  });

  it('leaves out an unacknowledged request whose deadline has not passed at evaluation time', () => {
    const request = aRequest().reportedAt('2026-01-31T10:00:00Z');
    const atDeadline = new Date('2026-01-31T12:00:00Z');
    expect(responseOnTimeRate(of(request), JANUARY, T, atDeadline)).toBeNull();
    expect(responseOnTimeRate(of(request), JANUARY, T, new Date(atDeadline.getTime() + 1))).toBe(0);
  });

  it('uses the target of the request outlet when the outlet overrides it', () => {
    const targets: KpiTargets = { ...T, byOutlet: { 'outlet-remote': { responseMinutes: { NORMAL: 240 } } } };
    const dataset = of(aRequest().with({ outletId: 'outlet-remote' }).acknowledgedAfterMinutes(200), aRequest().acknowledgedAfterMinutes(200));
    expect(responseOnTimeRate(dataset, JANUARY, targets, NOW)).toBe(0.5);
  });
});

describe('arrivalOnTimeRate', () => {
  it.each<[string, KpiRequestBuilder, number | null]>([
    ['first visit exactly 24 h after report', aRequest().visitAfterHours(24), 1],
    ['first visit 24 h and 1 minute after report', aRequest().visitAfterHours(24 + 1 / 60), 0],
    ['late second visit after an on-time first one', aRequest().visitAfterHours(30, 'NOT_FIXED').visitAfterHours(2, 'NEEDS_PARTS'), 1],
    ['no visit at all', aRequest(), null],
  ])('%s → %p', (_case, builder, expected) => {
    expect(arrivalOnTimeRate(of(builder), JANUARY, T, NOW)).toBe(expected);
  });
});

describe('resolutionHours', () => {
  it('counts requests resolved in the period, whenever reported', () => {
    const dataset = of(
      aRequest().reportedAt('2025-12-30T02:00:00Z').resolvedAfterHours(72), // resolved 2 January
      aRequest().resolvedAfterHours(6.5),
      aRequest().reportedAt('2026-01-31T02:00:00Z').resolvedAfterHours(48), // resolved 2 February
    );
    expect(resolutionHours(dataset, JANUARY, T, NOW)).toEqual({ mean: 39.25, p50: 6.5, p90: 72, n: 2 });
  });
});

describe('firstTimeFixRate', () => {
  it.each<[string, KpiRequestBuilder, number | null]>([
    ['one FIXED visit', aRequest().visitAfterHours(3).resolvedAfterHours(4), 1],
    ['fixed remotely, without a visit', aRequest().resolvedAfterHours(1), 1],
    ['two visits', aRequest().visitAfterHours(3, 'NEEDS_PARTS').visitAfterHours(30).resolvedAfterHours(31), 0],
    ['one visit NOT_FIXED', aRequest().visitAfterHours(3, 'NOT_FIXED').resolvedAfterHours(4), 0],
    ['one FIXED visit but reopened', aRequest().visitAfterHours(3).resolvedAfterHours(4).with({ reopenCount: 1 }), 0],
    ['an INSTALLATION is no repair', aRequest().with({ type: 'INSTALLATION' }).resolvedAfterHours(4), null],
    ['an unresolved repair', aRequest().visitAfterHours(3), null],
  ])('%s → %p', (_case, builder, expected) => {
    expect(firstTimeFixRate(of(builder), JANUARY, T, NOW)).toBe(expected);
  });
});

describe('repeatRepairRate', () => {
  const resolved = (): KpiRequestRecord => aRequest().with({ unitSerial: 'SN-1' }).resolvedAfterHours(10).build();
  const repairOfSameUnit = (first: KpiRequestRecord, msAfterResolution: number): KpiRequestBuilder =>
    aRequest().with({ unitSerial: 'SN-1', reportedAt: new Date((first.resolvedAt as Date).getTime() + msAfterResolution) });

  it.each<[string, (first: KpiRequestRecord) => KpiRequestBuilder, number]>([
    ['another repair 10 days later', (first) => repairOfSameUnit(first, 10 * MS_PER_DAY), 1],
    ['another repair exactly 30 days later', (first) => repairOfSameUnit(first, 30 * MS_PER_DAY), 1],
    ['another repair 30 days and 1 ms later', (first) => repairOfSameUnit(first, 30 * MS_PER_DAY + 1), 0],
    ['another repair reported at the resolution instant', (first) => repairOfSameUnit(first, 0), 0],
    ['a cancelled repair 2 days later', (first) => repairOfSameUnit(first, 2 * MS_PER_DAY).cancelled(), 0],
    ['an installation on the unit 2 days later', (first) => repairOfSameUnit(first, 2 * MS_PER_DAY).with({ type: 'INSTALLATION' }), 0],
    ['a repair of another unit 2 days later', (first) => repairOfSameUnit(first, 2 * MS_PER_DAY).with({ unitSerial: 'SN-2' }), 0],
  ])('%s → %p', (_case, makeFollowUp, expected) => {
    const first = resolved();
    const followUp = makeFollowUp(first).build();
    // Only `first` is resolved in the period; the follow-up is looked up wherever it falls.
    expect(repeatRepairRate(aDataset({ requests: [first, followUp] }), JANUARY, T, NOW)).toBe(expected);
  });

  it('finds the repeat in the next month and counts units without a serial as not repeated', () => {
    const first = aRequest().with({ unitSerial: 'SN-9' }).reportedAt('2026-01-25T02:00:00Z').resolvedAfterHours(24).build();
    const repeat = aRequest().with({ unitSerial: 'SN-9' }).reportedAt('2026-02-10T02:00:00Z').build();
    const noSerial = aRequest().resolvedAfterHours(5).build();
    expect(repeatRepairRate(aDataset({ requests: [first, repeat, noSerial] }), JANUARY, T, NOW)).toBe(0.5);
  });
});

describe('returnVisitRate', () => {
  it.each<[string, KpiRequestBuilder, number | null]>([
    ['completed 2 days after closure', aRequest().closedAfterHours(5).returnVisitAfterClosureDays(2), 1],
    ['completed exactly 7 days after closure', aRequest().closedAfterHours(5).returnVisitAfterClosureDays(7), 1],
    ['completed 7 days and 1 minute after closure', aRequest().closedAfterHours(5).returnVisitAfterClosureDays(7 + 1 / 1440), 0],
    ['attempted but not completed', aRequest().closedAfterHours(5).returnVisitAfterClosureDays(1, false), 0],
    ['done before the latest closure', aRequest().closedAfterHours(5).returnVisitAfterClosureDays(-1), 0],
    ['no return visit', aRequest().closedAfterHours(5), 0],
    ['not closed', aRequest(), null],
  ])('%s → %p', (_case, builder, expected) => {
    expect(returnVisitRate(of(builder), JANUARY, T, NOW)).toBe(expected);
  });
});
