import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { Channel, Priority, ServiceType } from '@stardesk/domain';
import { ChannelEnum, PriorityEnum, ServiceTypeEnum } from '../../core/graphql/domain-enums';

@InputType({ description: 'Corrects facts of a request; fields left out keep their value' })
export class AmendServiceRequestInput {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true, description: 'Why (required): kept with the original values' })
  reason?: string | null;

  @Field(() => ServiceTypeEnum, { nullable: true })
  type?: ServiceType | null;

  @Field(() => ChannelEnum, { nullable: true })
  channel?: Channel | null;

  @Field(() => PriorityEnum, { nullable: true })
  priority?: Priority | null;

  @Field(() => String, { nullable: true, description: 'Pass null to clear it' })
  faultDescription?: string | null;

  @Field(() => ID, { nullable: true })
  outletId?: string | null;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}
