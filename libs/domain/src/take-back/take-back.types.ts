import type { Locale } from '../common/field-error';

/** Vocabulary of take-backs of waste products (废弃商品回收, GB/T 27922 indicator GOODS.RECYC). */

/** Where the collected goods went: compliant disposal is what the indicator asks evidence of. */
export const DISPOSAL_METHODS = ['RECYCLER', 'MANUFACTURER_RETURN', 'CERTIFIED_DISPOSAL'] as const;
export type DisposalMethod = (typeof DISPOSAL_METHODS)[number];

/** Products flagged for hazardous handling (refrigerants, batteries) may leave only through these. */
export const HAZARDOUS_DISPOSAL_METHODS = ['MANUFACTURER_RETURN', 'CERTIFIED_DISPOSAL'] as const satisfies readonly DisposalMethod[];

/** A certified disposer always issues a certificate (处置证明); its number is the evidence. */
export const CERTIFICATE_REQUIRED_METHODS: readonly DisposalMethod[] = ['CERTIFIED_DISPOSAL'];

export const DISPOSAL_METHOD_LABELS: Record<DisposalMethod, Record<Locale, string>> = {
  RECYCLER: { 'zh-CN': '交资源回收企业', en: 'Recycling company' },
  MANUFACTURER_RETURN: { 'zh-CN': '返厂处理', en: 'Returned to the manufacturer' },
  CERTIFIED_DISPOSAL: { 'zh-CN': '交有资质的处置单位', en: 'Certified disposer' },
};
