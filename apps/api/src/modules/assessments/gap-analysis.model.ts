import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { CriterionScoreStatus, EvidenceMethodKind, GapFixKind, IndicatorCategoryKey, ServiceGrade } from '@stardesk/domain';
import { CriterionScoreStatusEnum, EvidenceMethodEnum, GapFixKindEnum, IndicatorCategoryKeyEnum, ServiceGradeEnum } from './assessment-enums';

@ObjectType({ description: 'Points a criterion lost, why, and what would win them back' })
export class CriterionGap {
  @Field()
  criterionKey!: string;

  @Field()
  indicatorKey!: string;

  @Field(() => EvidenceMethodEnum)
  method!: EvidenceMethodKind;

  @Field(() => CriterionScoreStatusEnum)
  status!: CriterionScoreStatus;

  @Field(() => Float)
  lostPoints!: number;

  @Field(() => GapFixKindEnum)
  fix!: GapFixKind;

  @Field({ description: 'Why, in the language of the request' })
  reason!: string;

  @Field({ description: 'What to do, in the language of the request' })
  action!: string;
}

@ObjectType()
export class IndicatorGap {
  @Field()
  key!: string;

  @Field(() => IndicatorCategoryKeyEnum)
  category!: IndicatorCategoryKey;

  @Field(() => Float)
  applicablePoints!: number;

  @Field(() => Float)
  actualPoints!: number;

  @Field(() => Float)
  lostPoints!: number;

  @Field(() => [CriterionGap])
  criteria!: CriterionGap[];
}

@ObjectType({ description: 'Where the points went and the fewest fixes that reach the next grade' })
export class GapAnalysis {
  @Field(() => Float, { nullable: true })
  score!: number | null;

  @Field(() => ServiceGradeEnum, { nullable: true })
  grade!: ServiceGrade | null;

  @Field(() => ServiceGradeEnum, { nullable: true, description: 'Null at five stars' })
  nextGrade!: ServiceGrade | null;

  @Field(() => Float, { nullable: true })
  pointsToNextGrade!: number | null;

  @Field({ description: 'False when even every fix would not reach the next grade (special deductions)' })
  reachable!: boolean;

  @Field(() => [CriterionGap], { description: 'The smallest set of fixes reaching the next grade, largest gain first' })
  fixes!: CriterionGap[];

  @Field(() => Float, { nullable: true })
  scoreWithFixes!: number | null;

  @Field({ description: 'e.g. "+3.2 points to 四星级 (four-star): raise complaint timeliness from 91.0 % to 95 %"' })
  summary!: string;

  @Field(() => [IndicatorGap])
  indicators!: IndicatorGap[];
}
