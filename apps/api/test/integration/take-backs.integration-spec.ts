import { anOrganisation, type GivenOrganisation } from '../../../../tools/testing/organisation.factory';
import { fieldErrorsOf, graphqlClient, hoursAgo, hoursAhead, rowCounts } from '../support/graphql-client';
import { openRequest } from '../support/open-request';
import { startTestApp, type TestApp } from '../support/test-app';

const FIELDS = `id outletCode productModel hazardous quantity disposalMethod disposalMethodLabel disposer certificateNo collectedAt
  customerName requestId requestCode note`;
const RECORD = `mutation($input: RecordTakeBackInput!) { recordTakeBack(input: $input) { ${FIELDS} } }`;
const LIST = `query($first: Int!, $after: String, $filter: TakeBackFilter) {
  takeBacks(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id quantity collectedAt } } } }`;

type TakeBack = { id: string } & Record<string, unknown>;
type List = { takeBacks: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: { id: string } }[] } };

let app: TestApp;
let acme: GivenOrganisation;
const client = graphqlClient(() => app, 'ACME');
const tables = ['take_backs'];
const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const certified = (changes: Record<string, unknown> = {}) => ({
  outletId: acme.outletIds['SH-01'],
  productId: acme.productIds['KFR-35GW'],
  quantity: 2,
  disposalMethod: 'CERTIFIED_DISPOSAL',
  disposer: ' 上海绿环再生资源有限公司 ',
  certificateNo: 'HW-2026-0301',
  collectedAt: hoursAgo(3),
  ...changes,
});

beforeAll(async () => {
  app = await startTestApp();
  acme = await anOrganisation('ACME')
    .withOutlet('SH-01')
    .withOutlet('SH-02')
    .withProduct('KFR-35GW')
    .withProduct('R32-CAN', '冷媒', 0, true)
    .create(app.database.dataSource);
  await anOrganisation('OTHER').withOutlet('SH-01').withProduct('KFR-35GW').create(app.database.dataSource);
});
afterAll(async () => app?.close());

describe('recordTakeBack', () => {
  it('records a certified disposal that came with a request, taking the request’s customer', async () => {
    const requestId = await openRequest(client, acme, { type: 'INSTALLATION' });
    const { recordTakeBack } = await client.must<{ recordTakeBack: TakeBack }>(RECORD, { input: certified({ requestId, note: '以旧换新回收旧机' }) });
    expect(recordTakeBack).toMatchObject({
      outletCode: 'SH-01',
      productModel: 'KFR-35GW',
      hazardous: false,
      quantity: 2,
      disposalMethod: 'CERTIFIED_DISPOSAL',
      disposalMethodLabel: '交有资质的处置单位',
      disposer: '上海绿环再生资源有限公司',
      certificateNo: 'HW-2026-0301',
      customerName: '张伟',
      requestId,
      note: '以旧换新回收旧机',
    });
    expect(recordTakeBack['requestCode']).toMatch(/^SR/);
  });

  it('lets a recycler take ordinary goods without a certificate, collected now', async () => {
    const before = Date.now();
    const { recordTakeBack } = await client.must<{ recordTakeBack: TakeBack }>(RECORD, { input: certified({ disposalMethod: 'RECYCLER', certificateNo: null, collectedAt: null }) });
    expect(recordTakeBack).toMatchObject({ disposalMethod: 'RECYCLER', certificateNo: null, customerName: null, requestId: null });
    expect(Date.parse(recordTakeBack['collectedAt'] as string)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('sends hazardous products only back to the manufacturer or to a certified disposer', async () => {
    const hazardous = { productId: acme.productIds['R32-CAN'], disposalMethod: 'RECYCLER', certificateNo: null };
    const refused = await client.gql(RECORD, { input: certified(hazardous) }, 'ACME', 'en');
    expect(refused.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: 'disposalMethod', code: 'hazardousDisposal', message: 'This product needs hazardous handling: return it to the manufacturer or to a certified disposer' },
    ]);
    const accepted = await client.must<{ recordTakeBack: TakeBack }>(RECORD, { input: certified({ ...hazardous, disposalMethod: 'MANUFACTURER_RETURN' }) });
    expect(accepted.recordTakeBack).toMatchObject({ hazardous: true, disposalMethod: 'MANUFACTURER_RETURN' });
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    [
      'nothing',
      { outletId: null, productId: null, quantity: null, disposalMethod: null, disposer: null, certificateNo: null },
      ['outletId:required', 'productId:required', 'quantity:required', 'disposalMethod:required', 'disposer:required'],
    ],
    ['no units', { quantity: 0 }, ['quantity:outOfRange']],
    ['a certified disposal without its certificate', { certificateNo: '  ' }, ['certificateNo:required']],
    ['a collection in the future', { collectedAt: hoursAhead(2) }, ['collectedAt:inFuture']],
    ['an overlong disposer', { disposer: '公'.repeat(101) }, ['disposer:tooLong']],
    [
      'unknown references, all at once',
      { outletId: UNKNOWN, productId: 'x', requestId: UNKNOWN, customerId: UNKNOWN },
      ['outletId:notFound', 'productId:notFound', 'requestId:notFound', 'customerId:notFound'],
    ],
  ])('refuses %s field by field and writes nothing', async (_name, changes, expected) => {
    const before = await rowCounts(app, tables);
    expect(fieldErrorsOf(await client.gql(RECORD, { input: certified(changes) }))).toEqual(expected);
    expect(await rowCounts(app, tables)).toEqual(before);
  });
});

describe('takeBacks', () => {
  it('lists an outlet’s take-backs of a period, newest first, page by page', async () => {
    const outletId = acme.outletIds['SH-02'];
    const ids: string[] = [];
    for (const hours of [50, 30, 10]) {
      const { recordTakeBack } = await client.must<{ recordTakeBack: TakeBack }>(RECORD, { input: certified({ outletId, collectedAt: hoursAgo(hours), quantity: hours }) });
      ids.push(recordTakeBack.id);
    }
    const first = await client.must<List>(LIST, { first: 2, filter: { outletIds: [outletId] } });
    expect(first.takeBacks.totalCount).toBe(3);
    expect(first.takeBacks.edges.map((edge) => edge.node.id)).toEqual([ids[2], ids[1]]);
    const second = await client.must<List>(LIST, { first: 2, after: first.takeBacks.pageInfo.endCursor, filter: { outletIds: [outletId] } });
    expect(second.takeBacks.edges.map((edge) => edge.node.id)).toEqual([ids[0]]);
    expect(second.takeBacks.pageInfo.hasNextPage).toBe(false);

    const period = await client.must<List>(LIST, { first: 10, filter: { outletIds: [outletId], collectedFrom: hoursAgo(40), collectedTo: hoursAgo(20) } });
    expect(period.takeBacks.edges.map((edge) => edge.node.id)).toEqual([ids[1]]);
    const recycled = await client.must<List>(LIST, { first: 10, filter: { outletIds: [outletId], disposalMethods: ['RECYCLER'] } });
    expect(recycled.takeBacks.totalCount).toBe(0);
  });

  it('refuses a period that ends before it starts and unknown filter ids', async () => {
    const result = await client.gql(LIST, { first: 10, filter: { outletIds: ['SH-01'], collectedFrom: hoursAgo(1), collectedTo: hoursAgo(2) } });
    expect(fieldErrorsOf(result)).toEqual(['filter.outletIds.0:notFound', 'filter.collectedTo:beforeStart']);
  });
});

describe('isolation between organisations', () => {
  it('never shows another organisation’s take-backs nor lets it use our outlets and products', async () => {
    await client.must(RECORD, { input: certified() });
    const before = await rowCounts(app, tables);
    expect(fieldErrorsOf(await client.gql(RECORD, { input: certified() }, 'OTHER'))).toEqual(['outletId:notFound', 'productId:notFound']);
    expect(await rowCounts(app, tables)).toEqual(before);
    const theirs = await client.must<List>(LIST, { first: 10 }, 'OTHER');
    expect(theirs.takeBacks.totalCount).toBe(0);
  });
});
