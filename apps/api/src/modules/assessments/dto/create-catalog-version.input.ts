import { Field, Float, InputType, Int } from '@nestjs/graphql';
import type { DurationStatistic, EvidenceDocumentType, EvidenceMethodKind, KpiComparator, KpiKey, SampleRecordType } from '@stardesk/domain';
import { DurationStatisticEnum, EvidenceDocumentTypeEnum, EvidenceMethodEnum, KpiComparatorEnum, KpiKeyEnum, SampleRecordTypeEnum } from '../assessment-enums';

@InputType()
export class SampleCheckInput {
  @Field(() => String, { nullable: true })
  nameZh?: string | null;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;
}

@InputType({ description: 'A criterion with its evidence: DOCUMENT needs documentType; KPI kpi, comparator, threshold (statistic for durations); SAMPLE recordType, sampleSize, checks' })
export class CatalogCriterionInput {
  @Field(() => String, { nullable: true })
  key?: string | null;

  @Field(() => String, { nullable: true })
  nameZh?: string | null;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => Float, { nullable: true })
  points?: number | null;

  @Field(() => EvidenceMethodEnum, { nullable: true })
  method?: EvidenceMethodKind | null;

  @Field(() => EvidenceDocumentTypeEnum, { nullable: true })
  documentType?: EvidenceDocumentType | null;

  @Field(() => KpiKeyEnum, { nullable: true })
  kpi?: KpiKey | null;

  @Field(() => DurationStatisticEnum, { nullable: true })
  statistic?: DurationStatistic | null;

  @Field(() => KpiComparatorEnum, { nullable: true })
  comparator?: KpiComparator | null;

  @Field(() => Float, { nullable: true })
  threshold?: number | null;

  @Field(() => SampleRecordTypeEnum, { nullable: true })
  recordType?: SampleRecordType | null;

  @Field(() => Int, { nullable: true })
  sampleSize?: number | null;

  @Field(() => [SampleCheckInput], { nullable: true })
  checks?: SampleCheckInput[] | null;
}

@InputType({ description: 'One of the fifteen indicators of the standard (names and category are the standard’s)' })
export class CatalogIndicatorInput {
  @Field(() => String, { nullable: true })
  key?: string | null;

  @Field(() => Float, { nullable: true })
  points?: number | null;

  @Field(() => [CatalogCriterionInput], { nullable: true })
  criteria?: CatalogCriterionInput[] | null;
}

@InputType({ description: 'A new catalogue version (the whole catalogue); the versions before it stay as they are' })
export class CreateCatalogVersionInput {
  @Field(() => Int, { nullable: true, description: 'The newest version the admin edited: refused if another was made since' })
  expectedLatestVersionNo?: number | null;

  @Field(() => String, { nullable: true, description: 'The catalogue’s label, e.g. "CQC checklist 2026"' })
  label?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => [CatalogIndicatorInput], { nullable: true })
  indicators?: CatalogIndicatorInput[] | null;
}
