import { Field, ID, InputType } from '@nestjs/graphql';
import type { Channel, Priority } from '@stardesk/domain';
import { ChannelEnum, PriorityEnum } from '../../../core/graphql/domain-enums';

@InputType({ description: 'Narrows every KPI to the records with these values (a complaint by its own outlet and region)' })
export class KpiFiltersInput {
  @Field(() => ID, { nullable: true })
  regionId?: string | null;

  @Field(() => ID, { nullable: true })
  outletId?: string | null;

  @Field(() => String, { nullable: true })
  productCategory?: string | null;

  @Field(() => String, { nullable: true })
  productModel?: string | null;

  @Field(() => ID, { nullable: true, description: 'Technician of the first visit' })
  technicianId?: string | null;

  @Field(() => ChannelEnum, { nullable: true })
  channel?: Channel | null;

  @Field(() => PriorityEnum, { nullable: true })
  priority?: Priority | null;
}
