import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'A step on one complaint' })
export class ComplaintStepInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Date, { nullable: true, description: 'When it happened; defaults to now' })
  at?: Date | null;

  @Field(() => String, { nullable: true, description: 'Remark; the reason, required, when escalating' })
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version the caller saw; a newer one is a CONFLICT' })
  expectedVersion?: number | null;
}

@InputType({ description: 'Closing a complaint records what was done and whether the customer accepted it' })
export class CloseComplaintInput extends ComplaintStepInput {
  @Field(() => String, { nullable: true, description: 'What was done for the customer (required)' })
  resolution?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The customer’s answer: accepted or not (required)' })
  customerAccepted?: boolean | null;
}
