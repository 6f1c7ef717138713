import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { startTestApp, type TestApp } from '../support/test-app';

const DEADLINE = 'dueAt state minutesLeft minutesLate workingTime target { key value source commitment { code version title } }';
const REQUEST_FIELDS = `id deadlines { response { ${DEADLINE} } arrival { ${DEADLINE} } resolution { ${DEADLINE} } } raisedOutsideWorkingHours`;
const CREATE = `mutation($input: CreateServiceRequestInput!) { createServiceRequest(input: $input) { ${REQUEST_FIELDS} } }`;
const SETTINGS = 'mutation($input: UpdateOrganisationSettingsInput!) { updateOrganisationSettings(input: $input) { version } }';

interface Deadline {
  dueAt: string;
  state: string;
  minutesLeft: number | null;
  minutesLate: number | null;
  workingTime: boolean;
  target: { key: string; value: number; source: string; commitment: { code: string; version: number; title: string } | null };
}
interface RequestWithDeadlines {
  id: string;
  deadlines: { response: Deadline | null; arrival: Deadline | null; resolution: Deadline | null };
  raisedOutsideWorkingHours: boolean | null;
}

let app: TestApp;
let acme: GivenOrganisation;
let calendarOrg: GivenOrganisation;

async function must<T>(org: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const result = await app.graphql<T>(query, variables, { 'x-org-code': org });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!;
}

async function openRequest(given: GivenOrganisation, change: { priority?: string; reportedAt?: string; outlet?: string } = {}): Promise<RequestWithDeadlines> {
  const outletCode = change.outlet ?? Object.keys(given.outletIds)[0]!;
  const input = {
    type: 'REPAIR',
    channel: 'HOTLINE',
    priority: change.priority ?? 'NORMAL',
    outletId: given.outletIds[outletCode],
    productId: Object.values(given.productIds)[0],
    customerName: '王芳',
    customerPhone: '13900001111',
    faultDescription: '不制冷',
    reportedAt: change.reportedAt,
  };
  return (await must<{ createServiceRequest: RequestWithDeadlines }>(given.organisation.code, CREATE, { input })).createServiceRequest;
}

const minutesAfter = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();
const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

async function settingsVersion(org: string): Promise<number> {
  return (await must<{ organisationSettings: { version: number } }>(org, '{ organisationSettings { version } }')).organisationSettings.version;
}

beforeAll(async () => {
  app = await startTestApp();
  const ds = app.database.dataSource;
  acme = await anOrganisation('ACME').withOutlet('SH-01').withOutlet('SH-02').withProduct('KFR-35GW').create(ds);
  calendarOrg = await anOrganisation('CAL').withOutlet('SH-01').withProduct('KFR-35GW').create(ds);
  await anOrganisation('OTHER').withOutlet('BJ-01').withProduct('KFR-35GW').create(ds);
});
afterAll(async () => app?.close());

describe('deadlines in calendar time (the default)', () => {
  it('counts kpis.md’s default targets from the report', async () => {
    const reportedAt = ago(10);
    const request = await openRequest(acme, { reportedAt });
    expect(request.deadlines.response).toMatchObject({ dueAt: minutesAfter(reportedAt, 120), state: 'PENDING', minutesLate: null, workingTime: false, target: { key: 'RESPONSE_MINUTES_NORMAL', value: 120, source: 'DEFAULT' } });
    expect(request.deadlines.response!.minutesLeft).toBeGreaterThanOrEqual(109);
    expect(request.deadlines.arrival).toMatchObject({ dueAt: minutesAfter(reportedAt, 24 * 60), state: 'PENDING' });
    expect(request.deadlines.resolution).toMatchObject({ dueAt: minutesAfter(reportedAt, 72 * 60), target: { key: 'RESOLUTION_HOURS', value: 72 } });
    expect(request.raisedOutsideWorkingHours).toBeNull();
  });

  it('reports a breach in minutes late, and a met deadline once acknowledged', async () => {
    const late = await openRequest(acme, { priority: 'URGENT', reportedAt: ago(180) });
    expect(late.deadlines.response).toMatchObject({ state: 'BREACHED', minutesLeft: null });
    expect(late.deadlines.response!.minutesLate).toBeGreaterThanOrEqual(150);

    const onTime = await openRequest(acme, { priority: 'HIGH', reportedAt: ago(30) });
    const acknowledged = await must<{ acknowledgeServiceRequest: RequestWithDeadlines }>(
      'ACME',
      `mutation($input: TransitionServiceRequestInput!) { acknowledgeServiceRequest(input: $input) { ${REQUEST_FIELDS} } }`,
      { input: { id: onTime.id } },
    );
    expect(acknowledged.acknowledgeServiceRequest.deadlines.response).toMatchObject({ state: 'MET', minutesLate: null });
  });

  it('has no deadlines once a request is cancelled', async () => {
    const request = await openRequest(acme);
    const cancelled = await must<{ cancelServiceRequest: RequestWithDeadlines }>(
      'ACME',
      `mutation($input: TransitionServiceRequestInput!) { cancelServiceRequest(input: $input) { ${REQUEST_FIELDS} } }`,
      { input: { id: request.id, note: '客户自行修好' } },
    );
    expect(cancelled.cancelServiceRequest.deadlines).toEqual({ response: null, arrival: null, resolution: null });
  });

  it('follows the organisation’s own targets', async () => {
    await must('ACME', SETTINGS, { input: { expectedVersion: await settingsVersion('ACME'), targets: { responseMinutesNormal: 90 } } });
    const reportedAt = ago(1);
    const request = await openRequest(acme, { reportedAt });
    expect(request.deadlines.response).toMatchObject({ dueAt: minutesAfter(reportedAt, 90), target: { value: 90, source: 'ORGANISATION' } });
  });

  it('applies an outlet’s override to that outlet only', async () => {
    await must('ACME', 'mutation($input: SetOutletTargetsInput!) { setOutletTargets(input: $input) { version } }', {
      input: { outletId: acme.outletIds['SH-02'], expectedVersion: 0, targets: { responseMinutesNormal: 75, arrivalHours: 48 } },
    });
    const reportedAt = ago(1);
    const [atOverride, elsewhere] = await Promise.all([openRequest(acme, { reportedAt, outlet: 'SH-02' }), openRequest(acme, { reportedAt, outlet: 'SH-01' })]);
    expect(atOverride.deadlines.response).toMatchObject({ dueAt: minutesAfter(reportedAt, 75), target: { source: 'OUTLET' } });
    expect(atOverride.deadlines.arrival?.dueAt).toBe(minutesAfter(reportedAt, 48 * 60));
    expect(elsewhere.deadlines.response).toMatchObject({ dueAt: minutesAfter(reportedAt, 90), target: { source: 'ORGANISATION' } });
    expect(elsewhere.deadlines.arrival?.dueAt).toBe(minutesAfter(reportedAt, 24 * 60));
  });

  it('derives a target from an approved commitment, for requests reported once it is in force', async () => {
    const before = await openRequest(acme, { reportedAt: ago(120), outlet: 'SH-01' });
    const { createServiceCommitment: draft } = await must<{ createServiceCommitment: { id: string; version: number; inForce: boolean } }>(
      'ACME',
      'mutation($input: CreateServiceCommitmentInput!) { createServiceCommitment(input: $input) { id version inForce } }',
      { input: { code: 'CITY-12H', title: '城区12小时上门', targetKey: 'ARRIVAL_HOURS', targetValue: 12, effectiveFrom: ago(60), expectedVersion: 0 } },
    );
    expect(draft).toMatchObject({ version: 1, inForce: false });
    const reportedAt = ago(1);
    expect((await openRequest(acme, { reportedAt })).deadlines.arrival?.target.source).toBe('DEFAULT');

    await must('ACME', 'mutation($id: ID!) { approveServiceCommitment(id: $id) { id } }', { id: draft.id });
    const after = await openRequest(acme, { reportedAt });
    expect(after.deadlines.arrival).toMatchObject({
      dueAt: minutesAfter(reportedAt, 12 * 60),
      target: { key: 'ARRIVAL_HOURS', value: 12, source: 'COMMITMENT', commitment: { code: 'CITY-12H', version: 1, title: '城区12小时上门' } },
    });
    // A request reported before the promise took effect keeps the target it was reported under.
    const earlier = await must<{ serviceRequest: RequestWithDeadlines }>('ACME', `query($id: ID!) { serviceRequest(id: $id) { ${REQUEST_FIELDS} } }`, { id: before.id });
    expect(earlier.serviceRequest.deadlines.arrival?.target).toMatchObject({ value: 24, source: 'DEFAULT' });
  });

  it('leaves other organisations on their own targets', async () => {
    const reportedAt = ago(1);
    const request = await must<{ createServiceRequest: RequestWithDeadlines }>('OTHER', CREATE, {
      input: { type: 'REPAIR', channel: 'HOTLINE', outletId: (await outletId('OTHER', 'BJ-01')), productId: await productId('OTHER'), customerName: '刘洋', customerPhone: '13900002222', faultDescription: '漏水', reportedAt },
    });
    expect(request.createServiceRequest.deadlines.response).toMatchObject({ dueAt: minutesAfter(reportedAt, 120), target: { source: 'DEFAULT' } });
    expect(request.createServiceRequest.deadlines.arrival?.target.source).toBe('DEFAULT');
  });

  it('computes deadlines for a whole page of requests', async () => {
    const page = await must<{ serviceRequests: { edges: { node: RequestWithDeadlines }[] } }>('ACME', `{ serviceRequests(first: 50) { edges { node { ${REQUEST_FIELDS} } } } }`);
    expect(page.serviceRequests.edges.length).toBeGreaterThan(5);
    expect(page.serviceRequests.edges.every(({ node }) => node.deadlines.resolution === null || node.deadlines.resolution.dueAt)).toBe(true);
  });
});

async function outletId(org: string, code: string): Promise<string> {
  const { outlets } = await must<{ outlets: { id: string; code: string }[] }>(org, '{ outlets { id code } }');
  return outlets.find((outlet) => outlet.code === code)!.id;
}

async function productId(org: string): Promise<string> {
  const { products } = await must<{ products: { id: string }[] }>(org, '{ products { id } }');
  return products[0]!.id;
}

describe('deadlines with the working calendar on (Mon–Fri 08:30–18:00, Asia/Shanghai)', () => {
  beforeAll(async () => {
    const week = ['MON', 'TUE', 'WED', 'THU', 'FRI'].map((weekday) => ({ weekday, periods: [{ start: '08:30', end: '18:00' }] }));
    await must('CAL', SETTINGS, { input: { expectedVersion: await settingsVersion('CAL'), workingCalendarEnabled: true, workingHours: week } });
    // 2026 as published: National Day 1–7 October, worked on Sunday 20 September and Saturday 10 October.
    const days = [
      ...['01', '02', '03', '04', '05', '06', '07'].map((day) => ({ date: `2026-10-${day}`, kind: 'HOLIDAY', name: '国庆节' })),
      { date: '2026-09-20', kind: 'MAKEUP_WORKDAY', name: '国庆节调休上班' },
      { date: '2026-10-10', kind: 'MAKEUP_WORKDAY', name: '国庆节调休上班' },
    ];
    await must('CAL', 'mutation($input: SetCalendarDaysInput!) { setCalendarDays(input: $input) { version } }', { input: { year: 2026, days, expectedVersion: await settingsVersion('CAL') } });
  });

  it.each([
    ['Friday 17:50, NORMAL (120 min): due Monday 10:20', '2026-11-13T17:50:00+08:00', 'NORMAL', '2026-11-16T10:20:00+08:00', false],
    ['Sunday 15:00: due Monday 10:30, raised outside working hours', '2026-11-15T15:00:00+08:00', 'NORMAL', '2026-11-16T10:30:00+08:00', true],
    ['the evening before National Day: due the first working day after it', '2026-09-30T17:00:00+08:00', 'NORMAL', '2026-10-08T09:30:00+08:00', false],
    ['Friday 9 October 17:50: due on the make-up Saturday (调休)', '2026-10-09T17:50:00+08:00', 'NORMAL', '2026-10-10T10:20:00+08:00', false],
    ['a National Day holiday, URGENT: due 09:00 on the first working day', '2026-10-03T11:00:00+08:00', 'URGENT', '2026-10-08T09:00:00+08:00', true],
  ])('%s', async (_case, reportedAt, priority, due, outside) => {
    const request = await openRequest(calendarOrg, { reportedAt, priority });
    expect(request.deadlines.response).toMatchObject({ dueAt: new Date(due).toISOString(), workingTime: true });
    expect(request.raisedOutsideWorkingHours).toBe(outside);
  });

  it('counts the arrival target in working hours too', async () => {
    const request = await openRequest(calendarOrg, { reportedAt: '2026-11-16T08:30:00+08:00' });
    // 9.5 working hours a day: Monday and Tuesday give 19, Wednesday the last five.
    expect(request.deadlines.arrival?.dueAt).toBe(new Date('2026-11-18T13:30:00+08:00').toISOString());
  });
});
