import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { DisposalMethod } from '@stardesk/domain';
import { DisposalMethodEnum } from '../../../core/graphql/domain-enums';

/** Every field is nullable on purpose: the domain validator reports what is missing, field by field. */
@InputType({ description: 'Waste products collected by an outlet and where they went' })
export class RecordTakeBackInput {
  @Field(() => ID, { nullable: true, description: 'The collecting outlet (required)' })
  outletId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The product model taken back (required)' })
  productId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Units, 1 or more (required)' })
  quantity?: number | null;

  @Field(() => DisposalMethodEnum, { nullable: true, description: 'Required; hazardous products only to the manufacturer or a certified disposer' })
  disposalMethod?: DisposalMethod | null;

  @Field(() => String, { nullable: true, description: 'The company that took the goods over (required)' })
  disposer?: string | null;

  @Field(() => String, { nullable: true, description: 'Disposal certificate number; required for CERTIFIED_DISPOSAL' })
  certificateNo?: string | null;

  @Field(() => Date, { nullable: true, description: 'When collected; defaults to now' })
  collectedAt?: Date | null;

  @Field(() => ID, { nullable: true, description: 'The customer; defaults to the request’s customer' })
  customerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The service request it came with (e.g. 以旧换新 on installation)' })
  requestId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
