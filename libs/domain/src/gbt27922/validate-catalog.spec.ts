import { catalogErrorMessage, type CatalogValidationError } from './catalog-errors';
import { DEFAULT_INDICATOR_CATALOG } from './default-catalog';
import type { CriterionDefinition, EvidenceMethod, IndicatorCatalog, IndicatorDefinition } from './indicator-catalog.types';
import { validateIndicatorCatalog } from './validate-catalog';

/** A copy of the default with one indicator changed. */
function withIndicator(key: string, change: (indicator: IndicatorDefinition) => IndicatorDefinition): IndicatorCatalog {
  return { ...DEFAULT_INDICATOR_CATALOG, indicators: DEFAULT_INDICATOR_CATALOG.indicators.map((indicator) => (indicator.key === key ? change(indicator) : indicator)) };
}

/** A copy of the default with the first criterion of an indicator changed. */
function withFirstCriterion(key: string, change: (criterion: CriterionDefinition) => CriterionDefinition): IndicatorCatalog {
  return withIndicator(key, (indicator) => ({ ...indicator, criteria: indicator.criteria.map((criterion, index) => (index === 0 ? change(criterion) : criterion)) }));
}

const evidence = (value: unknown) => (criterion: CriterionDefinition): CriterionDefinition => ({ ...criterion, evidence: value as EvidenceMethod });
const codes = (errors: CatalogValidationError[]) => errors.map((error) => `${error.field}:${error.code}`);

describe('validateIndicatorCatalog', () => {
  it.each<[string, IndicatorCatalog, string[]]>([
    ['blank version', { ...DEFAULT_INDICATOR_CATALOG, version: ' ' }, ['version:required']],
    [
      'criterion points not adding up to the indicator (and the category)',
      withFirstCriterion('SYS.ORG', (criterion) => ({ ...criterion, points: 3 })),
      ['indicators[0].criteria:pointsMismatch'],
    ],
    [
      'indicator points moved so that its category no longer adds up',
      withIndicator('SYS.ORG', (indicator) => ({ ...indicator, points: 7 })),
      ['indicators[0].criteria:pointsMismatch', 'indicators:pointsMismatch'],
    ],
    ['points with three decimals', withFirstCriterion('SYS.ORG', (criterion) => ({ ...criterion, points: 1.999 })), ['indicators[0].criteria[0].points:tooPrecise']],
    ['zero points', withFirstCriterion('SYS.ORG', (criterion) => ({ ...criterion, points: 0 })), ['indicators[0].criteria[0].points:notPositive', 'indicators[0].criteria:pointsMismatch']],
    ['duplicate criterion key', withFirstCriterion('SYS.STAFF', (criterion) => ({ ...criterion, key: 'SYS.ORG.1' })), ['indicators[1].criteria[0].key:duplicate']],
    ['an indicator in the wrong category', withIndicator('SYS.ORG', (indicator) => ({ ...indicator, category: 'CUST' })), ['indicators[0].category:wrongCategory', 'indicators:pointsMismatch', 'indicators:pointsMismatch']],
    ['a rate threshold given in percent', withFirstCriterion('CUST.COMPL', evidence({ method: 'KPI', kpi: 'complaintTimelyRate', comparator: '>=', threshold: 95 })), ['indicators[14].criteria[0].evidence.threshold:outOfRange']],
    ['an NPS threshold outside −100..100', withFirstCriterion('CUST.COMPL', evidence({ method: 'KPI', kpi: 'nps', comparator: '>=', threshold: -101 })), ['indicators[14].criteria[0].evidence.threshold:outOfRange']],
    ['a duration KPI without a statistic', withFirstCriterion('CUST.COMPL', evidence({ method: 'KPI', kpi: 'complaintHours', comparator: '<=', threshold: 48 })), ['indicators[14].criteria[0].evidence.statistic:statisticRequired']],
    ['a statistic on a rate', withFirstCriterion('CUST.COMPL', evidence({ method: 'KPI', kpi: 'csatRate', statistic: 'p90', comparator: '>=', threshold: 0.9 })), ['indicators[14].criteria[0].evidence.statistic:statisticNotAllowed']],
    ['asking for at least 5 % repeat repairs', withFirstCriterion('CUST.COMPL', evidence({ method: 'KPI', kpi: 'repeatRepairRate', comparator: '>=', threshold: 0.05 })), ['indicators[14].criteria[0].evidence.comparator:againstDirection']],
    ['an unknown KPI', withFirstCriterion('CUST.COMPL', evidence({ method: 'KPI', kpi: 'happiness', comparator: '>=', threshold: 1 })), ['indicators[14].criteria[0].evidence.kpi:invalidChoice']],
    ['an unknown document type', withFirstCriterion('SYS.ORG', evidence({ method: 'DOCUMENT', documentType: 'POSTER' })), ['indicators[0].criteria[0].evidence.documentType:invalidChoice']],
    ['a sample of zero records without checks', withFirstCriterion('SYS.ORG', evidence({ method: 'SAMPLE', recordType: 'STAFF', sampleSize: 0, checks: [] })), ['indicators[0].criteria[0].evidence.sampleSize:notPositiveInteger', 'indicators[0].criteria[0].evidence.checks:required']],
    ['an unknown evidence method', withFirstCriterion('SYS.ORG', evidence({ method: 'GUESS' })), ['indicators[0].criteria[0].evidence.method:invalidChoice']],
    ['an indicator without criteria', withIndicator('SYS.CULT', (indicator) => ({ ...indicator, criteria: [] })), ['indicators[6].criteria:required']],
  ])('reports %s at its field', (_case, catalog, expected) => {
    expect(codes(validateIndicatorCatalog(catalog))).toEqual(expected);
  });

  it('requires the standard structure: category totals, every indicator once, nothing else', () => {
    const catalog: IndicatorCatalog = {
      ...DEFAULT_INDICATOR_CATALOG,
      categories: DEFAULT_INDICATOR_CATALOG.categories.map((category) => (category.key === 'SYS' ? { ...category, points: 45 } : category)),
      indicators: [
        ...DEFAULT_INDICATOR_CATALOG.indicators.filter((indicator) => indicator.key !== 'GOODS.RECYC'),
        { ...(DEFAULT_INDICATOR_CATALOG.indicators[0] as IndicatorDefinition), key: 'SYS.EXTRA', points: 0.5, criteria: [] },
      ],
    };
    const errors = validateIndicatorCatalog(catalog);
    expect(codes(errors)).toEqual([
      'categories[0].points:pointsMismatch',
      'indicators[14].key:notInStandard',
      'indicators[14].criteria:required',
      'indicators:missing',
      'indicators:pointsMismatch',
      'indicators:pointsMismatch',
    ]);
    expect(errors.slice(3).map((error) => error.params)).toEqual([
      { key: 'GOODS.RECYC' },
      { category: 'SYS', expected: 40, actual: 40.5 },
      { category: 'GOODS', expected: 35, actual: 31 },
    ]);
  });

  it('speaks the user language, for its own codes and the shared ones', () => {
    const [mismatch] = validateIndicatorCatalog(withFirstCriterion('SYS.ORG', (criterion) => ({ ...criterion, points: 3 })));
    expect(catalogErrorMessage(mismatch as CatalogValidationError, 'zh-CN')).toBe('分值合计应为 6，实际为 7');
    expect(catalogErrorMessage(mismatch as CatalogValidationError, 'en')).toBe('Points should add up to 6, not 7');
    expect(catalogErrorMessage({ field: 'version', code: 'required' }, 'en')).toBe('This field is required');
    const [outOfRange] = validateIndicatorCatalog(withFirstCriterion('CUST.COMPL', evidence({ method: 'KPI', kpi: 'complaintTimelyRate', comparator: '>=', threshold: 95 })));
    expect(catalogErrorMessage(outOfRange as CatalogValidationError, 'zh-CN')).toBe('应在 0 到 1 之间');
  });
});
