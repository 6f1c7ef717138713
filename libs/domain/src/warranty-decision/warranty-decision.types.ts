import type { Locale } from '../common/field-error';

/** Vocabulary of warranty decisions (三包: 修理、更换、退货). */
export const WARRANTY_DECISION_KINDS = ['REPAIR', 'REPLACE', 'REFUND'] as const;
export type WarrantyDecisionKind = (typeof WARRANTY_DECISION_KINDS)[number];

type Label = Record<Locale, string>;

export const WARRANTY_DECISION_LABELS: Record<WarrantyDecisionKind, Label> = {
  REPAIR: { 'zh-CN': '修理', en: 'Repair' },
  REPLACE: { 'zh-CN': '更换', en: 'Replace' },
  REFUND: { 'zh-CN': '退货', en: 'Refund' },
};

export const WARRANTY_COVERAGE_LABELS: Record<'IN' | 'OUT', Label> = {
  IN: { 'zh-CN': '保内', en: 'In warranty' },
  OUT: { 'zh-CN': '保外', en: 'Out of warranty' },
};

export function warrantyCoverageLabel(inWarranty: boolean, locale: Locale): string {
  return WARRANTY_COVERAGE_LABELS[inWarranty ? 'IN' : 'OUT'][locale];
}
