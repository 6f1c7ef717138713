import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ComplaintAction, ComplaintDeadlineKind, ComplaintEscalationReason, ComplaintStatus } from '@stardesk/domain';
import { ComplaintActionEnum, ComplaintDeadlineKindEnum, ComplaintEscalationReasonEnum, ComplaintStatusEnum } from '../../core/graphql/domain-enums';
import { StaffSummary } from '../staff/staff-summary.model';

/** One entry of a complaint's history. */
@ObjectType()
export class ComplaintEvent {
  @Field(() => ID)
  id!: string;

  @Field(() => ComplaintActionEnum)
  action!: ComplaintAction;

  @Field(() => ComplaintStatusEnum, { nullable: true, description: 'Null for the receipt' })
  fromStatus!: ComplaintStatus | null;

  @Field(() => ComplaintStatusEnum)
  toStatus!: ComplaintStatus;

  @Field(() => Int, { nullable: true, description: 'Null for the receipt' })
  fromLevel!: number | null;

  @Field(() => Int)
  toLevel!: number;

  @Field(() => ComplaintEscalationReasonEnum, { nullable: true, description: 'Escalations only: MANUAL or DEADLINE_PASSED' })
  escalationReason!: ComplaintEscalationReason | null;

  @Field(() => ComplaintDeadlineKindEnum, { nullable: true, description: 'Automatic escalations only: the deadline that passed' })
  deadline!: ComplaintDeadlineKind | null;

  @Field()
  at!: Date;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => StaffSummary, { nullable: true, description: 'Who did it (null for imported or system events)' })
  actor!: StaffSummary | null;
}
