import { KPI_KEYS } from '@stardesk/domain';
import { createKpiFixture, EXPECTED, FIXTURE_PERIOD, type KpiFixture } from '../../../../tools/testing/kpi-fixture';
import { fieldErrorsOf, type GraphqlClient } from '../support/graphql-client';
import { startTestApp, type TestApp, type TestSession } from '../support/test-app';

/** The KPI queries over a hand-computed fixture (tools/testing/kpi-fixture.ts): dashboard, breakdowns, drill-down. */
const VALUE = 'key value population duration { mean p50 p90 n }';
const DASHBOARD = `query($input: KpiDashboardInput!) { kpiDashboard(input: $input) {
  from to previousFrom previousTo
  cards { ${VALUE} nameZh nameEn unit direction target previous { ${VALUE} } }
  trend { dimension total { ${VALUE} } rows { key from to values { ${VALUE} } } } } }`;
const BREAKDOWN = `query($input: KpiBreakdownInput!) { kpiBreakdown(input: $input) {
  dimension total { ${VALUE} } rows { key label from to values { ${VALUE} } } } }`;
const RECORDS = `query($input: KpiRecordsInput!, $first: Int!, $after: String) { kpiRecords(input: $input, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { kind id code at value target counts failing } } } }`;

interface Value {
  key: string;
  value: number | null;
  population: number;
  duration: { mean: number | null; p50: number | null; p90: number | null; n: number } | null;
}
interface Breakdown {
  dimension: string;
  total: Value[];
  rows: { key: string | null; label: string | null; from: string | null; to: string | null; values: Value[] }[];
}
interface RecordsPage {
  kpiRecords: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { kind: string; id: string; code: string | null; value: number | null; target: number | null; counts: boolean | null; failing: boolean } }[];
  };
}

let app: TestApp;
let fixture: KpiFixture;
/**
 * The figures are read by each fixture's dispatcher promoted to manager: an existing staff member, so
 * the head count of the people KPIs stays the fixture's own (a harness administrator would be one more).
 */
const viewers = new Map<string, TestSession>();
const asViewer = <T>(org: string, query: string, variables: Record<string, unknown>, language?: string) =>
  viewers.get(org)!.graphql<T>(query, variables, language ? { 'accept-language': language } : {});
const client: GraphqlClient = {
  gql: <T>(query: string, variables: Record<string, unknown> = {}, org = 'ACME', language?: string) => asViewer<T>(org, query, variables, language),
  async must<T>(query: string, variables: Record<string, unknown> = {}, org = 'ACME'): Promise<T> {
    const result = await asViewer<T>(org, query, variables);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data as T;
  },
};
async function signInViewer(org: string, staffId: string): Promise<void> {
  const [{ login }]: { login: string }[] = await app.database.dataSource.query('SELECT login FROM staff WHERE id = $1', [staffId]);
  viewers.set(org, await app.signIn(org, { login, role: 'MANAGER' }));
}
const byKey = (values: Value[]): Record<string, Value> => Object.fromEntries(values.map((value) => [value.key, value]));

beforeAll(async () => {
  app = await startTestApp();
  fixture = await createKpiFixture(app.database.dataSource, 'ACME');
  const other = await createKpiFixture(app.database.dataSource, 'OTHER');
  await signInViewer('ACME', fixture.ids.d1);
  await signInViewer('OTHER', other.ids.d1);
});
afterAll(async () => app?.close());

function expectFigures(values: Value[]): void {
  const figures = byKey(values);
  expect(Object.keys(figures)).toEqual([...KPI_KEYS]);
  for (const key of KPI_KEYS) {
    const expected = EXPECTED[key];
    if (typeof expected === 'object') {
      expect({ key, duration: figures[key]!.duration }).toEqual({ key, duration: expected });
      expect(figures[key]!.value).toBe(expected.mean);
    } else {
      expect({ key, value: figures[key]!.value }).toEqual({ key, value: expect.closeTo(expected, 9) });
    }
  }
}

describe('kpiDashboard', () => {
  it('shows every KPI of the period as computed by hand, with the empty previous period and the targets', async () => {
    const { kpiDashboard } = await client.must<{ kpiDashboard: { from: string; previousFrom: string; previousTo: string; cards: (Value & { previous: Value; target: number | null; nameZh: string; unit: string })[]; trend: Breakdown } }>(
      DASHBOARD,
      { input: { ...FIXTURE_PERIOD, compareToPrevious: true } },
    );
    expectFigures(kpiDashboard.cards);
    expect(kpiDashboard).toMatchObject({ from: '2026-03-02', previousFrom: '2026-02-23', previousTo: '2026-03-02' });
    const cards = Object.fromEntries(kpiDashboard.cards.map((card) => [card.key, card]));
    expect(cards['responseOnTimeRate']).toMatchObject({ nameZh: '及时响应率', unit: 'rate', population: 3, previous: { value: null, population: 0 } });
    expect(cards['requestCount']!.previous).toMatchObject({ value: 0 });
    expect(cards['responseMinutes']!.target).toBe(120);
    expect(cards['complaintHours']!.target).toBe(168);
    expect(cards['csatRate']!.target).toBeNull();
  });

  it('trends by local day: a request at 00:00 in Shanghai falls on its own day, one at 23:59:59.999 on the last day', async () => {
    const { kpiDashboard } = await client.must<{ kpiDashboard: { trend: Breakdown } }>(DASHBOARD, { input: FIXTURE_PERIOD });
    const { trend } = kpiDashboard;
    expect(trend.dimension).toBe('day');
    expect(trend.rows.map((row) => row.key)).toEqual(['2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08']);
    const requests = trend.rows.map((row) => byKey(row.values)['requestCount']!.value);
    expect(requests).toEqual([1, 1, 0, 0, 0, 0, 1]);
    expect(byKey(trend.rows[3]!.values)['responseOnTimeRate']!.value).toBeNull();
  });

  it('is scoped to the organisation of the request', async () => {
    const { kpiDashboard } = await client.must<{ kpiDashboard: { cards: Value[] } }>(DASHBOARD, { input: FIXTURE_PERIOD }, 'OTHER');
    expect(byKey(kpiDashboard.cards)['requestCount']!.value).toBe(3);
  });

  it('refuses a bad period field by field, in the caller’s language', async () => {
    expect(fieldErrorsOf(await client.gql(DASHBOARD, { input: { from: '2026-13-01', to: null } }))).toEqual(['input.from:invalidDate', 'input.to:required']);
    expect(fieldErrorsOf(await client.gql(DASHBOARD, { input: { from: '2026-03-09', to: '2026-03-09' } }))).toEqual(['input.to:notAfterFrom']);
    expect(fieldErrorsOf(await client.gql(DASHBOARD, { input: { ...FIXTURE_PERIOD, trendBy: 'hour', filters: { outletId: 'SH-01' } } }))).toEqual([
      'input.filters.outletId:notFound',
      'input.trendBy:invalidChoice',
    ]);
    const english = await client.gql(DASHBOARD, { input: { from: '2026-03-09', to: '2026-03-01' } }, 'ACME', 'en');
    expect(english.errors?.[0]?.extensions?.fieldErrors?.[0]?.message).toMatch(/after the start date/);
    const chinese = await client.gql(DASHBOARD, { input: { from: '2026-03-09', to: '2026-03-01' } }, 'ACME', 'zh-CN');
    expect(chinese.errors?.[0]?.extensions?.fieldErrors?.[0]?.message).toMatch(/结束日期必须晚于开始日期/);
  });
});

describe('kpiBreakdown', () => {
  it('cuts by outlet with rows that add up to the total; complaints by their own outlet, staff by their home outlet', async () => {
    const { kpiBreakdown } = await client.must<{ kpiBreakdown: Breakdown }>(BREAKDOWN, { input: { ...FIXTURE_PERIOD, dimension: 'outlet' } });
    const [sh, bj] = fixture.world.outlets;
    const rows = Object.fromEntries(kpiBreakdown.rows.map((row) => [row.key ?? 'none', row]));
    expect(Object.keys(rows).sort()).toEqual([sh!.id, bj!.id, 'none'].sort());
    expect(rows[sh!.id]!.label).toBe('SH-01');
    expect(byKey(rows[sh!.id]!.values)).toMatchObject({ requestCount: { value: 2 }, responseOnTimeRate: { value: 0.5 }, complaintTimelyRate: { value: 0 } });
    expect(byKey(rows[bj!.id]!.values)).toMatchObject({ requestCount: { value: 1 }, arrivalOnTimeRate: { value: 0 }, complaintTimelyRate: { value: 1 } });
    expect(byKey(rows['none']!.values)).toMatchObject({ requestCount: { value: 0 }, trainingHoursPerStaff: { value: 2, population: 1 } });
    for (const key of KPI_KEYS) {
      const sum = kpiBreakdown.rows.reduce((total, row) => total + byKey(row.values)[key]!.population, 0);
      expect({ key, sum }).toEqual({ key, sum: byKey(kpiBreakdown.total)[key]!.population });
    }
  });

  it('cuts visit KPIs by the technician of the first visit', async () => {
    const { kpiBreakdown } = await client.must<{ kpiBreakdown: Breakdown }>(BREAKDOWN, { input: { ...FIXTURE_PERIOD, dimension: 'technician' } });
    const rows = Object.fromEntries(kpiBreakdown.rows.map((row) => [row.key ?? 'none', byKey(row.values)]));
    expect(rows[fixture.ids.t1]).toMatchObject({ arrivalOnTimeRate: { value: 1 }, certifiedStaffRate: { value: 1 } });
    expect(rows[fixture.ids.t2]).toMatchObject({ arrivalOnTimeRate: { value: 0 }, firstTimeFixRate: { value: 0 }, certifiedStaffRate: { value: 0 } });
  });

  it('filters by a dimension, and refuses an unknown dimension', async () => {
    const { kpiBreakdown } = await client.must<{ kpiBreakdown: Breakdown }>(BREAKDOWN, { input: { ...FIXTURE_PERIOD, dimension: 'priority', filters: { priority: 'URGENT' } } });
    expect(kpiBreakdown.rows.map((row) => row.key)).toEqual(['URGENT']);
    expect(byKey(kpiBreakdown.total)['responseOnTimeRate']!.value).toBe(0);
    expect(fieldErrorsOf(await client.gql(BREAKDOWN, { input: { ...FIXTURE_PERIOD, dimension: 'city' } }))).toEqual(['input.dimension:invalidChoice']);
    expect(fieldErrorsOf(await client.gql(BREAKDOWN, { input: { ...FIXTURE_PERIOD } }))).toEqual(['input.dimension:required']);
  });
});

describe('kpiRecords (drill-down)', () => {
  it('lists the records behind a rate, each with whether it counts, paged by keyset', async () => {
    const first = await client.must<RecordsPage>(RECORDS, { input: { ...FIXTURE_PERIOD, kpi: 'responseOnTimeRate' }, first: 2 });
    expect(first.kpiRecords.totalCount).toBe(3);
    expect(first.kpiRecords.pageInfo.hasNextPage).toBe(true);
    const second = await client.must<RecordsPage>(RECORDS, { input: { ...FIXTURE_PERIOD, kpi: 'responseOnTimeRate' }, first: 2, after: first.kpiRecords.pageInfo.endCursor });
    const nodes = [...first.kpiRecords.edges, ...second.kpiRecords.edges].map((edge) => edge.node);
    expect(nodes.map((node) => [node.id, node.value, node.target, node.counts])).toEqual([
      [fixture.ids.r1, 120, 120, true],
      [fixture.ids.r2, 31, 30, false],
      [fixture.ids.r3, null, 60, false],
    ]);
    expect(second.kpiRecords.pageInfo.hasNextPage).toBe(false);
    expect(nodes[0]!.kind).toBe('REQUEST');
    expect(nodes[0]!.code).toMatch(/^SR/);
  });

  it('shows only the failing records, and the records of one breakdown row', async () => {
    const failing = await client.must<RecordsPage>(RECORDS, { input: { ...FIXTURE_PERIOD, kpi: 'responseOnTimeRate', onlyFailing: true }, first: 10 });
    expect(failing.kpiRecords.edges.map((edge) => edge.node.id)).toEqual([fixture.ids.r2, fixture.ids.r3]);
    const sh = fixture.world.outlets[0]!.id;
    const row = await client.must<RecordsPage>(RECORDS, { input: { ...FIXTURE_PERIOD, kpi: 'requestCount', dimension: 'outlet', dimensionValue: sh }, first: 10 });
    expect(row.kpiRecords.edges.map((edge) => edge.node.id)).toEqual([fixture.ids.r1, fixture.ids.r3]);
    const day = await client.must<RecordsPage>(RECORDS, { input: { ...FIXTURE_PERIOD, kpi: 'requestCount', dimension: 'day', dimensionValue: '2026-03-03' }, first: 10 });
    expect(day.kpiRecords.edges.map((edge) => edge.node.id)).toEqual([fixture.ids.r2]);
    const complaints = await client.must<RecordsPage>(RECORDS, { input: { ...FIXTURE_PERIOD, kpi: 'complaintHours' }, first: 10 });
    expect(complaints.kpiRecords.edges.map((edge) => [edge.node.kind, edge.node.value, edge.node.target, edge.node.failing])).toEqual([
      ['COMPLAINT', 80, 72, true],
      ['COMPLAINT', 72, 168, false],
    ]);
  });

  it('refuses an unknown KPI and a bad page size', async () => {
    expect(fieldErrorsOf(await client.gql(RECORDS, { input: { ...FIXTURE_PERIOD, kpi: 'happiness' }, first: 0 }))).toEqual(['input.kpi:invalidChoice', 'first:outOfRange']);
  });
});
