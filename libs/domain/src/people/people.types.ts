import type { Locale } from '../common/field-error';

/** Vocabulary of people records: qualifications (持证上岗), trainings (培训) and evaluations (考评). */

/** Certificates service staff hold in China; OTHER needs the certificate's name. */
export const CERTIFICATE_TYPES = ['ELECTRICIAN', 'REFRIGERATION', 'GAS_APPLIANCE', 'HAZARDOUS_WORK', 'OTHER'] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];

export const CERTIFICATE_TYPE_LABELS: Record<CertificateType, Record<Locale, string>> = {
  ELECTRICIAN: { 'zh-CN': '电工作业', en: 'Electrician' },
  REFRIGERATION: { 'zh-CN': '制冷与空调作业', en: 'Refrigeration and air conditioning' },
  GAS_APPLIANCE: { 'zh-CN': '燃气具安装维修', en: 'Gas appliance installation and repair' },
  HAZARDOUS_WORK: { 'zh-CN': '危险作业（登高等）', en: 'Hazardous work (e.g. working at height)' },
  OTHER: { 'zh-CN': '其他', en: 'Other' },
};

/** The three criteria of an evaluation (product.md), each rated on this scale. */
export const EVALUATION_RATING_SCALE = { min: 1, max: 5 } as const;
/** The evaluator's total score. */
export const EVALUATION_SCORE_SCALE = { min: 0, max: 100 } as const;
/** A training assessment's score. */
export const ASSESSMENT_SCORE_SCALE = { min: 0, max: 100 } as const;
