import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { SurveyResponseSource } from '@stardesk/domain';
import { SurveyResponseSourceEnum } from '../../core/graphql/domain-enums';

@ObjectType()
export class FactorScoreModel {
  @Field()
  key!: string;

  @Field(() => Int)
  score!: number;
}

@ObjectType({ description: 'A rating of a request, from the survey link or taken in a return visit' })
export class SurveyResponse {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  requestId!: string;

  @Field(() => SurveyResponseSourceEnum)
  source!: SurveyResponseSource;

  @Field()
  submittedAt!: Date;

  @Field(() => Int, { description: 'Overall rating 1–5' })
  overall!: number;

  @Field(() => Int, { nullable: true, description: 'Would recommend, 0–10' })
  recommend!: number | null;

  @Field(() => [FactorScoreModel])
  factorScores!: FactorScoreModel[];

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => ID, { nullable: true })
  templateId!: string | null;

  @Field(() => ID, { nullable: true })
  invitationId!: string | null;

  @Field(() => ID, { nullable: true })
  returnVisitId!: string | null;
}
