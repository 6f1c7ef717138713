import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { VisitOutcome, VisitPartMovement } from '@stardesk/domain';
import { VisitOutcomeEnum, VisitPartMovementEnum } from '../../../core/graphql/domain-enums';

@InputType()
export class VisitPartInput {
  @Field(() => ID, { nullable: true })
  partId?: string | null;

  @Field(() => Int, { nullable: true })
  quantity?: number | null;

  @Field(() => VisitPartMovementEnum, { nullable: true, description: 'Defaults to CONSUMED' })
  movement?: VisitPartMovement | null;

  @Field(() => String, { nullable: true, description: 'Serial of the faulty part taken out' })
  faultySerial?: string | null;

  @Field(() => String, { nullable: true, description: 'Serial of the part fitted' })
  replacementSerial?: string | null;
}

@InputType({ description: 'A technician’s visit to the customer, with parts and confirmation' })
export class RecordVisitInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => ID, { nullable: true })
  technicianId?: string | null;

  @Field(() => Date, { nullable: true })
  arrivedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  completedAt?: Date | null;

  @Field(() => VisitOutcomeEnum, { nullable: true })
  outcome?: VisitOutcome | null;

  @Field(() => String, { nullable: true })
  diagnosis?: string | null;

  @Field(() => String, { nullable: true })
  actions?: string | null;

  @Field(() => [VisitPartInput], { nullable: true })
  parts?: VisitPartInput[] | null;

  @Field(() => String, { nullable: true, description: 'Name of who confirmed the service on site' })
  confirmedBy?: string | null;

  @Field(() => String, { nullable: true })
  customerFeedback?: string | null;
}
