import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DurationStatistic, EvidenceDocumentType, EvidenceMethodKind, IndicatorCategoryKey, KpiComparator, KpiKey, SampleRecordType } from '@stardesk/domain';
import {
  DurationStatisticEnum,
  EvidenceDocumentTypeEnum,
  EvidenceMethodEnum,
  IndicatorCategoryKeyEnum,
  KpiComparatorEnum,
  KpiKeyEnum,
  SampleRecordTypeEnum,
} from './assessment-enums';

@ObjectType()
export class SampleCheckDefinition {
  @Field()
  nameZh!: string;

  @Field()
  nameEn!: string;
}

@ObjectType({ description: '检查项: part of an indicator’s points, judged by one evidence method' })
export class CatalogCriterion {
  @Field()
  key!: string;

  @Field()
  nameZh!: string;

  @Field()
  nameEn!: string;

  @Field(() => Float)
  points!: number;

  @Field(() => EvidenceMethodEnum)
  method!: EvidenceMethodKind;

  @Field(() => EvidenceDocumentTypeEnum, { nullable: true, description: 'DOCUMENT: the controlled-document type' })
  documentType!: EvidenceDocumentType | null;

  @Field(() => KpiKeyEnum, { nullable: true, description: 'KPI: the KPI of kpis.md' })
  kpi!: KpiKey | null;

  @Field(() => DurationStatisticEnum, { nullable: true, description: 'KPI: the statistic of a duration KPI' })
  statistic!: DurationStatistic | null;

  @Field(() => KpiComparatorEnum, { nullable: true })
  comparator!: KpiComparator | null;

  @Field(() => Float, { nullable: true })
  threshold!: number | null;

  @Field(() => SampleRecordTypeEnum, { nullable: true, description: 'SAMPLE: the records drawn' })
  recordType!: SampleRecordType | null;

  @Field(() => Int, { nullable: true })
  sampleSize!: number | null;

  @Field(() => [SampleCheckDefinition])
  checks!: SampleCheckDefinition[];
}

@ObjectType()
export class CatalogIndicator {
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

  @Field(() => [CatalogCriterion])
  criteria!: CatalogCriterion[];
}

@ObjectType()
export class CatalogCategory {
  @Field(() => IndicatorCategoryKeyEnum)
  key!: IndicatorCategoryKey;

  @Field()
  nameZh!: string;

  @Field()
  nameEn!: string;

  @Field(() => Float)
  points!: number;
}

@ObjectType({ description: 'One immutable version of the organisation’s GB/T 27922 indicator catalogue' })
export class IndicatorCatalogVersion {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: '1 is the default catalogue; each admin change makes the next' })
  versionNo!: number;

  @Field({ description: 'The catalogue’s own label, e.g. stardesk-default-2026.1' })
  label!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => [CatalogCategory])
  categories!: CatalogCategory[];

  @Field(() => [CatalogIndicator])
  indicators!: CatalogIndicator[];
}
