import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { VisitOutcome } from '@stardesk/domain';
import { VisitOutcomeEnum } from '../../core/graphql/domain-enums';

@InputType({ description: 'Corrects a visit report; fields left out keep their value. Times, technician and parts stay as recorded' })
export class AmendVisitInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Why (required): kept with the original values' })
  reason?: string | null;

  @Field(() => VisitOutcomeEnum, { nullable: true })
  outcome?: VisitOutcome | null;

  @Field(() => String, { nullable: true })
  diagnosis?: string | null;

  @Field(() => String, { nullable: true })
  actions?: string | null;

  @Field(() => String, { nullable: true })
  customerFeedback?: string | null;

  @Field(() => Int, { nullable: true, description: 'Version of the request the visit belongs to, as the caller saw it' })
  expectedVersion?: number | null;
}
