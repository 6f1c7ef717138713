import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import type { DisposalMethod } from '@stardesk/domain';
import { DisposalMethodEnum } from '../../../core/graphql/domain-enums';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../core/pagination/keyset';

@InputType()
export class TakeBackFilter {
  @Field(() => [ID], { nullable: true })
  outletIds?: string[] | null;

  @Field(() => [ID], { nullable: true })
  productIds?: string[] | null;

  @Field(() => [DisposalMethodEnum], { nullable: true })
  disposalMethods?: DisposalMethod[] | null;

  @Field(() => ID, { nullable: true })
  requestId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Inclusive lower bound of collectedAt' })
  collectedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Exclusive upper bound of collectedAt' })
  collectedTo?: Date | null;
}

@ArgsType()
export class TakeBacksArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => TakeBackFilter, { nullable: true })
  filter?: TakeBackFilter | null;
}
