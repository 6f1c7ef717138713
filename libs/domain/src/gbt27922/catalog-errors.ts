import { fieldErrorMessage, type FieldError, type FieldErrorCode, type Locale } from '../common/field-error';

/**
 * Problems peculiar to an indicator catalogue. Common ones (required, duplicate, invalidChoice,
 * outOfRange) reuse FieldError; these codes live here so that the shared catalogue of field
 * errors stays about everyday input.
 */
export const CATALOG_ERROR_CODES = [
  'pointsMismatch',
  'notPositive',
  'tooPrecise',
  'missing',
  'notInStandard',
  'wrongCategory',
  'statisticRequired',
  'statisticNotAllowed',
  'againstDirection',
  'notPositiveInteger',
] as const;
export type CatalogErrorCode = (typeof CATALOG_ERROR_CODES)[number];

export interface CatalogFieldError {
  field: string;
  code: CatalogErrorCode;
  params?: Record<string, string | number>;
}

export type CatalogValidationError = FieldError | CatalogFieldError;

const MESSAGES: Record<CatalogErrorCode, Record<Locale, string>> = {
  pointsMismatch: { 'zh-CN': '分值合计应为 {expected}，实际为 {actual}', en: 'Points should add up to {expected}, not {actual}' },
  notPositive: { 'zh-CN': '分值必须大于 0', en: 'Points must be greater than 0' },
  tooPrecise: { 'zh-CN': '分值最多保留两位小数', en: 'Points have at most two decimals' },
  missing: { 'zh-CN': '缺少标准规定的 {key}', en: 'The standard requires {key}' },
  notInStandard: { 'zh-CN': 'GB/T 27922-2011 中没有 {key}', en: 'GB/T 27922-2011 has no {key}' },
  wrongCategory: { 'zh-CN': '该指标属于 {expected}', en: 'This indicator belongs to {expected}' },
  statisticRequired: { 'zh-CN': '时长类指标须指定统计量（mean、p50 或 p90）', en: 'A duration KPI needs a statistic (mean, p50 or p90)' },
  statisticNotAllowed: { 'zh-CN': '该指标不是时长类，不能指定统计量', en: 'Only duration KPIs take a statistic' },
  againstDirection: { 'zh-CN': '比较方向与指标方向相反（{direction} 为佳）', en: 'The comparison runs against the KPI ({direction} is better)' },
  notPositiveInteger: { 'zh-CN': '应为正整数', en: 'Must be a positive whole number' },
};

function isCatalogFieldError(error: CatalogValidationError): error is CatalogFieldError {
  return (CATALOG_ERROR_CODES as readonly string[]).includes(error.code);
}

export function catalogErrorMessage(error: CatalogValidationError, locale: Locale): string {
  if (!isCatalogFieldError(error)) return fieldErrorMessage(error, locale);
  return MESSAGES[error.code][locale].replace(/\{(\w+)\}/g, (match, name: string) =>
    error.params && name in error.params ? String(error.params[name]) : match,
  );
}

/** Collects errors in field order; one validator reads as a list of rules. */
export class CatalogErrors {
  readonly list: CatalogValidationError[] = [];

  add(field: string, code: CatalogErrorCode | FieldErrorCode, params?: Record<string, string | number>): void {
    this.list.push((params ? { field, code, params } : { field, code }) as CatalogValidationError);
  }

  required(field: string, value: string | null | undefined): void {
    if (value === null || value === undefined || value.trim() === '') this.add(field, 'required');
  }

  oneOf(field: string, value: string | undefined, allowed: readonly string[]): boolean {
    if (value !== undefined && allowed.includes(value)) return true;
    this.add(field, 'invalidChoice', { allowed: allowed.join(', ') });
    return false;
  }
}

/** Raised when an admin's catalogue version does not validate; nothing is written. */
export class IndicatorCatalogRefused extends Error {
  constructor(readonly errors: CatalogValidationError[]) {
    super(`Indicator catalogue refused: ${errors.map((error) => `${error.field} (${error.code})`).join(', ')}`);
    this.name = 'IndicatorCatalogRefused';
  }
}
