import { isKpiKey, KPI_KEYS, kpiDefinition } from '../kpi/kpi-catalog';
import { CatalogErrors, type CatalogValidationError } from './catalog-errors';
import {
  DURATION_STATISTICS,
  EVIDENCE_DOCUMENT_TYPES,
  EVIDENCE_METHODS,
  KPI_COMPARATORS,
  SAMPLE_RECORD_TYPES,
  type CriterionDefinition,
  type IndicatorCatalog,
  type KpiEvidence,
} from './indicator-catalog.types';
import { GBT27922_CATEGORIES, GBT27922_INDICATORS, standardIndicator } from './standard-indicators';

/** Points in hundredths: sums of at most two-decimal points are then exact integers. */
const hundredths = (points: number): number => Math.round(points * 100);
const fromHundredths = (value: number): number => value / 100;

/**
 * Checks one catalogue version before it can be used for an assessment: the standard's three
 * categories and fifteen indicators each once, criteria points adding up to their indicator and
 * indicators to the fixed category totals, unique keys, and evidence that can be evaluated.
 * Returns every problem at once, each at its field; an empty list means valid.
 */
export function validateIndicatorCatalog(catalog: IndicatorCatalog): CatalogValidationError[] {
  const errors = new CatalogErrors();
  errors.required('version', catalog.version);
  errors.oneOf('standard', catalog.standard, ['GB/T 27922-2011']);

  GBT27922_CATEGORIES.forEach((standard) => {
    const index = catalog.categories.findIndex((category) => category.key === standard.key);
    if (index < 0) return errors.add('categories', 'missing', { key: standard.key });
    const category = catalog.categories[index];
    if (category && category.points !== standard.points) errors.add(`categories[${index}].points`, 'pointsMismatch', { expected: standard.points, actual: category.points });
  });
  catalog.categories.forEach((category, index) => {
    if (!GBT27922_CATEGORIES.some((standard) => standard.key === category.key)) errors.add(`categories[${index}].key`, 'notInStandard', { key: category.key });
  });

  const seenIndicators = new Set<string>();
  const seenCriteria = new Set<string>();
  catalog.indicators.forEach((indicator, index) => {
    const field = `indicators[${index}]`;
    const standard = standardIndicator(indicator.key);
    if (!standard) errors.add(`${field}.key`, 'notInStandard', { key: indicator.key });
    else if (standard.category !== indicator.category) errors.add(`${field}.category`, 'wrongCategory', { expected: standard.category });
    if (seenIndicators.has(indicator.key)) errors.add(`${field}.key`, 'duplicate');
    seenIndicators.add(indicator.key);
    checkNames(errors, field, indicator);
    checkPoints(errors, `${field}.points`, indicator.points);
    if (indicator.criteria.length === 0) errors.add(`${field}.criteria`, 'required');
    indicator.criteria.forEach((criterion, criterionIndex) => {
      const criterionField = `${field}.criteria[${criterionIndex}]`;
      if (criterion.key && seenCriteria.has(criterion.key)) errors.add(`${criterionField}.key`, 'duplicate');
      seenCriteria.add(criterion.key);
      errors.required(`${criterionField}.key`, criterion.key);
      checkNames(errors, criterionField, criterion);
      checkPoints(errors, `${criterionField}.points`, criterion.points);
      checkEvidence(errors, `${criterionField}.evidence`, criterion);
    });
    const criteriaTotal = indicator.criteria.reduce((total, criterion) => total + hundredths(criterion.points), 0);
    if (indicator.criteria.length > 0 && criteriaTotal !== hundredths(indicator.points)) {
      errors.add(`${field}.criteria`, 'pointsMismatch', { expected: indicator.points, actual: fromHundredths(criteriaTotal) });
    }
  });
  for (const standard of GBT27922_INDICATORS) if (!seenIndicators.has(standard.key)) errors.add('indicators', 'missing', { key: standard.key });

  for (const category of GBT27922_CATEGORIES) {
    const inCategory = catalog.indicators.filter((indicator) => indicator.category === category.key);
    const total = inCategory.reduce((sum, indicator) => sum + hundredths(indicator.points), 0);
    if (total !== hundredths(category.points)) {
      errors.add('indicators', 'pointsMismatch', { category: category.key, expected: category.points, actual: fromHundredths(total) });
    }
  }
  return errors.list;
}

function checkNames(errors: CatalogErrors, field: string, named: { nameZh: string; nameEn: string }): void {
  errors.required(`${field}.nameZh`, named.nameZh);
  errors.required(`${field}.nameEn`, named.nameEn);
}

function checkPoints(errors: CatalogErrors, field: string, points: number): void {
  if (!Number.isFinite(points) || points <= 0) errors.add(field, 'notPositive');
  else if (Math.abs(points * 100 - hundredths(points)) > 1e-6) errors.add(field, 'tooPrecise');
}

function checkEvidence(errors: CatalogErrors, field: string, criterion: CriterionDefinition): void {
  const evidence = criterion.evidence;
  if (!errors.oneOf(`${field}.method`, evidence.method, EVIDENCE_METHODS)) return;
  switch (evidence.method) {
    case 'DOCUMENT':
      errors.oneOf(`${field}.documentType`, evidence.documentType, EVIDENCE_DOCUMENT_TYPES);
      return;
    case 'KPI':
      return checkKpiEvidence(errors, field, evidence);
    case 'SAMPLE':
      errors.oneOf(`${field}.recordType`, evidence.recordType, SAMPLE_RECORD_TYPES);
      if (!Number.isInteger(evidence.sampleSize) || evidence.sampleSize <= 0) errors.add(`${field}.sampleSize`, 'notPositiveInteger');
      if (evidence.checks.length === 0) errors.add(`${field}.checks`, 'required');
      evidence.checks.forEach((check, index) => checkNames(errors, `${field}.checks[${index}]`, check));
      return;
    case 'MANUAL':
      return;
  }
}

function checkKpiEvidence(errors: CatalogErrors, field: string, evidence: KpiEvidence): void {
  if (!isKpiKey(evidence.kpi)) return errors.add(`${field}.kpi`, 'invalidChoice', { allowed: KPI_KEYS.join(', ') });
  const definition = kpiDefinition(evidence.kpi);
  if (definition.shape === 'duration' && evidence.statistic === undefined) errors.add(`${field}.statistic`, 'statisticRequired');
  else if (definition.shape === 'duration') errors.oneOf(`${field}.statistic`, evidence.statistic, DURATION_STATISTICS);
  else if (evidence.statistic !== undefined) errors.add(`${field}.statistic`, 'statisticNotAllowed');
  if (!errors.oneOf(`${field}.comparator`, evidence.comparator, KPI_COMPARATORS)) return;
  // A threshold that asks for more of a lower-is-better KPI is almost surely a slip of the admin.
  const against = (definition.direction === 'higher' && evidence.comparator === '<=') || (definition.direction === 'lower' && evidence.comparator === '>=');
  if (against) errors.add(`${field}.comparator`, 'againstDirection', { direction: definition.direction });
  const { min, max } = definition.range;
  const inRange = Number.isFinite(evidence.threshold) && evidence.threshold >= min && (max === null || evidence.threshold <= max);
  if (!inRange) errors.add(`${field}.threshold`, 'outOfRange', { min, max: max ?? '∞' });
}
