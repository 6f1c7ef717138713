import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { ArrivalCondition } from '@stardesk/domain';
import { ArrivalConditionEnum } from '../../../core/graphql/domain-enums';

@InputType({ description: 'The hand-over: when, in what condition, who signed' })
export class CompleteDeliveryInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Date, { nullable: true, description: 'When it was handed over or installed; defaults to now. May be before the window (EARLY)' })
  doneAt?: Date | null;

  @Field(() => ArrivalConditionEnum, { nullable: true, description: 'Required' })
  condition?: ArrivalCondition | null;

  @Field(() => String, { nullable: true, description: 'Who signed for it (required)' })
  signerName?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who went, when not the scheduled person' })
  staffId?: string | null;

  @Field(() => String, { nullable: true, description: 'What was wrong; required unless INTACT' })
  note?: string | null;

  @Field(() => Int, { nullable: true, description: 'The version the caller saw; a newer one is a CONFLICT' })
  expectedVersion?: number | null;
}
