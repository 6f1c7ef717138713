import { Field, ID, InputType } from '@nestjs/graphql';
import type { RequestStatus } from '@stardesk/domain';
import { RequestStatusEnum } from '../../../core/graphql/domain-enums';

@InputType()
export class ServiceRequestFilter {
  @Field(() => [RequestStatusEnum], { nullable: true })
  statuses?: RequestStatus[] | null;

  @Field(() => [ID], { nullable: true })
  outletIds?: string[] | null;

  @Field(() => Date, { nullable: true, description: 'Inclusive lower bound of reportedAt' })
  reportedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Exclusive upper bound of reportedAt' })
  reportedTo?: Date | null;

  @Field(() => [ID], { nullable: true, description: 'Requests dispatched to these technicians' })
  technicianIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Start of a request code or serial number, part of a customer name, or start of a phone number' })
  search?: string | null;
}
