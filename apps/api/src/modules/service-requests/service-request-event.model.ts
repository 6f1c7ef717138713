import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { RequestStatus } from '@stardesk/domain';
import { RequestStatusEnum } from '../../core/graphql/domain-enums';
import { StaffSummary } from '../staff/staff-summary.model';

/** One entry of a request's timeline. */
@ObjectType()
export class ServiceRequestEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => RequestStatusEnum, { nullable: true, description: 'Null for the event that opened the request' })
  fromStatus!: RequestStatus | null;

  @Field(() => RequestStatusEnum)
  toStatus!: RequestStatus;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field({ description: 'Synthesised by an import from the times of a historical record' })
  imported!: boolean;

  @Field(() => StaffSummary, { nullable: true, description: 'Who did it (null for imported or system events)' })
  actor!: StaffSummary | null;
}
