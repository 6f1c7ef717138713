import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../core/pagination/keyset';

@InputType()
export class TrainingFilter {
  @Field(() => [ID], { nullable: true, description: 'Trainings any of these people attended' })
  staffIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD, inclusive' })
  dateFrom?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD, inclusive' })
  dateTo?: string | null;
}

@ArgsType()
export class TrainingsArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page' })
  after?: string | null;

  @Field(() => TrainingFilter, { nullable: true })
  filter?: TrainingFilter | null;
}
