import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { fieldErrorsOf, graphqlClient, rowCounts } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const CREATE_TRAINING = `mutation($input: CreateTrainingInput!) {
  createTraining(input: $input) { id course date hours trainer syllabus attendeeCount attendees { staff { login } score passed } } }`;
const TRAININGS = `query($filter: TrainingFilter) { trainings(first: 50, filter: $filter) { totalCount edges { node { course date } } } }`;
const HOURS = `query($from: String, $to: String) { staff(roles: [TECHNICIAN]) { login trainingHours(from: $from, to: $to) } }`;
const CREATE_EVALUATION = `mutation($input: CreateStaffEvaluationInput!) {
  createStaffEvaluation(input: $input) { id staff { login } periodFrom periodTo attitude problemSolving satisfaction score evaluator { login } note } }`;
const EVALUATIONS = `query($filter: StaffEvaluationFilter) { staffEvaluations(first: 50, filter: $filter) { totalCount edges { node { staff { login } periodTo score } } } }`;

let app: TestApp;
let acme: GivenOrganisation;
const client = graphqlClient(() => app, 'ACME');
const trainingTables = ['trainings', 'training_attendances'];

const training = (changes: Record<string, unknown> = {}) => ({
  course: 'R32 冷媒安全操作',
  date: '2026-01-15',
  hours: 3.5,
  trainer: '王工',
  syllabus: '冷媒特性；回收设备；事故处置',
  attendees: [{ staffId: acme.staffIds['gcs2'], score: 92, passed: true }, { staffId: acme.staffIds['gcs1'], score: 58.5, passed: false }],
  ...changes,
});

const evaluation = (changes: Record<string, unknown> = {}) => ({
  staffId: acme.staffIds['gcs1'],
  periodFrom: '2026-01-01',
  periodTo: '2026-03-31',
  attitude: 5,
  problemSolving: 4,
  satisfaction: 4,
  score: 88.5,
  evaluatorId: acme.staffIds['jingli'],
  note: '一季度考评',
  ...changes,
});

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME')
    .withOutlet('SH-01')
    .withStaff('gcs1')
    .withStaff('gcs2')
    .withStaff('gcs3')
    .withStaff('jingli', 'MANAGER')
    .withStaff('former', 'MANAGER', false)
    .create(app.database.dataSource);
  await anOrganisation('OTHER').withOutlet('SH-01').withStaff('gcs1').create(app.database.dataSource);
});
afterAll(async () => app?.close());

describe('createTraining', () => {
  it('records a training with its attendees and their assessment', async () => {
    const { createTraining } = await client.must<{ createTraining: Record<string, unknown> }>(CREATE_TRAINING, { input: training() });
    expect(createTraining).toMatchObject({
      course: 'R32 冷媒安全操作',
      date: '2026-01-15',
      hours: 3.5,
      trainer: '王工',
      attendeeCount: 2,
      attendees: [
        { staff: { login: 'gcs1' }, score: 58.5, passed: false },
        { staff: { login: 'gcs2' }, score: 92, passed: true },
      ],
    });
  });

  it('adds up each person’s training hours over a period', async () => {
    const gcs3 = acme.staffIds['gcs3'];
    await client.must(CREATE_TRAINING, { input: training({ date: '2025-12-20', hours: 2, attendees: [{ staffId: gcs3 }] }) });
    await client.must(CREATE_TRAINING, { input: training({ date: '2026-02-01', hours: 1.5, attendees: [{ staffId: gcs3 }] }) });
    await client.must(CREATE_TRAINING, { input: training({ date: '2026-02-28', hours: 4, attendees: [{ staffId: gcs3 }, { staffId: acme.staffIds['gcs2'] }] }) });

    const hoursIn = async (from: string | null, to: string | null) => {
      const { staff } = await client.must<{ staff: { login: string; trainingHours: number }[] }>(HOURS, { from, to });
      return Object.fromEntries(staff.map((member) => [member.login, member.trainingHours]));
    };
    expect(await hoursIn('2026-02-01', '2026-02-28')).toEqual({ gcs1: 0, gcs2: 4, gcs3: 5.5 });
    expect(await hoursIn(null, '2026-01-31')).toEqual({ gcs1: 3.5, gcs2: 3.5, gcs3: 2 });
    expect(fieldErrorsOf(await client.gql(HOURS, { from: '2026-02-28', to: '2026-02-01' }))).toEqual(['to:beforeStart']);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ['nothing', { course: null, date: null, hours: null, attendees: null }, ['course:required', 'date:required', 'hours:required', 'attendees:required']],
    ['no hours', { hours: 0 }, ['hours:outOfRange']],
    ['hours in hundredths', { hours: 1.25 }, ['hours:tooManyDecimals']],
    ['a day in the future', { date: '2099-01-01' }, ['date:inFuture']],
    ['a score above 100', { attendees: [{ staffId: 'gcs1', score: 101 }] }, ['attendees.0.score:outOfRange']],
    ['a person listed twice', { attendees: [{ staffId: 'gcs1' }, { staffId: 'gcs1' }] }, ['attendees.1.staffId:listedTwice']],
    ['an unknown attendee', { attendees: [{ staffId: 'gcs1' }, { staffId: '00000000-0000-4000-8000-000000000000' }] }, ['attendees.1.staffId:notFound']],
  ])('refuses %s field by field and writes nothing', async (_name, changes, expected) => {
    const attendees = (changes['attendees'] as { staffId: string }[] | null | undefined)?.map((a) => ({ ...a, staffId: acme.staffIds[a.staffId] ?? a.staffId }));
    const before = await rowCounts(app, trainingTables);
    const input = training({ ...changes, ...(attendees ? { attendees } : {}) });
    expect(fieldErrorsOf(await client.gql(CREATE_TRAINING, { input }))).toEqual(expected);
    expect(await rowCounts(app, trainingTables)).toEqual(before);
  });

  it('lists the trainings someone attended in a period, latest first', async () => {
    const { trainings } = await client.must<{ trainings: { totalCount: number; edges: { node: { date: string } }[] } }>(TRAININGS, {
      filter: { staffIds: [acme.staffIds['gcs3']], dateFrom: '2026-01-01', dateTo: '2026-12-31' },
    });
    expect(trainings.edges.map((edge) => edge.node.date)).toEqual(['2026-02-28', '2026-02-01']);
    expect(fieldErrorsOf(await client.gql(TRAININGS, { filter: { dateFrom: '2026-02-30' } }))).toEqual(['filter.dateFrom:invalidDate']);
  });
});

describe('createStaffEvaluation', () => {
  it('records an evaluation and lists it', async () => {
    const { createStaffEvaluation } = await client.must<{ createStaffEvaluation: Record<string, unknown> }>(CREATE_EVALUATION, { input: evaluation() });
    expect(createStaffEvaluation).toMatchObject({ staff: { login: 'gcs1' }, periodFrom: '2026-01-01', periodTo: '2026-03-31', attitude: 5, problemSolving: 4, satisfaction: 4, score: 88.5, evaluator: { login: 'jingli' }, note: '一季度考评' });
    const { staffEvaluations } = await client.must<{ staffEvaluations: { edges: { node: unknown }[] } }>(EVALUATIONS, { filter: { staffIds: [acme.staffIds['gcs1']], periodFrom: '2026-03-01' } });
    expect(staffEvaluations.edges.map((edge) => edge.node)).toEqual([{ staff: { login: 'gcs1' }, periodTo: '2026-03-31', score: 88.5 }]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    [
      'nothing',
      { staffId: null, periodFrom: null, periodTo: null, attitude: null, problemSolving: null, satisfaction: null, score: null, evaluatorId: null },
      ['staffId:required', 'periodFrom:required', 'periodTo:required', 'attitude:required', 'problemSolving:required', 'satisfaction:required', 'score:required', 'evaluatorId:required'],
    ],
    ['ratings off the 1–5 scale', { attitude: 0, problemSolving: 6 }, ['attitude:outOfRange', 'problemSolving:outOfRange']],
    ['a total above 100', { score: 120 }, ['score:outOfRange']],
    ['a period ending before it starts', { periodTo: '2025-12-31' }, ['periodTo:beforeStart']],
    ['an evaluator who has left', { evaluatorId: 'former' }, ['evaluatorId:notFound']],
  ])('refuses %s field by field and writes nothing', async (_name, changes, expected) => {
    const input = evaluation({ staffId: acme.staffIds['gcs2'], ...changes, ...(changes['evaluatorId'] === 'former' ? { evaluatorId: acme.staffIds['former'] } : {}) });
    const before = await rowCounts(app, ['staff_evaluations']);
    expect(fieldErrorsOf(await client.gql(CREATE_EVALUATION, { input }))).toEqual(expected);
    expect(await rowCounts(app, ['staff_evaluations'])).toEqual(before);
  });

  it('refuses a second evaluation of the same person and period', async () => {
    const input = evaluation({ staffId: acme.staffIds['gcs3'] });
    await client.must(CREATE_EVALUATION, { input });
    expect(fieldErrorsOf(await client.gql(CREATE_EVALUATION, { input: { ...input, score: 60 } }))).toEqual(['periodFrom:alreadyRecorded']);
  });
});

describe('isolation between organisations', () => {
  it('keeps people records inside their organisation', async () => {
    const before = await rowCounts(app, [...trainingTables, 'staff_evaluations']);
    expect(fieldErrorsOf(await client.gql(CREATE_TRAINING, { input: training() }, 'OTHER'))).toEqual(['attendees.0.staffId:notFound', 'attendees.1.staffId:notFound']);
    expect(fieldErrorsOf(await client.gql(CREATE_EVALUATION, { input: evaluation() }, 'OTHER'))).toEqual(['staffId:notFound', 'evaluatorId:notFound']);
    expect(await rowCounts(app, [...trainingTables, 'staff_evaluations'])).toEqual(before);
    const theirs = await client.must<{ trainings: { totalCount: number }; staffEvaluations: { totalCount: number }; staff: { trainingHours: number }[] }>(
      // (the harness signs in as OTHER's test administrator, itself a staff member: only technicians here)
      '{ trainings { totalCount } staffEvaluations { totalCount } staff(roles: [TECHNICIAN]) { trainingHours } }',
      {},
      'OTHER',
    );
    expect(theirs).toEqual({ trainings: { totalCount: 0 }, staffEvaluations: { totalCount: 0 }, staff: [{ trainingHours: 0 }] });
  });
});
