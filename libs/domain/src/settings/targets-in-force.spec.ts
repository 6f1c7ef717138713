import { DEFAULT_KPI_TARGETS } from '../kpi/kpi-targets';
import { commitmentsInForce, validateServiceCommitment, type ServiceCommitment } from './service-commitment';
import { kpiTargetsAt, resolveTargets, type TargetPolicy } from './targets-in-force';

const at = (iso: string) => new Date(iso);

/** A service commitment, approved and open-ended unless the test says otherwise. */
function aCommitment(overrides: Partial<ServiceCommitment> = {}): ServiceCommitment {
  return {
    code: 'CITY-24H',
    version: 1,
    title: '城区24小时上门',
    description: null,
    targetKey: 'ARRIVAL_HOURS',
    targetValue: 24,
    effectiveFrom: at('2026-01-01T00:00:00+08:00'),
    effectiveTo: null,
    approvedAt: at('2025-12-20T10:00:00+08:00'),
    ...overrides,
  };
}

describe('commitmentsInForce', () => {
  const v1 = aCommitment({ targetValue: 24 });
  const v2 = aCommitment({ version: 2, targetValue: 12, effectiveFrom: at('2026-03-01T00:00:00+08:00') });
  const v3Draft = aCommitment({ version: 3, targetValue: 6, approvedAt: null });

  it.each([
    ['before any version takes effect', '2025-12-31T23:59:59+08:00', null],
    ['when only version 1 is in force', '2026-02-01T00:00:00+08:00', 24],
    ['when version 2 has taken effect', '2026-03-01T00:00:00+08:00', 12],
  ])('%s', (_case, instant, expected) => {
    expect(commitmentsInForce([v1, v2, v3Draft], at(instant)).get('ARRIVAL_HOURS')?.targetValue ?? null).toBe(expected);
  });

  it('ignores unapproved versions and those whose period has ended', () => {
    const ended = aCommitment({ version: 4, targetValue: 8, effectiveTo: at('2026-02-01T00:00:00+08:00') });
    expect(commitmentsInForce([v1, ended, v3Draft], at('2026-02-01T00:00:00+08:00')).get('ARRIVAL_HOURS')?.version).toBe(1);
    expect(commitmentsInForce([v1, ended], at('2026-01-15T00:00:00+08:00')).get('ARRIVAL_HOURS')?.version).toBe(4);
  });

  it('lets the commitment that took effect last win when two codes set the same target', () => {
    const county = aCommitment({ code: 'COUNTY-48H', targetValue: 48, effectiveFrom: at('2026-02-01T00:00:00+08:00') });
    expect(commitmentsInForce([v1, county], at('2026-02-02T00:00:00+08:00')).get('ARRIVAL_HOURS')?.code).toBe('COUNTY-48H');
  });
});

describe('resolveTargets', () => {
  const policy: TargetPolicy = {
    organisation: { ARRIVAL_HOURS: 36, RESPONSE_MINUTES_NORMAL: 90 },
    commitments: [aCommitment({ targetKey: 'ARRIVAL_HOURS', targetValue: 24 }), aCommitment({ code: 'FIX-48H', targetKey: 'RESOLUTION_HOURS', targetValue: 48 })],
    outlets: new Map([['rural', { ARRIVAL_HOURS: 48 }]]),
  };

  it('layers defaults, organisation settings, commitments in force and the outlet’s overrides', () => {
    const city = resolveTargets(policy, 'city', at('2026-06-01T00:00:00Z'));
    expect(city.values).toMatchObject({ arrivalHours: 24, resolutionHours: 48, responseMinutes: { NORMAL: 90, URGENT: 30 }, returnVisitDays: 7 });
    expect(city.inForce.ARRIVAL_HOURS).toMatchObject({ source: 'COMMITMENT', commitment: { code: 'CITY-24H', version: 1 } });
    expect(city.inForce.RESPONSE_MINUTES_NORMAL).toMatchObject({ source: 'ORGANISATION', value: 90, unit: 'MINUTES' });
    expect(city.inForce.RETURN_VISIT_DAYS).toMatchObject({ source: 'DEFAULT', value: 7, unit: 'DAYS' });

    const rural = resolveTargets(policy, 'rural', at('2026-06-01T00:00:00Z'));
    expect(rural.inForce.ARRIVAL_HOURS).toMatchObject({ source: 'OUTLET', value: 48, commitment: null });
    expect(rural.values.resolutionHours).toBe(48);
  });

  it('falls back to the organisation settings before the commitments take effect', () => {
    expect(resolveTargets(policy, null, at('2025-06-01T00:00:00Z')).values).toMatchObject({ arrivalHours: 36, resolutionHours: 72 });
  });

  it('is kpis.md’s defaults for an organisation that set nothing', () => {
    expect(resolveTargets({ organisation: {}, commitments: [], outlets: new Map() }, null, new Date()).values).toEqual(DEFAULT_KPI_TARGETS);
  });

  it('gives the KPI formulas the organisation’s targets with each outlet’s overrides', () => {
    const targets = kpiTargetsAt(policy, at('2026-06-01T00:00:00Z'));
    expect(targets.arrivalHours).toBe(24);
    expect(targets.byOutlet).toEqual({ rural: { arrivalHours: 48 } });
  });
});

describe('validateServiceCommitment', () => {
  const valid = { code: 'city-24h', title: '城区24小时上门', targetKey: 'ARRIVAL_HOURS', targetValue: 24, effectiveFrom: '2026-01-01T00:00:00+08:00' };

  it('accepts a promise and upper-cases its code', () => {
    const result = validateServiceCommitment(valid);
    expect(result).toMatchObject({ ok: true, value: { code: 'CITY-24H', targetKey: 'ARRIVAL_HOURS', effectiveTo: null } });
  });

  it.each([
    [{ code: '' }, ['code:required']],
    [{ title: '  ' }, ['title:required']],
    [{ targetKey: 'SPEED' }, ['targetKey:invalidChoice']],
    [{ targetValue: 0 }, ['targetValue:outOfRange']],
    [{ targetValue: null }, ['targetValue:required']],
    [{ effectiveFrom: 'soon' }, ['effectiveFrom:invalidDate']],
    [{ effectiveTo: '2025-12-31T00:00:00+08:00' }, ['effectiveTo:endNotAfterStart']],
  ])('refuses %j', (change, expected) => {
    const result = validateServiceCommitment({ ...valid, ...change });
    expect(result.ok ? [] : result.errors.map((error) => `${error.field}:${error.code}`)).toEqual(expected);
  });
});
