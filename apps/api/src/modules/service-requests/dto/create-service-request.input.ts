import { Field, ID, InputType } from '@nestjs/graphql';
import type { Channel, Priority, ServiceType } from '@stardesk/domain';
import { ChannelEnum, PriorityEnum, ServiceTypeEnum } from '../../../core/graphql/domain-enums';

/**
 * Every field is nullable in the schema on purpose: required-ness is checked by the domain validator,
 * so a missing field comes back as a field-level message like every other rule, not a schema error.
 */
@InputType()
export class CreateServiceRequestInput {
  @Field(() => ServiceTypeEnum, { nullable: true })
  type?: ServiceType | null;

  @Field(() => ChannelEnum, { nullable: true })
  channel?: Channel | null;

  @Field(() => PriorityEnum, { nullable: true })
  priority?: Priority | null;

  @Field(() => ID, { nullable: true })
  outletId?: string | null;

  @Field(() => ID, { nullable: true })
  productId?: string | null;

  @Field(() => String, { nullable: true })
  customerName?: string | null;

  @Field(() => String, { nullable: true })
  customerPhone?: string | null;

  @Field(() => String, { nullable: true })
  customerAddress?: string | null;

  @Field(() => String, { nullable: true })
  serialNo?: string | null;

  @Field(() => String, { nullable: true, description: 'Purchase date YYYY-MM-DD' })
  purchaseDate?: string | null;

  @Field(() => String, { nullable: true })
  faultDescription?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the customer reported; defaults to now' })
  reportedAt?: Date | null;
}
