import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ComplaintFilter } from './complaint-filter.input';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class ComplaintsArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => ComplaintFilter, { nullable: true })
  filter?: ComplaintFilter | null;
}
