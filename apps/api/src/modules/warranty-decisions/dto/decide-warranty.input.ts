import { Field, Float, ID, InputType } from '@nestjs/graphql';
import type { WarrantyDecisionKind } from '@stardesk/domain';
import { WarrantyDecisionKindEnum } from '../../../core/graphql/domain-enums';

/** Every field but the request is nullable on purpose: the domain validator reports what is missing. */
@InputType({ description: 'A 三包 decision; it supersedes the request’s current decision, which is kept' })
export class DecideWarrantyInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => WarrantyDecisionKindEnum, { nullable: true, description: 'Required' })
  decision?: WarrantyDecisionKind | null;

  @Field(() => String, { nullable: true, description: 'Required: why this decision' })
  reason?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Defaults to the request’s warranty status; required when that is UNKNOWN' })
  inWarranty?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Required when inWarranty contradicts the request’s warranty status' })
  overrideReason?: string | null;

  @Field(() => ID, { nullable: true, description: 'Who decided, an active staff member (required)' })
  decidedById?: string | null;

  @Field(() => Date, { nullable: true, description: 'Defaults to now; not before the decision it supersedes' })
  decidedAt?: Date | null;

  @Field(() => Float, { nullable: true, description: 'CNY returned; required for REFUND, refused otherwise' })
  refundAmount?: number | null;
}
