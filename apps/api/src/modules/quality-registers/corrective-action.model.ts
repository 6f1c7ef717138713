import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { CorrectiveActionSource, CorrectiveActionStatus, EffectivenessResult } from '@stardesk/domain';
import { Connection } from '../../core/pagination/connection.model';
import { StaffSummary } from '../staff/staff-summary.model';
import { CorrectiveActionSourceEnum, CorrectiveActionStatusEnum, EffectivenessResultEnum } from './quality-enums';

@ObjectType({ description: '纠正措施: problem, source, root cause, action, owner, due day and effectiveness check' })
export class CorrectiveAction {
  @Field(() => ID)
  id!: string;

  @Field(() => CorrectiveActionSourceEnum)
  source!: CorrectiveActionSource;

  @Field(() => String, { nullable: true, description: 'Complaint code, KPI and month, audit and finding…' })
  sourceReference!: string | null;

  @Field(() => [ID], { description: 'The audit findings this action answers' })
  auditFindingIds!: string[];

  @Field()
  problem!: string;

  @Field(() => String, { nullable: true })
  rootCause!: string | null;

  @Field(() => String, { nullable: true })
  action!: string | null;

  @Field(() => StaffSummary)
  owner!: StaffSummary;

  @Field({ description: 'YYYY-MM-DD' })
  dueDate!: string;

  @Field(() => CorrectiveActionStatusEnum)
  status!: CorrectiveActionStatus;

  @Field({ description: 'Still open after its due day (organisation’s local date)' })
  overdue!: boolean;

  @Field(() => String, { nullable: true })
  completedOn!: string | null;

  @Field(() => String, { nullable: true })
  completionNote!: string | null;

  @Field(() => EffectivenessResultEnum, { nullable: true, description: 'The latest effectiveness check' })
  effectivenessResult!: EffectivenessResult | null;

  @Field(() => String, { nullable: true })
  effectivenessCheckedOn!: string | null;

  @Field(() => StaffSummary, { nullable: true })
  effectivenessCheckedBy!: StaffSummary | null;

  @Field(() => String, { nullable: true })
  effectivenessNote!: string | null;

  @Field()
  createdAt!: Date;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class CorrectiveActionConnection extends Connection(CorrectiveAction) {}
