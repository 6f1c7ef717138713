import { Field, Float, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'Fields left out keep their value' })
export class UpdateSatisfactionSettingsInput {
  @Field(() => Float, { nullable: true })
  returnVisitSamplingShare?: number | null;

  @Field(() => Int, { nullable: true })
  returnVisitMaxAttempts?: number | null;

  @Field(() => Int, { nullable: true })
  returnVisitRetryAfterHours?: number | null;

  @Field(() => Int, { nullable: true })
  surveyValidDays?: number | null;
}
