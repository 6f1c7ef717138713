import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type {
  AssessmentStatus,
  CriterionScoreStatus,
  DurationStatistic,
  EvidenceDocumentType,
  EvidenceMethodKind,
  IndicatorCategoryKey,
  KpiComparator,
  KpiKey,
  QualitativeOutcome,
  SampleFindingAspect,
  SampleFindingCode,
  SampleRecordType,
  ServiceGrade,
  SpecialDeductionKind,
} from '@stardesk/domain';
import {
  AssessmentStatusEnum,
  CriterionScoreStatusEnum,
  DurationStatisticEnum,
  EvidenceDocumentTypeEnum,
  EvidenceMethodEnum,
  IndicatorCategoryKeyEnum,
  KpiComparatorEnum,
  KpiKeyEnum,
  QualitativeOutcomeEnum,
  SampleFindingAspectEnum,
  SampleFindingCodeEnum,
  SampleRecordTypeEnum,
  ServiceGradeEnum,
  SpecialDeductionKindEnum,
} from './assessment-enums';
import { GapAnalysis } from './gap-analysis.model';

@ObjectType()
export class SampleFindingView {
  @Field(() => SampleFindingAspectEnum)
  aspect!: SampleFindingAspect;

  @Field(() => SampleFindingCodeEnum)
  code!: SampleFindingCode;

  @Field({ description: 'In the language of the request' })
  message!: string;
}

@ObjectType({ description: 'One sampled record and what its check found' })
export class SampledRecordView {
  @Field(() => ID)
  recordId!: string;

  @Field()
  conforming!: boolean;

  @Field(() => [SampleFindingView])
  findings!: SampleFindingView[];
}

@ObjectType({ description: 'An assessor’s judgement of a criterion' })
export class AssessorJudgementView {
  @Field(() => QualitativeOutcomeEnum)
  outcome!: QualitativeOutcome;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => [String])
  evidenceLinks!: string[];

  @Field()
  recordedAt!: Date;
}

@ObjectType({ description: 'One row of the indicator table: a criterion, its evidence and its points' })
export class AssessmentCriterion {
  @Field()
  key!: string;

  @Field()
  nameZh!: string;

  @Field()
  nameEn!: string;

  @Field(() => EvidenceMethodEnum)
  method!: EvidenceMethodKind;

  @Field(() => Float)
  points!: number;

  @Field(() => CriterionScoreStatusEnum)
  status!: CriterionScoreStatus;

  @Field(() => Float)
  applicablePoints!: number;

  @Field(() => Float)
  actualPoints!: number;

  @Field({ description: 'True when an assessor may record this criterion (MANUAL, or left open by its evidence)' })
  acceptsJudgement!: boolean;

  @Field(() => KpiKeyEnum, { nullable: true })
  kpi!: KpiKey | null;

  @Field(() => DurationStatisticEnum, { nullable: true })
  kpiStatistic!: DurationStatistic | null;

  @Field(() => Float, { nullable: true, description: 'The KPI value over the period (null: no population)' })
  kpiValue!: number | null;

  @Field(() => KpiComparatorEnum, { nullable: true })
  comparator!: KpiComparator | null;

  @Field(() => Float, { nullable: true })
  threshold!: number | null;

  @Field(() => EvidenceDocumentTypeEnum, { nullable: true })
  documentType!: EvidenceDocumentType | null;

  @Field(() => [ID], { description: 'DOCUMENT: the approved documents in force that were found' })
  documentIds!: string[];

  @Field(() => SampleRecordTypeEnum, { nullable: true })
  recordType!: SampleRecordType | null;

  @Field(() => String, { nullable: true })
  sampleSeed!: string | null;

  @Field(() => Int, { nullable: true, description: 'SAMPLE: records in the period the sample was drawn from' })
  populationSize!: number | null;

  @Field(() => Int, { nullable: true })
  sampled!: number | null;

  @Field(() => Int, { nullable: true })
  nonConforming!: number | null;

  @Field(() => [SampledRecordView])
  samples!: SampledRecordView[];

  @Field(() => AssessorJudgementView, { nullable: true })
  judgement!: AssessorJudgementView | null;

  @Field(() => Boolean, { description: 'Excluded (删减) by the assessment' })
  excluded!: boolean;
}

@ObjectType({ description: 'How many of an indicator’s applicable criteria have evidence (document, KPI value, sample or judgement)' })
export class EvidenceCompleteness {
  @Field(() => Int)
  withEvidence!: number;

  @Field(() => Int, { description: 'Applicable criteria (excluded ones are not counted)' })
  total!: number;

  @Field(() => Float, { nullable: true, description: 'withEvidence / total, 0..1; null when nothing applies' })
  ratio!: number | null;
}

@ObjectType()
export class AssessmentIndicator {
  @Field()
  key!: string;

  @Field(() => IndicatorCategoryKeyEnum)
  category!: IndicatorCategoryKey;

  @Field()
  nameZh!: string;

  @Field()
  nameEn!: string;

  @Field(() => Float)
  points!: number;

  @Field(() => Float)
  applicablePoints!: number;

  @Field(() => Float)
  actualPoints!: number;

  @Field(() => [AssessmentCriterion])
  criteria!: AssessmentCriterion[];

  @Field(() => EvidenceCompleteness)
  evidenceCompleteness!: EvidenceCompleteness;
}

@ObjectType()
export class AssessmentCategory {
  @Field(() => IndicatorCategoryKeyEnum)
  key!: IndicatorCategoryKey;

  @Field()
  nameZh!: string;

  @Field()
  nameEn!: string;

  @Field(() => Float)
  applicablePoints!: number;

  @Field(() => Float)
  actualPoints!: number;
}

@ObjectType({ description: '删减: an indicator or criterion that does not apply' })
export class AssessmentExclusionView {
  @Field()
  key!: string;

  @Field()
  reason!: string;
}

@ObjectType({ description: '特别扣分项: 1 point outside the indicator points' })
export class SpecialDeductionView {
  @Field(() => SpecialDeductionKindEnum)
  kind!: SpecialDeductionKind;

  @Field()
  description!: string;

  @Field(() => String, { nullable: true })
  correctiveActionId!: string | null;
}

@ObjectType({ description: 'A GB/T 27922 self-assessment of one period against one catalogue version' })
export class Assessment {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field({ description: 'First local day (inclusive)' })
  periodFrom!: string;

  @Field({ description: 'Local day after the period (exclusive)' })
  periodTo!: string;

  @Field()
  timeZone!: string;

  @Field(() => Int)
  catalogVersionNo!: number;

  @Field()
  catalogLabel!: string;

  @Field()
  sampleSeed!: string;

  @Field(() => AssessmentStatusEnum)
  status!: AssessmentStatus;

  @Field(() => Date, { nullable: true })
  evaluatedAt!: Date | null;

  @Field(() => Float, { nullable: true, description: 'Published score, 2 decimals; null when everything is excluded' })
  score!: number | null;

  @Field(() => ServiceGradeEnum, { nullable: true })
  grade!: ServiceGrade | null;

  @Field(() => String, { nullable: true, description: 'e.g. 四星级' })
  gradeName!: string | null;

  @Field(() => Float, { description: '涉及项分值: points left after exclusions' })
  applicablePoints!: number;

  @Field(() => Float)
  actualPoints!: number;

  @Field(() => Int)
  deductionPoints!: number;

  @Field(() => Int)
  bonusPoints!: number;

  @Field(() => [String], { description: 'Criteria still without a result (they earn nothing)' })
  unassessed!: string[];

  @Field(() => [AssessmentCategory])
  categories!: AssessmentCategory[];

  @Field(() => [AssessmentIndicator])
  indicators!: AssessmentIndicator[];

  @Field(() => [AssessmentExclusionView])
  exclusions!: AssessmentExclusionView[];

  @Field(() => [SpecialDeductionView])
  specialDeductions!: SpecialDeductionView[];

  @Field(() => String, { nullable: true, description: '特别加分项 (at most one)' })
  specialBonus!: string | null;

  @Field(() => GapAnalysis)
  gapAnalysis!: GapAnalysis;

  @Field(() => Date, { nullable: true })
  signedOffAt!: Date | null;

  @Field(() => String, { nullable: true })
  signedOffBy!: string | null;

  @Field(() => Int, { description: 'Pass back as expectedVersion on every change' })
  version!: number;
}
