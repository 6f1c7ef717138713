import type { KpiKey } from '../kpi/kpi-catalog';

/**
 * The shape of a GB/T 27922-2011 indicator catalogue (gbt27922.md). Certification bodies apply their
 * own checklists under the standard, so the split of points and the criteria are versioned data
 * an admin edits; only the three category totals and the fifteen indicators are the standard's.
 */
export const INDICATOR_CATEGORY_KEYS = ['SYS', 'GOODS', 'CUST'] as const;
export type IndicatorCategoryKey = (typeof INDICATOR_CATEGORY_KEYS)[number];

export const EVIDENCE_METHODS = ['DOCUMENT', 'KPI', 'SAMPLE', 'MANUAL'] as const;
export type EvidenceMethodKind = (typeof EVIDENCE_METHODS)[number];

/** Controlled-document types an auditor asks for (seed 001: policy, flowchart, manual, …). */
export const EVIDENCE_DOCUMENT_TYPES = [
  'ORGANISATION_CHART',
  'JOB_RESPONSIBILITIES',
  'TRAINING_PLAN',
  'SPARE_PARTS_LIST',
  'SERVICE_BUDGET',
  'SERVICE_POLICY',
  'PROCESS_FLOWCHART',
  'SERVICE_MANUAL',
  'CONDUCT_RULES',
  'INTERNAL_AUDIT_REPORT',
  'EMERGENCY_PLAN',
  'MANAGEMENT_REVIEW_REPORT',
  'SERVICE_PHILOSOPHY',
  'PRODUCT_MANUAL',
  'SERVICE_COMMITMENT',
  'FAQ',
  'INSTALLATION_GUIDE',
  'DELIVERY_PROCEDURE',
  'WARRANTY_POLICY',
  'TAKE_BACK_PROGRAMME',
  'PRIVACY_POLICY',
  'COMPLAINT_PROCEDURE',
] as const;
export type EvidenceDocumentType = (typeof EVIDENCE_DOCUMENT_TYPES)[number];

/** Records an auditor samples (personnel, facilities, service records, complaints, …). */
export const SAMPLE_RECORD_TYPES = [
  'STAFF',
  'FACILITY',
  'CORRECTIVE_ACTION',
  'DELIVERY',
  'SERVICE_REQUEST',
  'WARRANTY_DECISION',
  'TAKE_BACK',
  'CUSTOMER',
  'COMPLAINT',
] as const;
export type SampleRecordType = (typeof SAMPLE_RECORD_TYPES)[number];

export const KPI_COMPARATORS = ['>=', '<='] as const;
export type KpiComparator = (typeof KPI_COMPARATORS)[number];

/** The statistic of a duration KPI a threshold applies to. */
export const DURATION_STATISTICS = ['mean', 'p50', 'p90'] as const;
export type DurationStatistic = (typeof DURATION_STATISTICS)[number];

/** One thing checked on each sampled record; a record failing any check is non-conforming. */
export interface SampleCheck {
  nameZh: string;
  nameEn: string;
}

export interface DocumentEvidence {
  method: 'DOCUMENT';
  /** Conforms when a document of this type is approved and in force for the period. */
  documentType: EvidenceDocumentType;
}

export interface KpiEvidence {
  method: 'KPI';
  kpi: KpiKey;
  /** Required for duration KPIs (DurationStats), absent for the others. */
  statistic?: DurationStatistic;
  comparator: KpiComparator;
  threshold: number;
}

export interface SampleEvidence {
  method: 'SAMPLE';
  recordType: SampleRecordType;
  /** Records drawn (all of them when fewer exist). */
  sampleSize: number;
  checks: readonly SampleCheck[];
}

export interface ManualEvidence {
  method: 'MANUAL';
}

export type EvidenceMethod = DocumentEvidence | KpiEvidence | SampleEvidence | ManualEvidence;

/** 检查项: a part of an indicator's points, judged by one evidence method. */
export interface CriterionDefinition {
  key: string;
  nameZh: string;
  nameEn: string;
  points: number;
  evidence: EvidenceMethod;
}

export interface IndicatorDefinition {
  key: string;
  category: IndicatorCategoryKey;
  nameZh: string;
  nameEn: string;
  points: number;
  criteria: readonly CriterionDefinition[];
}

export interface IndicatorCategoryDefinition {
  key: IndicatorCategoryKey;
  nameZh: string;
  nameEn: string;
  points: number;
}

/** One version of the catalogue; an assessment keeps the version it was scored with. */
export interface IndicatorCatalog {
  version: string;
  standard: 'GB/T 27922-2011';
  categories: readonly IndicatorCategoryDefinition[];
  indicators: readonly IndicatorDefinition[];
}
