import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import type { WarrantyDecisionKind } from '@stardesk/domain';
import { WarrantyDecisionKindEnum } from '../../../core/graphql/domain-enums';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../core/pagination/keyset';

@InputType()
export class WarrantyDecisionFilter {
  @Field(() => [WarrantyDecisionKindEnum], { nullable: true })
  decisions?: WarrantyDecisionKind[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: current decisions only; false: superseded only; omitted: all' })
  current?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Only decisions whose coverage overrides the warranty status' })
  overridden?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'Outlets of the requests' })
  outletIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  requestId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Inclusive lower bound of decidedAt' })
  decidedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Exclusive upper bound of decidedAt' })
  decidedTo?: Date | null;
}

@ArgsType()
export class WarrantyDecisionsArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => WarrantyDecisionFilter, { nullable: true })
  filter?: WarrantyDecisionFilter | null;
}
