import { Field, Float, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'How the organisation runs return visits and survey links' })
export class SatisfactionSettingsModel {
  @Field(() => Float, { description: 'Share of closed requests that get a return visit, 0–1 (1: all)' })
  returnVisitSamplingShare!: number;

  @Field(() => Int, { description: 'Attempts before an unreachable customer’s return visit is closed' })
  returnVisitMaxAttempts!: number;

  @Field(() => Int, { description: 'Suggested wait before calling an unreachable customer again' })
  returnVisitRetryAfterHours!: number;

  @Field(() => Int, { description: 'Default validity of a survey link, days' })
  surveyValidDays!: number;
}
