import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { startTestApp, type GraphqlResponse, type TestApp } from '../support/test-app';

let app: TestApp;
let acme: GivenOrganisation;
let other: GivenOrganisation;

const gql = <T>(org: string, query: string, variables: Record<string, unknown> = {}) => app.graphql<T>(query, variables, { 'x-org-code': org });
async function must<T>(org: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await gql<T>(org, query, variables);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}
const fieldErrors = (result: GraphqlResponse<unknown>) => result.errors?.[0]?.extensions?.fieldErrors?.map((error) => `${error.field}:${error.code}`);
const errorCode = (result: GraphqlResponse<unknown>) => result.errors?.[0]?.extensions?.code;

interface Settings {
  timeZone: string;
  version: number;
  workingCalendarEnabled: boolean;
  targets: Record<string, number | null>;
  workingHours: { weekday: string; periods: { start: string; end: string }[] }[];
  outletTargets: { outletCode: string; version: number; targets: Record<string, number | null> }[];
  targetsInForce: { key: string; value: number; unit: string; source: string; commitment: { code: string; title: string } | null }[];
}
const SETTINGS_FIELDS = `timeZone version workingCalendarEnabled targets { responseMinutesNormal arrivalHours resolutionHours }
  workingHours { weekday periods { start end } } outletTargets { outletCode version targets { responseMinutesNormal } }
  targetsInForce { key value unit source commitment { code title } }`;
const SETTINGS = `{ organisationSettings { ${SETTINGS_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateOrganisationSettingsInput!) { updateOrganisationSettings(input: $input) { ${SETTINGS_FIELDS} } }`;
const SET_OUTLET = `mutation($input: SetOutletTargetsInput!) { setOutletTargets(input: $input) { ${SETTINGS_FIELDS} } }`;
const SET_DAYS = `mutation($input: SetCalendarDaysInput!) { setCalendarDays(input: $input) { version } }`;
const CREATE_COMMITMENT = `mutation($input: CreateServiceCommitmentInput!) { createServiceCommitment(input: $input) { id code version title targetKey targetValue targetUnit approvedAt inForce } }`;

const settings = async (org = 'ACME') => (await must<{ organisationSettings: Settings }>(org, SETTINGS)).organisationSettings;
const inForce = (s: Settings, key: string) => s.targetsInForce.find((target) => target.key === key)!;
const settingsRow = async () => (await app.database.dataSource.query('SELECT targets, version FROM organisation_settings WHERE org_id = $1', [acme.organisation.id]))[0];

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME').withOutlet('SH-01').withOutlet('SH-02').create(app.database.dataSource);
  other = await anOrganisation('OTHER').withOutlet('BJ-01').create(app.database.dataSource);
});
afterAll(async () => app?.close());

describe('organisation settings', () => {
  it('starts from kpis.md’s defaults, calendar off, Monday to Friday 08:30–18:00', async () => {
    const initial = await settings();
    expect(initial).toMatchObject({ timeZone: 'Asia/Shanghai', version: 1, workingCalendarEnabled: false, targets: { responseMinutesNormal: null, arrivalHours: null } });
    expect(initial.targetsInForce).toHaveLength(11);
    expect(inForce(initial, 'RESPONSE_MINUTES_URGENT')).toEqual({ key: 'RESPONSE_MINUTES_URGENT', value: 30, unit: 'MINUTES', source: 'DEFAULT', commitment: null });
    expect(inForce(initial, 'RESOLUTION_HOURS')).toMatchObject({ value: 72, unit: 'HOURS' });
    expect(initial.workingHours.map((day) => day.periods.length)).toEqual([1, 1, 1, 1, 1, 0, 0]);
  });

  it('changes time zone, targets and calendar together, and clears a target back to the default', async () => {
    const { updateOrganisationSettings: updated } = await must<{ updateOrganisationSettings: Settings }>('ACME', UPDATE, {
      input: {
        expectedVersion: 1,
        timeZone: 'Asia/Urumqi',
        targets: { responseMinutesNormal: 90, arrivalHours: 12 },
        workingCalendarEnabled: true,
        workingHours: [{ weekday: 'SAT', periods: [{ start: '09:00', end: '17:00' }] }, { weekday: 'MON', periods: [{ start: '08:30', end: '12:00' }, { start: '13:30', end: '18:00' }] }],
      },
    });
    expect(updated).toMatchObject({ timeZone: 'Asia/Urumqi', version: 2, workingCalendarEnabled: true, targets: { responseMinutesNormal: 90, arrivalHours: 12 } });
    expect(inForce(updated, 'ARRIVAL_HOURS')).toMatchObject({ value: 12, source: 'ORGANISATION' });
    expect(updated.workingHours.find((day) => day.weekday === 'MON')!.periods).toHaveLength(2);
    expect((await must<{ currentOrganisation: { timeZone: string } }>('ACME', '{ currentOrganisation { timeZone } }')).currentOrganisation.timeZone).toBe('Asia/Urumqi');

    const { updateOrganisationSettings: cleared } = await must<{ updateOrganisationSettings: Settings }>('ACME', UPDATE, { input: { expectedVersion: 2, clearTargets: ['ARRIVAL_HOURS'], timeZone: 'Asia/Shanghai' } });
    expect(cleared.targets).toMatchObject({ arrivalHours: null, responseMinutesNormal: 90 });
    expect(inForce(cleared, 'ARRIVAL_HOURS')).toMatchObject({ value: 24, source: 'DEFAULT' });
  });

  it('refuses every invalid field at once and writes nothing', async () => {
    const before = await settingsRow();
    const result = await gql('ACME', UPDATE, {
      input: {
        expectedVersion: before.version,
        timeZone: 'Mars/Olympus',
        targets: { arrivalHours: 0, responseMinutesUrgent: 200 },
        workingHours: [{ weekday: 'MON', periods: [{ start: '18:00', end: '08:30' }] }, { weekday: 'TUE', periods: [{ start: '8:30', end: '18:00' }] }],
      },
    });
    expect(fieldErrors(result)).toEqual([
      'timeZone:invalidTimeZone',
      'targets.arrivalHours:outOfRange',
      'workingHours.0.periods.0.end:endNotAfterStart',
      'workingHours.1.periods.0.start:invalidTime',
    ]);
    expect(fieldErrors(await gql('ACME', UPDATE, { input: { expectedVersion: before.version, targets: { responseMinutesUrgent: 200 } } }))).toEqual(['targets.responseMinutesUrgent:longerThanLessUrgent']);
    expect(fieldErrors(await gql('ACME', UPDATE, { input: { expectedVersion: before.version, workingHours: [] } }))).toEqual(['workingHours:noWorkingHours']);
    expect(await settingsRow()).toEqual(before);
  });

  it('speaks the caller’s language', async () => {
    const result = await app.graphql('mutation { updateOrganisationSettings(input: { expectedVersion: 3, targets: { returnVisitDays: 400 } }) { version } }', {}, { 'x-org-code': 'ACME', 'accept-language': 'en' });
    expect(result.errors?.[0]?.extensions?.fieldErrors?.[0]?.message).toBe('Must be between 1 and 90');
  });

  it('refuses a stale version and a missing one', async () => {
    expect(errorCode(await gql('ACME', UPDATE, { input: { expectedVersion: 1, targets: { arrivalHours: 6 } } }))).toBe('CONFLICT');
    expect(fieldErrors(await gql('ACME', UPDATE, { input: { targets: { arrivalHours: 6 } } }))).toEqual(['expectedVersion:required']);
  });

  it('keeps each organisation’s settings its own', async () => {
    expect(await settings('OTHER')).toMatchObject({ version: 1, targets: { responseMinutesNormal: null } });
  });
});

describe('outlet target overrides', () => {
  it('overrides a target at one outlet and reports where each target comes from', async () => {
    const { setOutletTargets } = await must<{ setOutletTargets: Settings }>('ACME', SET_OUTLET, { input: { outletId: acme.outletIds['SH-02'], expectedVersion: 0, targets: { responseMinutesNormal: 100 } } });
    expect(setOutletTargets.outletTargets).toEqual([{ outletCode: 'SH-02', version: 1, targets: { responseMinutesNormal: 100 } }]);
    const atOutlet = await must<{ organisationSettings: { targetsInForce: { key: string; value: number; source: string }[] } }>(
      'ACME', 'query($outletId: ID) { organisationSettings { targetsInForce(outletId: $outletId) { key value source } } }', { outletId: acme.outletIds['SH-02'] });
    expect(atOutlet.organisationSettings.targetsInForce.find((t) => t.key === 'RESPONSE_MINUTES_NORMAL')).toEqual({ key: 'RESPONSE_MINUTES_NORMAL', value: 100, source: 'OUTLET' });
  });

  it.each([
    [{ outletId: 'OTHER', expectedVersion: 0, targets: { arrivalHours: 6 } }, 'outletId:notFound'],
    [{ outletId: 'SH-01', expectedVersion: 0, targets: { responseMinutesNormal: 30 } }, 'targets.responseMinutesNormal:shorterThanMoreUrgent'],
    [{ outletId: 'SH-01', expectedVersion: 0, targets: { repeatRepairWindowDays: 366 } }, 'targets.repeatRepairWindowDays:outOfRange'],
    [{ outletId: 'SH-01', targets: { arrivalHours: 6 } }, 'expectedVersion:required'],
  ])('refuses %o and writes nothing', async (input, expected) => {
    const outletId = input.outletId === 'OTHER' ? other.outletIds['BJ-01'] : acme.outletIds[input.outletId];
    const [before] = await app.database.dataSource.query('SELECT count(*)::int AS n FROM outlet_targets');
    expect(fieldErrors(await gql('ACME', SET_OUTLET, { input: { ...input, outletId } }))).toEqual([expected]);
    expect((await app.database.dataSource.query('SELECT count(*)::int AS n FROM outlet_targets'))[0]).toEqual(before);
  });

  it('refuses a stale version of the overrides', async () => {
    expect(errorCode(await gql('ACME', SET_OUTLET, { input: { outletId: acme.outletIds['SH-02'], expectedVersion: 0, targets: {} } }))).toBe('CONFLICT');
  });
});

describe('calendar days', () => {
  const nationalDay = [
    ...['01', '02', '03', '04', '05', '06', '07'].map((day) => ({ date: `2026-10-${day}`, kind: 'HOLIDAY', name: '国庆节' })),
    { date: '2026-09-20', kind: 'MAKEUP_WORKDAY', name: '国庆节调休上班' },
    { date: '2026-10-10', kind: 'MAKEUP_WORKDAY', name: '国庆节调休上班' },
  ];

  it('replaces the days of one year and lists them', async () => {
    const version = (await settings()).version;
    await must('ACME', SET_DAYS, { input: { year: 2025, days: [{ date: '2025-10-01', kind: 'HOLIDAY', name: '国庆节' }], expectedVersion: version } });
    await must('ACME', SET_DAYS, { input: { year: 2026, days: nationalDay, expectedVersion: version + 1 } });
    await must('ACME', SET_DAYS, { input: { year: 2026, days: nationalDay.slice(6), expectedVersion: version + 2 } });
    const { calendarDays } = await must<{ calendarDays: { date: string; kind: string }[] }>('ACME', '{ calendarDays(year: 2026) { date kind name } }');
    expect(calendarDays).toEqual([
      { date: '2026-09-20', kind: 'MAKEUP_WORKDAY', name: '国庆节调休上班' },
      { date: '2026-10-07', kind: 'HOLIDAY', name: '国庆节' },
      { date: '2026-10-10', kind: 'MAKEUP_WORKDAY', name: '国庆节调休上班' },
    ]);
    expect((await must<{ calendarDays: unknown[] }>('ACME', '{ calendarDays { date } }')).calendarDays).toHaveLength(4);
    expect((await must<{ calendarDays: unknown[] }>('OTHER', '{ calendarDays { date } }')).calendarDays).toEqual([]);
  });

  it('refuses bad days field by field and keeps the old list', async () => {
    const version = (await settings()).version;
    const result = await gql('ACME', SET_DAYS, {
      input: { year: 2026, expectedVersion: version, days: [{ date: '2027-01-01', kind: 'HOLIDAY', name: '元旦' }, { date: '2026-10-01', kind: 'HOLIDAY', name: '' }, { date: '2026-10-01', kind: 'HOLIDAY', name: '国庆' }] },
    });
    expect(fieldErrors(result)).toEqual(['days.0.date:outsideYear', 'days.1.name:required', 'days.2.date:listedTwice']);
    expect(errorCode(await gql('ACME', SET_DAYS, { input: { year: 2026, days: [], expectedVersion: version - 1 } }))).toBe('CONFLICT');
    expect((await must<{ calendarDays: unknown[] }>('ACME', '{ calendarDays(year: 2026) { date } }')).calendarDays).toHaveLength(3);
  });
});

describe('service commitments', () => {
  const promise = { code: 'city-24h', title: '城区24小时上门', targetKey: 'ARRIVAL_HOURS', targetValue: 24, effectiveFrom: '2026-01-01T00:00:00+08:00' };

  it('versions a promise, puts the approved version in force, and shows it behind the target', async () => {
    const { createServiceCommitment: v1 } = await must<{ createServiceCommitment: { id: string } }>('ACME', CREATE_COMMITMENT, { input: { ...promise, expectedVersion: 0 } });
    expect(v1).toMatchObject({ code: 'CITY-24H', version: 1, targetUnit: 'HOURS', approvedAt: null, inForce: false });
    await must('ACME', 'mutation($id: ID!) { approveServiceCommitment(id: $id) { id } }', { id: v1.id });
    const { createServiceCommitment: v2 } = await must<{ createServiceCommitment: { id: string } }>('ACME', CREATE_COMMITMENT, { input: { ...promise, title: '城区12小时上门', targetValue: 12, expectedVersion: 1 } });
    expect(v2).toMatchObject({ version: 2, inForce: false });

    const listed = await must<{ serviceCommitments: { version: number; inForce: boolean }[] }>('ACME', '{ serviceCommitments(code: "city-24h") { version inForce approvedAt } }');
    expect(listed.serviceCommitments).toMatchObject([{ version: 2, inForce: false }, { version: 1, inForce: true }]);
    expect(inForce(await settings(), 'ARRIVAL_HOURS')).toMatchObject({ value: 24, source: 'COMMITMENT', commitment: { code: 'CITY-24H', title: '城区24小时上门' } });

    await must('ACME', 'mutation($id: ID!) { approveServiceCommitment(id: $id) { id } }', { id: v2.id });
    expect(inForce(await settings(), 'ARRIVAL_HOURS')).toMatchObject({ value: 12, commitment: { title: '城区12小时上门' } });
    expect(errorCode(await gql('ACME', 'mutation($id: ID!) { approveServiceCommitment(id: $id) { id } }', { id: v2.id }))).toBe('INVALID_STATE');
    expect(errorCode(await gql('OTHER', 'mutation($id: ID!) { approveServiceCommitment(id: $id) { id } }', { id: v2.id }))).toBe('NOT_FOUND');
    expect((await must<{ serviceCommitments: unknown[] }>('OTHER', '{ serviceCommitments { id } }')).serviceCommitments).toEqual([]);
  });

  it.each([
    [{ code: '' , title: ''}, ['code:required', 'title:required']],
    [{ targetKey: null, targetValue: null }, ['targetKey:required', 'targetValue:required']],
    [{ targetValue: 721 }, ['targetValue:outOfRange']],
    [{ effectiveTo: '2025-12-31T00:00:00+08:00' }, ['effectiveTo:endNotAfterStart']],
  ])('refuses %o field by field and writes nothing', async (change, expected) => {
    const [before] = await app.database.dataSource.query('SELECT count(*)::int AS n FROM service_commitments');
    expect(fieldErrors(await gql('ACME', CREATE_COMMITMENT, { input: { ...promise, code: 'NEW-ONE', ...change } }))).toEqual(expected);
    expect((await app.database.dataSource.query('SELECT count(*)::int AS n FROM service_commitments'))[0]).toEqual(before);
  });

  it('refuses a new version written from a stale one, and numbers racing versions one after the other', async () => {
    expect(errorCode(await gql('ACME', CREATE_COMMITMENT, { input: { ...promise, expectedVersion: 1 } }))).toBe('CONFLICT');
    const racing = await Promise.all([1, 2, 3].map(() => gql<{ createServiceCommitment: { version: number } }>('ACME', CREATE_COMMITMENT, { input: { ...promise, code: 'FIX-72H', targetKey: 'RESOLUTION_HOURS', targetValue: 72 } })));
    expect(racing.map((result) => result.data!.createServiceCommitment.version).sort()).toEqual([1, 2, 3]);
  });
});
