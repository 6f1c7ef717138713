import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import type { ReturnVisitStatus } from '@stardesk/domain';
import { ReturnVisitStatusEnum } from '../../../core/graphql/domain-enums';

export const MAX_PAGE_SIZE = 100;

@InputType()
export class ReturnVisitFilter {
  @Field(() => [ReturnVisitStatusEnum], { nullable: true, description: 'Any status when omitted; the worklist asks for SCHEDULED' })
  statuses?: ReturnVisitStatus[] | null;

  @Field(() => Date, { nullable: true, description: 'Exclusive upper bound of dueAt' })
  dueBefore?: Date | null;

  @Field(() => [ID], { nullable: true, description: 'Outlets of the requests' })
  outletIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  requestId?: string | null;
}

@ArgsType()
export class ReturnVisitsArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => ReturnVisitFilter, { nullable: true })
  filter?: ReturnVisitFilter | null;
}
