import { registerEnumType } from '@nestjs/graphql';
import {
  ASSESSMENT_STATUSES,
  CRITERION_SCORE_STATUSES,
  DURATION_STATISTICS,
  EVIDENCE_DOCUMENT_TYPES,
  EVIDENCE_METHODS,
  GAP_FIX_KINDS,
  INDICATOR_CATEGORY_KEYS,
  KPI_COMPARATORS,
  QUALITATIVE_OUTCOMES,
  SAMPLE_FINDING_ASPECTS,
  SAMPLE_FINDING_CODES,
  SAMPLE_RECORD_TYPES,
  SERVICE_GRADES,
  SPECIAL_DEDUCTION_KINDS,
} from '@stardesk/domain';

/**
 * GraphQL enums of GB/T 27922 assessments, generated from the domain's value lists like those of
 * core/graphql/domain-enums.ts (kept here so the feature merges without touching that file).
 */
function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
}

export const IndicatorCategoryKeyEnum = enumObject(INDICATOR_CATEGORY_KEYS);
export const EvidenceMethodEnum = enumObject(EVIDENCE_METHODS);
export const EvidenceDocumentTypeEnum = enumObject(EVIDENCE_DOCUMENT_TYPES);
export const SampleRecordTypeEnum = enumObject(SAMPLE_RECORD_TYPES);
export const KpiComparatorEnum = { AT_LEAST: '>=', AT_MOST: '<=' } as const satisfies Record<string, (typeof KPI_COMPARATORS)[number]>;
export const DurationStatisticEnum = enumObject(DURATION_STATISTICS);
export const ServiceGradeEnum = enumObject(SERVICE_GRADES);
export const AssessmentStatusEnum = enumObject(ASSESSMENT_STATUSES);
export const QualitativeOutcomeEnum = enumObject(QUALITATIVE_OUTCOMES);
export const CriterionScoreStatusEnum = enumObject(CRITERION_SCORE_STATUSES);
export const SpecialDeductionKindEnum = enumObject(SPECIAL_DEDUCTION_KINDS);
export const GapFixKindEnum = enumObject(GAP_FIX_KINDS);
export const SampleFindingAspectEnum = enumObject(SAMPLE_FINDING_ASPECTS);
export const SampleFindingCodeEnum = enumObject(SAMPLE_FINDING_CODES);

registerEnumType(IndicatorCategoryKeyEnum, { name: 'IndicatorCategoryKey', description: '售后服务体系 SYS, 商品服务 GOODS, 顾客服务 CUST' });
registerEnumType(EvidenceMethodEnum, { name: 'EvidenceMethod' });
registerEnumType(EvidenceDocumentTypeEnum, { name: 'EvidenceDocumentType' });
registerEnumType(SampleRecordTypeEnum, { name: 'SampleRecordType' });
registerEnumType(KpiComparatorEnum, { name: 'KpiComparator', description: 'AT_LEAST is >=, AT_MOST is <=' });
registerEnumType(DurationStatisticEnum, { name: 'DurationStatistic' });
registerEnumType(ServiceGradeEnum, { name: 'ServiceGrade', description: '不合格, 达标级, 三星级, 四星级, 五星级' });
registerEnumType(AssessmentStatusEnum, { name: 'AssessmentStatus', description: 'A SIGNED_OFF assessment is frozen' });
registerEnumType(QualitativeOutcomeEnum, { name: 'QualitativeOutcome', description: 'NOT_APPLICABLE excludes the criterion (删减)' });
registerEnumType(CriterionScoreStatusEnum, { name: 'CriterionScoreStatus' });
registerEnumType(SpecialDeductionKindEnum, { name: 'SpecialDeductionKind', description: '特别扣分项' });
registerEnumType(GapFixKindEnum, { name: 'GapFixKind' });
registerEnumType(SampleFindingAspectEnum, { name: 'SampleFindingAspect' });
registerEnumType(SampleFindingCodeEnum, { name: 'SampleFindingCode' });

/** The KPI keys enum is the shared one of domain-enums; re-exported for the assessment models. */
export { KpiKeyEnum } from '../../core/graphql/domain-enums';
