import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'A lifecycle step of one request' })
export class TransitionServiceRequestInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Date, { nullable: true, description: 'When it happened; defaults to now' })
  at?: Date | null;

  @Field(() => String, { nullable: true, description: 'Reason or remark; required to hold, reopen and cancel' })
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version the caller saw; a newer one is a CONFLICT' })
  expectedVersion?: number | null;
}

@InputType()
export class DispatchServiceRequestInput extends TransitionServiceRequestInput {
  @Field(() => ID, { nullable: true })
  technicianId?: string | null;
}
