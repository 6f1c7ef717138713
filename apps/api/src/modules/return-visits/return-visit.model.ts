import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ReturnVisitMethod, ReturnVisitOutcome, ReturnVisitStatus } from '@stardesk/domain';
import { ReturnVisitMethodEnum, ReturnVisitOutcomeEnum, ReturnVisitStatusEnum } from '../../core/graphql/domain-enums';
import { PageInfo } from '../../core/pagination/page-info.model';
import { StaffSummary } from '../staff/staff-summary.model';
import { maskedPhoneField } from '../../core/auth/contact-masking';

@ObjectType({ description: 'One call (or message, or trip) of a return visit' })
export class ReturnVisitAttempt {
  @Field(() => Int)
  seq!: number;

  @Field()
  at!: Date;

  @Field(() => ReturnVisitMethodEnum)
  method!: ReturnVisitMethod;

  @Field(() => ReturnVisitOutcomeEnum)
  outcome!: ReturnVisitOutcome;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => StaffSummary, { nullable: true })
  staff!: StaffSummary | null;
}

@ObjectType({ description: '回访 of a closed request' })
export class ReturnVisit {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  requestId!: string;

  @Field()
  requestCode!: string;

  @Field()
  customerName!: string;

  @Field({ middleware: [maskedPhoneField] })
  customerPhone!: string;

  @Field(() => ID)
  outletId!: string;

  @Field()
  outletName!: string;

  @Field({ description: 'The closure this visit follows up' })
  closedAt!: Date;

  @Field({ description: 'Deadline: closure + the return-visit target' })
  dueAt!: Date;

  @Field(() => ReturnVisitStatusEnum)
  status!: ReturnVisitStatus;

  @Field(() => Int)
  attemptCount!: number;

  @Field(() => Date, { nullable: true, description: 'Suggested time to call again after an unreachable attempt' })
  nextAttemptAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was finished' })
  doneAt!: Date | null;

  @Field(() => ReturnVisitMethodEnum, { nullable: true, description: 'Of the latest attempt' })
  method!: ReturnVisitMethod | null;

  @Field(() => ReturnVisitOutcomeEnum, { nullable: true, description: 'Of the latest attempt' })
  outcome!: ReturnVisitOutcome | null;

  @Field(() => Int, { nullable: true, description: 'Overall rating 1–5 taken in the visit' })
  rating!: number | null;

  @Field(() => Int, { nullable: true, description: 'Would recommend 0–10' })
  recommend!: number | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => StaffSummary, { nullable: true, description: 'Who made the latest attempt' })
  staff!: StaffSummary | null;

  @Field(() => Int, { description: 'Optimistic-locking version; pass it back as expectedVersion' })
  version!: number;

  @Field(() => [ReturnVisitAttempt], { description: 'Every attempt, first first' })
  attempts!: ReturnVisitAttempt[];
}

@ObjectType()
export class ReturnVisitEdge {
  @Field()
  cursor!: string;

  @Field(() => ReturnVisit)
  node!: ReturnVisit;
}

@ObjectType()
export class ReturnVisitConnection {
  @Field(() => [ReturnVisitEdge])
  edges!: ReturnVisitEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
