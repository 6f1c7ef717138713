import { ArgsType, Field, Int } from '@nestjs/graphql';
import { ServiceRequestFilter } from './service-request-filter.input';

export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class ServiceRequestsArgs {
  @Field(() => Int, { defaultValue: 20, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => ServiceRequestFilter, { nullable: true })
  filter?: ServiceRequestFilter | null;
}
