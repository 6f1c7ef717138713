import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { VisitOutcome, VisitPartMovement } from '@stardesk/domain';
import { VisitOutcomeEnum, VisitPartMovementEnum } from '../../core/graphql/domain-enums';
import { StaffSummary } from '../staff/staff-summary.model';

@ObjectType()
export class VisitPart {
  @Field(() => ID)
  partId!: string;

  @Field()
  partNo!: string;

  @Field()
  partName!: string;

  @Field(() => VisitPartMovementEnum)
  movement!: VisitPartMovement;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Float, { description: 'Cost to the enterprise per part, CNY' })
  unitCost!: number;

  @Field(() => Float, { description: 'Charged to the customer, CNY (0 under warranty)' })
  chargedAmount!: number;

  @Field(() => String, { nullable: true })
  faultySerial!: string | null;

  @Field(() => String, { nullable: true })
  replacementSerial!: string | null;
}

@ObjectType()
export class Visit {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  requestId!: string;

  @Field(() => Int, { description: '1 for the first visit of the request' })
  seq!: number;

  @Field(() => StaffSummary)
  technician!: StaffSummary;

  @Field()
  arrivedAt!: Date;

  @Field(() => Date, { nullable: true })
  completedAt!: Date | null;

  @Field(() => VisitOutcomeEnum)
  outcome!: VisitOutcome;

  @Field(() => String, { nullable: true })
  diagnosis!: string | null;

  @Field(() => String, { nullable: true })
  actions!: string | null;

  @Field(() => String, { nullable: true, description: 'Who confirmed the service on site' })
  confirmedBy!: string | null;

  @Field(() => String, { nullable: true })
  customerFeedback!: string | null;

  @Field(() => [VisitPart])
  parts!: VisitPart[];
}
