import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../core/pagination/keyset';

@InputType()
export class StaffEvaluationFilter {
  @Field(() => [ID], { nullable: true })
  staffIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Evaluations whose period ends on or after this day, YYYY-MM-DD' })
  periodFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Evaluations whose period starts on or before this day, YYYY-MM-DD' })
  periodTo?: string | null;
}

@ArgsType()
export class StaffEvaluationsArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => StaffEvaluationFilter, { nullable: true })
  filter?: StaffEvaluationFilter | null;
}
