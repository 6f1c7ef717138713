import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { fieldErrorsOf, graphqlClient, rowCounts } from '../support/graphql-client';
import { startTestApp, type TestApp } from '../support/test-app';

const FIELDS = 'id staff { login } certificateType certificateTypeLabel certificateNo issuer title validFrom validUntil validToday';
const CREATE = `mutation($input: CreateQualificationInput!) { createQualification(input: $input) { ${FIELDS} } }`;
const LIST = `query($first: Int!, $after: String, $filter: QualificationFilter) {
  qualifications(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { certificateNo validUntil } } } }`;

type Qualification = { id: string; certificateNo: string; validUntil: string | null; validToday: boolean } & Record<string, unknown>;
type List = { qualifications: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { certificateNo: string } }[] } };

let app: TestApp;
let acme: GivenOrganisation;
const client = graphqlClient(() => app, 'ACME');
const tables = ['qualifications'];

/** Local dates where the organisation is (Asia/Shanghai), counted from today. */
const today = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const daysFromToday = (days: number): string => {
  const [year, month, day] = today().split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
};

let serial = 0;
const certificate = (changes: Record<string, unknown> = {}) => ({
  staffId: acme.staffIds['gcs1'],
  certificateType: 'REFRIGERATION',
  certificateNo: `T3101${String(++serial).padStart(8, '0')}`,
  issuer: '上海市应急管理局',
  validFrom: '2024-01-01',
  validUntil: '2029-12-31',
  ...changes,
});

async function create(changes: Record<string, unknown> = {}, org = 'ACME'): Promise<Qualification> {
  return (await client.must<{ createQualification: Qualification }>(CREATE, { input: certificate(changes) }, org)).createQualification;
}

const numbersOf = (list: List): string[] => list.qualifications.edges.map((edge) => edge.node.certificateNo);

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME').withOutlet('SH-01').withStaff('gcs1').withStaff('gcs2').withStaff('gcs3').withStaff('left', 'TECHNICIAN', false).create(app.database.dataSource);
  await anOrganisation('OTHER').withOutlet('SH-01').withStaff('gcs1').create(app.database.dataSource);
});
afterAll(async () => app?.close());

describe('createQualification', () => {
  it('registers a certificate and shows it on the staff register', async () => {
    const created = await create({ certificateNo: ' T310101199001011234 ' });
    expect(created).toMatchObject({
      staff: { login: 'gcs1' },
      certificateType: 'REFRIGERATION',
      certificateTypeLabel: '制冷与空调作业',
      certificateNo: 'T310101199001011234',
      issuer: '上海市应急管理局',
      title: null,
      validFrom: '2024-01-01',
      validUntil: '2029-12-31',
      validToday: true,
    });
    const { staff } = await client.must<{ staff: { login: string; qualifications: { certificateNo: string }[] }[] }>('{ staff(roles: [TECHNICIAN]) { login qualifications { certificateNo } } }');
    expect(staff.find((member) => member.login === 'gcs1')?.qualifications.map((q) => q.certificateNo)).toContain('T310101199001011234');
  });

  it('keeps certificates of people who have left: the register is history', async () => {
    expect((await create({ staffId: acme.staffIds['left'] })).staff).toEqual({ login: 'left' });
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    [
      'nothing',
      { staffId: null, certificateType: null, certificateNo: null, issuer: null, validFrom: null, validUntil: null },
      ['staffId:required', 'certificateType:required', 'certificateNo:required', 'issuer:required', 'validFrom:required'],
    ],
    ['OTHER without the certificate’s name', { certificateType: 'OTHER' }, ['title:required']],
    ['an impossible date', { validFrom: '2024-02-30' }, ['validFrom:invalidDate']],
    ['a validity ending before it starts', { validUntil: '2023-12-31' }, ['validUntil:beforeStart']],
    ['an unknown holder', { staffId: '00000000-0000-4000-8000-000000000000' }, ['staffId:notFound']],
  ])('refuses %s field by field and writes nothing', async (_name, changes, expected) => {
    const before = await rowCounts(app, tables);
    expect(fieldErrorsOf(await client.gql(CREATE, { input: certificate(changes) }))).toEqual(expected);
    expect(await rowCounts(app, tables)).toEqual(before);
  });

  it('refuses a certificate number registered twice for the same type, also when two arrive at once', async () => {
    await create({ certificateNo: 'DUP-001' });
    expect(fieldErrorsOf(await client.gql(CREATE, { input: certificate({ certificateNo: 'DUP-001', staffId: acme.staffIds['gcs2'] }) }))).toEqual(['certificateNo:duplicate']);
    const racing = await Promise.all([1, 2].map(() => client.gql(CREATE, { input: certificate({ certificateNo: 'DUP-002' }) })));
    expect(racing.filter((result) => !result.errors)).toHaveLength(1);
    expect(fieldErrorsOf(racing.find((result) => result.errors)!)).toEqual(['certificateNo:duplicate']);
    // The same number under another type is another certificate.
    expect((await create({ certificateNo: 'DUP-001', certificateType: 'ELECTRICIAN' })).certificateNo).toBe('DUP-001');
  });
});

describe('qualifications', () => {
  it('finds the certificates valid on a date, not the expired nor the not-yet-valid ones', async () => {
    const staffIds = [acme.staffIds['gcs3']];
    await create({ staffId: staffIds[0], certificateNo: 'OLD-2024', validFrom: '2024-01-01', validUntil: '2025-12-31' });
    await create({ staffId: staffIds[0], certificateNo: 'NEW-2026', validFrom: '2026-01-01', validUntil: null, certificateType: 'ELECTRICIAN' });

    const on = async (validAt: string) => numbersOf(await client.must<List>(LIST, { first: 10, filter: { staffIds, validAt } }));
    expect(await on('2025-06-01')).toEqual(['OLD-2024']);
    expect(await on('2025-12-31')).toEqual(['OLD-2024']);
    expect(await on('2026-01-01')).toEqual(['NEW-2026']);
    expect(await on('2023-12-31')).toEqual([]);

    const all = await client.must<{ qualifications: { edges: { node: Qualification }[] } }>(
      `query($filter: QualificationFilter) { qualifications(filter: $filter) { edges { node { ${FIELDS} } } } }`,
      { filter: { staffIds } },
    );
    // Soonest expiry first, the permanent certificate last; the expired one is no longer valid today.
    expect(all.qualifications.edges.map((edge) => [edge.node.certificateNo, edge.node.validToday])).toEqual([['OLD-2024', false], ['NEW-2026', true]]);
  });

  it('lists the certificates expiring within some days of today, page by page', async () => {
    const staffIds = [acme.staffIds['gcs2']];
    await create({ staffId: staffIds[0], certificateNo: 'EXP-10', validUntil: daysFromToday(10) });
    await create({ staffId: staffIds[0], certificateNo: 'EXP-20', validUntil: daysFromToday(20) });
    await create({ staffId: staffIds[0], certificateNo: 'EXP-0', validUntil: today() });
    await create({ staffId: staffIds[0], certificateNo: 'GONE', validUntil: daysFromToday(-1) });

    const within = async (days: number) => numbersOf(await client.must<List>(LIST, { first: 10, filter: { staffIds, expiringWithinDays: days } }));
    expect(await within(0)).toEqual(['EXP-0']);
    expect(await within(15)).toEqual(['EXP-0', 'EXP-10']);

    const page1 = await client.must<List>(LIST, { first: 2, filter: { staffIds, expiringWithinDays: 30 } });
    expect([numbersOf(page1), page1.qualifications.totalCount]).toEqual([['EXP-0', 'EXP-10'], 3]);
    const page2 = await client.must<List>(LIST, { first: 2, after: page1.qualifications.pageInfo.endCursor, filter: { staffIds, expiringWithinDays: 30 } });
    expect([numbersOf(page2), page2.qualifications.pageInfo.hasNextPage]).toEqual([['EXP-20'], false]);
  });

  it('refuses bad filters field by field', async () => {
    const result = await client.gql(LIST, { first: 101, filter: { validAt: '2026-13-01', expiringWithinDays: -1, staffIds: ['gcs1'] } });
    expect(fieldErrorsOf(result)).toEqual(['first:outOfRange', 'filter.staffIds.0:notFound', 'filter.validAt:invalidDate', 'filter.expiringWithinDays:outOfRange']);
  });
});

describe('isolation between organisations', () => {
  it('never shows our certificates to another organisation, nor lets it register them for our staff', async () => {
    await create();
    const before = await rowCounts(app, tables);
    expect(fieldErrorsOf(await client.gql(CREATE, { input: certificate() }, 'OTHER'))).toEqual(['staffId:notFound']);
    expect(await rowCounts(app, tables)).toEqual(before);
    const theirs = await client.must<List>(LIST, { first: 10 }, 'OTHER');
    expect(theirs.qualifications.totalCount).toBe(0);
    const theirStaff = await client.must<{ staff: { qualifications: unknown[] }[] }>('{ staff { qualifications { id } } }', {}, 'OTHER');
    expect(theirStaff.staff.flatMap((member) => member.qualifications)).toEqual([]);
  });
});
