import { isKpiKey } from '../kpi/kpi-catalog';
import { DEFAULT_INDICATOR_CATALOG } from './default-catalog';
import { validateIndicatorCatalog } from './validate-catalog';

const catalog = DEFAULT_INDICATOR_CATALOG;
const sum = (values: number[]): number => values.reduce((total, value) => total + Math.round(value * 100), 0) / 100;

describe('the default GB/T 27922 indicator catalogue', () => {
  it('passes its own validator', () => {
    expect(validateIndicatorCatalog(catalog)).toEqual([]);
  });

  it('has the three categories with the totals fixed by the standard', () => {
    expect(catalog.categories.map((category) => [category.key, category.nameZh, category.points])).toEqual([
      ['SYS', '售后服务体系', 40],
      ['GOODS', '商品服务', 35],
      ['CUST', '顾客服务', 25],
    ]);
  });

  it('has the fifteen indicators of gbt27922.md with their default points, in order', () => {
    expect(catalog.indicators.map((indicator) => [indicator.key, indicator.category, indicator.nameZh, indicator.nameEn, indicator.points])).toEqual([
      ['SYS.ORG', 'SYS', '组织架构', 'organisation structure', 6],
      ['SYS.STAFF', 'SYS', '人员配置', 'staffing', 6],
      ['SYS.RES', 'SYS', '资源配置', 'resources', 6],
      ['SYS.NORM', 'SYS', '规范要求', 'service norms', 6],
      ['SYS.SUPV', 'SYS', '监督', 'supervision', 6],
      ['SYS.IMPR', 'SYS', '改进', 'improvement', 5],
      ['SYS.CULT', 'SYS', '服务文化', 'service culture', 5],
      ['GOODS.INFO', 'GOODS', '商品信息', 'product information', 5],
      ['GOODS.TECH', 'GOODS', '技术支持', 'technical support', 6],
      ['GOODS.DELIV', 'GOODS', '配送', 'delivery', 6],
      ['GOODS.REPAIR', 'GOODS', '维修', 'repair', 8],
      ['GOODS.WARR', 'GOODS', '质量保证', 'quality guarantee', 6],
      ['GOODS.RECYC', 'GOODS', '废弃商品回收', 'waste-product take-back', 4],
      ['CUST.REL', 'CUST', '客户关系', 'customer relations', 12],
      ['CUST.COMPL', 'CUST', '投诉处理', 'complaint handling', 13],
    ]);
  });

  it('adds up: criteria to their indicator, indicators to their category, everything to 100', () => {
    for (const indicator of catalog.indicators) expect([indicator.key, sum(indicator.criteria.map((criterion) => criterion.points))]).toEqual([indicator.key, indicator.points]);
    for (const category of catalog.categories) {
      expect(sum(catalog.indicators.filter((indicator) => indicator.category === category.key).map((indicator) => indicator.points))).toBe(category.points);
    }
    expect(sum(catalog.indicators.flatMap((indicator) => indicator.criteria.map((criterion) => criterion.points)))).toBe(100);
  });

  it('uses every evidence method, KPI criteria only on known KPIs, samples with checks', () => {
    const criteria = catalog.indicators.flatMap((indicator) => indicator.criteria);
    expect(new Set(criteria.map((criterion) => criterion.evidence.method))).toEqual(new Set(['DOCUMENT', 'KPI', 'SAMPLE', 'MANUAL']));
    expect(new Set(criteria.map((criterion) => criterion.key)).size).toBe(criteria.length);
    for (const criterion of criteria) {
      expect(criterion.key.startsWith(`${criterion.key.split('.').slice(0, 2).join('.')}.`)).toBe(true);
      if (criterion.evidence.method === 'KPI') expect(isKpiKey(criterion.evidence.kpi)).toBe(true);
      if (criterion.evidence.method === 'SAMPLE') expect(criterion.evidence.checks.length).toBeGreaterThan(0);
    }
  });

  it('checks complaint timeliness at 95 %, the example of gbt27922.md', () => {
    const timeliness = catalog.indicators.flatMap((indicator) => indicator.criteria).find((criterion) => criterion.evidence.method === 'KPI' && criterion.evidence.kpi === 'complaintTimelyRate');
    expect(timeliness?.evidence).toEqual({ method: 'KPI', kpi: 'complaintTimelyRate', comparator: '>=', threshold: 0.95 });
  });
});
