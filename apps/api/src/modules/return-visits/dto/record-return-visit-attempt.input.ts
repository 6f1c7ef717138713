import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { ReturnVisitMethod, ReturnVisitOutcome } from '@stardesk/domain';
import { ReturnVisitMethodEnum, ReturnVisitOutcomeEnum } from '../../../core/graphql/domain-enums';

@InputType({ description: 'One attempt to reach the customer; a COMPLETED one carries the rating' })
export class RecordReturnVisitAttemptInput {
  @Field(() => ID)
  returnVisitId!: string;

  @Field(() => ReturnVisitMethodEnum, { nullable: true })
  method?: ReturnVisitMethod | null;

  @Field(() => ReturnVisitOutcomeEnum, { nullable: true })
  outcome?: ReturnVisitOutcome | null;

  @Field(() => Date, { nullable: true, description: 'When; defaults to now' })
  at?: Date | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'Overall rating 1–5; required when COMPLETED' })
  rating?: number | null;

  @Field(() => Int, { nullable: true, description: 'Would recommend 0–10' })
  recommend?: number | null;

  @Field(() => String, { nullable: true })
  comment?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who called (until sign-in exists)' })
  staffId?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version the caller saw; a newer one is a CONFLICT' })
  expectedVersion?: number | null;
}
