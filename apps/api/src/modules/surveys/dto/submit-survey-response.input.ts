import { Field, InputType, Int } from '@nestjs/graphql';

@InputType()
export class FactorScoreInput {
  @Field(() => String, { nullable: true })
  key?: string | null;

  @Field(() => Int, { nullable: true })
  score?: number | null;
}

@InputType({ description: 'A customer’s answers from the public survey page' })
export class SurveyAnswersInput {
  @Field(() => Int, { nullable: true, description: 'Overall rating 1–5 (required)' })
  overall?: number | null;

  @Field(() => Int, { nullable: true, description: 'Would recommend 0–10' })
  recommend?: number | null;

  @Field(() => [FactorScoreInput], { nullable: true, description: 'One score 1–5 for every factor of the survey' })
  factorScores?: FactorScoreInput[] | null;

  @Field(() => String, { nullable: true })
  comment?: string | null;
}
