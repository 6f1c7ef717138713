import { Field, ID, InputType } from '@nestjs/graphql';

/** Every field but the request is nullable on purpose: the domain validator reports what is missing. */
@InputType({ description: 'Schedule a delivery or installation of a DELIVERY or INSTALLATION request' })
export class ScheduleDeliveryInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => Date, { nullable: true, description: 'Start of the window promised to the customer (required)' })
  scheduledFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'End of the window (required, not before the start)' })
  scheduledTo?: Date | null;

  @Field(() => ID, { nullable: true, description: 'Technician or driver, an active staff member' })
  staffId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The product unit delivered; defaults to the request’s unit' })
  unitId?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
