import { KPI_CATALOG, KPI_KEYS, type KpiKey } from '@stardesk/domain';

type Figure = { value: number | null; population: number };

const value = (key: KpiKey, figure: Figure) => ({ __typename: 'KpiValue', key, value: figure.value, population: figure.population });

/** A kpiDashboard answer: every KPI empty unless given, with its previous period and a daily trend of `days`. */
export function aKpiDashboard({
  from = '2026-11-01',
  to = '2026-11-24',
  figures = {},
  previous = {},
  targets = {},
  days = ['2026-11-01', '2026-11-02'],
  trend = {},
}: {
  from?: string;
  to?: string;
  figures?: Partial<Record<KpiKey, Figure>>;
  previous?: Partial<Record<KpiKey, Figure>>;
  targets?: Partial<Record<KpiKey, number>>;
  days?: string[];
  trend?: Partial<Record<KpiKey, (Figure | undefined)[]>>;
} = {}) {
  const empty: Figure = { value: null, population: 0 };
  return {
    kpiDashboard: {
      __typename: 'KpiDashboard',
      from,
      to,
      previousFrom: '2026-10-08',
      previousTo: from,
      cards: KPI_CATALOG.map((definition) => ({
        ...value(definition.key, figures[definition.key] ?? empty),
        __typename: 'KpiCard',
        unit: definition.unit,
        direction: definition.direction,
        target: targets[definition.key] ?? null,
        duration: null,
        previous: value(definition.key, previous[definition.key] ?? empty),
      })),
      trend: {
        __typename: 'KpiBreakdown',
        dimension: 'day',
        rows: days.map((day, index) => ({
          __typename: 'KpiBreakdownRow',
          key: day,
          label: null,
          from: day,
          to: day,
          values: KPI_KEYS.map((key) => value(key, trend[key]?.[index] ?? empty)),
        })),
      },
    },
  };
}

/** A kpiBreakdown answer with one row per entry of `rows`. */
export function aKpiBreakdown(dimension: string, rows: { key: string | null; label?: string; figures: Partial<Record<KpiKey, Figure>> }[], total: Partial<Record<KpiKey, Figure>> = {}) {
  return {
    kpiBreakdown: {
      __typename: 'KpiBreakdown',
      dimension,
      total: KPI_KEYS.map((key) => value(key, total[key] ?? { value: null, population: 0 })),
      rows: rows.map((row) => ({
        __typename: 'KpiBreakdownRow',
        key: row.key,
        label: row.label ?? null,
        values: KPI_KEYS.map((key) => value(key, row.figures[key] ?? { value: null, population: 0 })),
      })),
    },
  };
}

export function someKpiRecords(records: { id: string; code: string; kind?: string; failing?: boolean; value?: number | null; target?: number | null }[], totalCount = records.length) {
  return {
    kpiRecords: {
      __typename: 'KpiRecordConnection',
      totalCount,
      pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
      edges: records.map((record) => ({
        __typename: 'KpiRecordEdge',
        node: {
          __typename: 'KpiRecord',
          kind: record.kind ?? 'REQUEST',
          id: record.id,
          code: record.code,
          at: '2026-11-02T02:00:00.000Z',
          value: record.value ?? null,
          target: record.target ?? null,
          counts: !record.failing,
          failing: record.failing ?? false,
        },
      })),
    },
  };
}

export const KPI_FILTER_OPTIONS = {
  outlets: [{ __typename: 'Outlet', id: 'c0ffee00-0000-4000-8000-000000000001', name: '上海浦东服务中心' }],
  products: [
    { __typename: 'Product', id: 'p-1', category: '空调' },
    { __typename: 'Product', id: 'p-2', category: '空调' },
  ],
};

/** An indicatorCatalogVersion answer with these KPI criteria (one indicator is enough for the dashboard). */
export function aCatalogWithThresholds(criteria: { kpi: string; comparator: 'AT_LEAST' | 'AT_MOST'; threshold: number; statistic?: string }[]) {
  return {
    indicatorCatalogVersion: {
      __typename: 'IndicatorCatalogVersion',
      versionNo: 1,
      indicators: [
        {
          __typename: 'CatalogIndicator',
          criteria: criteria.map((criterion, index) => ({ __typename: 'CatalogCriterion', key: `C${index}`, statistic: null, ...criterion })),
        },
      ],
    },
  };
}
