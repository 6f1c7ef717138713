import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import type { CorrectiveActionSource, CorrectiveActionStatus, EffectivenessResult } from '@stardesk/domain';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../core/pagination/keyset';
import { CorrectiveActionSourceEnum, CorrectiveActionStatusEnum, EffectivenessResultEnum } from '../quality-enums';

@InputType()
export class CreateCorrectiveActionInput {
  @Field(() => CorrectiveActionSourceEnum, { nullable: true })
  source?: CorrectiveActionSource | null;

  @Field(() => String, { nullable: true, description: 'Required for COMPLAINT and KPI_BELOW_TARGET' })
  sourceReference?: string | null;

  @Field(() => ID, { nullable: true, description: 'For AUDIT_FINDING: the finding, linked to the new action' })
  auditFindingId?: string | null;

  @Field(() => String, { nullable: true })
  problem?: string | null;

  @Field(() => String, { nullable: true })
  rootCause?: string | null;

  @Field(() => String, { nullable: true })
  action?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate?: string | null;
}

@InputType({ description: 'Change an open action; fields left out keep their value' })
export class UpdateCorrectiveActionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  sourceReference?: string | null;

  @Field(() => String, { nullable: true })
  problem?: string | null;

  @Field(() => String, { nullable: true })
  rootCause?: string | null;

  @Field(() => String, { nullable: true })
  action?: string | null;

  @Field(() => ID, { nullable: true })
  ownerId?: string | null;

  @Field(() => String, { nullable: true })
  dueDate?: string | null;
}

@InputType({ description: 'The action was taken' })
export class CompleteCorrectiveActionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  completedOn?: string | null;

  @Field(() => String, { nullable: true })
  completionNote?: string | null;
}

@InputType({ description: 'Effective closes the action; not effective opens it again with a new due day' })
export class RecordEffectivenessCheckInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => EffectivenessResultEnum, { nullable: true })
  result?: EffectivenessResult | null;

  @Field(() => String, { nullable: true })
  checkedOn?: string | null;

  @Field(() => ID, { nullable: true })
  checkedById?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;

  @Field(() => String, { nullable: true })
  newDueDate?: string | null;
}

@InputType()
export class CorrectiveActionFilter {
  @Field(() => [CorrectiveActionStatusEnum], { nullable: true })
  statuses?: CorrectiveActionStatus[] | null;

  @Field(() => [CorrectiveActionSourceEnum], { nullable: true })
  sources?: CorrectiveActionSource[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only open actions past their due day' })
  overdueOnly?: boolean | null;
}

@ArgsType()
export class CorrectiveActionsArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => CorrectiveActionFilter, { nullable: true })
  filter?: CorrectiveActionFilter | null;
}
