import { DEFAULT_CUSTOMER_INDICATORS } from './default-criteria-customer';
import { DEFAULT_GOODS_INDICATORS } from './default-criteria-goods';
import { DEFAULT_SYSTEM_INDICATORS } from './default-criteria-system';
import type { IndicatorCatalog } from './indicator-catalog.types';
import { GBT27922_CATEGORIES } from './standard-indicators';

/**
 * The catalogue a new organisation starts from. Points per indicator are gbt27922.md's defaults;
 * criteria and thresholds are ours, for an admin to adapt to the certification body's checklist.
 */
export const DEFAULT_INDICATOR_CATALOG: IndicatorCatalog = {
  version: 'stardesk-default-2026.1',
  standard: 'GB/T 27922-2011',
  categories: GBT27922_CATEGORIES,
  indicators: [...DEFAULT_SYSTEM_INDICATORS, ...DEFAULT_GOODS_INDICATORS, ...DEFAULT_CUSTOMER_INDICATORS],
};
