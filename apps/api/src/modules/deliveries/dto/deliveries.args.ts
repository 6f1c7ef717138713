import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import type { DeliveryKind, DeliveryStatus } from '@stardesk/domain';
import { DeliveryKindEnum, DeliveryStatusEnum } from '../../../core/graphql/domain-enums';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../core/pagination/keyset';

@InputType()
export class DeliveryFilter {
  @Field(() => [DeliveryStatusEnum], { nullable: true })
  statuses?: DeliveryStatus[] | null;

  @Field(() => [DeliveryKindEnum], { nullable: true })
  kinds?: DeliveryKind[] | null;

  @Field(() => [ID], { nullable: true, description: 'Outlets of the requests' })
  outletIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Technicians or drivers' })
  staffIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  requestId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Inclusive lower bound of scheduledFrom' })
  scheduledFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Exclusive upper bound of scheduledFrom' })
  scheduledTo?: Date | null;
}

@ArgsType()
export class DeliveriesArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => DeliveryFilter, { nullable: true })
  filter?: DeliveryFilter | null;
}
