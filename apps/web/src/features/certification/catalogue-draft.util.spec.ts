import { describe, expect, it } from 'vitest';
import { catalogueDraftOf, categoryTotals, createCatalogVersionInputOf, pointsMismatches, withCriterionValue, withIndicatorPoints } from './catalogue-draft.util';

const criterion = (key: string, points: number, extra: Record<string, unknown> = {}) => ({
  __typename: 'CatalogCriterion' as const,
  key,
  nameZh: `检查项 ${key}`,
  nameEn: `criterion ${key}`,
  points,
  method: 'MANUAL' as const,
  documentType: null,
  kpi: null,
  statistic: null,
  comparator: null,
  threshold: null,
  recordType: null,
  sampleSize: null,
  checks: [],
  ...extra,
});

const version = {
  __typename: 'IndicatorCatalogVersion' as const,
  id: 'v-1',
  versionNo: 1,
  label: 'stardesk-default-2026.1',
  note: null,
  createdAt: '2026-01-01T00:00:00Z',
  categories: [],
  indicators: [
    {
      __typename: 'CatalogIndicator' as const,
      key: 'SYS.ORG',
      category: 'SYS' as const,
      nameZh: '组织架构',
      nameEn: 'organisation structure',
      points: 6,
      criteria: [criterion('SYS.ORG.1', 2), criterion('SYS.ORG.2', 4, { method: 'SAMPLE', recordType: 'STAFF', sampleSize: 5, checks: [{ __typename: 'SampleCheckDefinition', nameZh: '资质', nameEn: 'qualification' }] })],
    },
    {
      __typename: 'CatalogIndicator' as const,
      key: 'CUST.COMPL',
      category: 'CUST' as const,
      nameZh: '投诉处理',
      nameEn: 'complaint handling',
      points: 13,
      criteria: [criterion('CUST.COMPL.1', 13, { method: 'KPI', kpi: 'complaintTimelyRate', comparator: 'AT_LEAST', threshold: 0.95 })],
    },
  ],
};

describe('catalogue drafts', () => {
  it('copies a version without the GraphQL type names', () => {
    const draft = catalogueDraftOf(version);
    expect(draft.baseVersionNo).toBe(1);
    expect(draft.indicators[0]!.criteria[1]).toEqual({
      key: 'SYS.ORG.2',
      nameZh: '检查项 SYS.ORG.2',
      nameEn: 'criterion SYS.ORG.2',
      points: 4,
      method: 'SAMPLE',
      documentType: null,
      kpi: null,
      statistic: null,
      comparator: null,
      threshold: null,
      recordType: 'STAFF',
      sampleSize: 5,
      checks: [{ nameZh: '资质', nameEn: 'qualification' }],
    });
  });

  it('changes one field and leaves the original draft alone', () => {
    const draft = catalogueDraftOf(version);
    const changed = withCriterionValue(draft, 1, 0, 'threshold', 0.9);
    expect(changed.indicators[1]!.criteria[0]!.threshold).toBe(0.9);
    expect(draft.indicators[1]!.criteria[0]!.threshold).toBe(0.95);
    expect(changed.indicators[0]).toBe(draft.indicators[0]);
  });

  it('points out indicators whose criteria do not add up (in hundredths, no float drift)', () => {
    const draft = catalogueDraftOf(version);
    expect(pointsMismatches(draft)).toEqual([]);
    const split = withCriterionValue(withCriterionValue(draft, 0, 0, 'points', 1.1), 0, 1, 'points', 4.9);
    expect(pointsMismatches(split)).toEqual([]);
    expect(pointsMismatches(withCriterionValue(draft, 0, 0, 'points', 3))).toEqual([{ indicatorIndex: 0, expected: 6, actual: 7 }]);
    expect(pointsMismatches(withIndicatorPoints(draft, 1, null))).toEqual([{ indicatorIndex: 1, expected: 0, actual: 13 }]);
  });

  it('totals points per category', () => {
    expect(categoryTotals(catalogueDraftOf(version))).toEqual({ SYS: 6, CUST: 13 });
  });

  it('sends the whole catalogue with the newest version the admin saw', () => {
    const input = createCatalogVersionInputOf({ ...catalogueDraftOf(version), label: 'CQC 2026', note: '  ' }, 3);
    expect(input).toMatchObject({ expectedLatestVersionNo: 3, label: 'CQC 2026', note: null });
    expect(input.indicators).toHaveLength(2);
    expect(input.indicators![0]).toMatchObject({ key: 'SYS.ORG', points: 6 });
    expect(input.indicators![0]!.criteria![0]).not.toHaveProperty('__typename');
  });
});
