import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../core/pagination/keyset';

@InputType()
export class CreateManagementReviewInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  reviewDate?: string | null;

  @Field(() => String, { nullable: true })
  chair?: string | null;

  @Field(() => [String], { nullable: true })
  attendees?: string[] | null;

  @Field(() => String, { nullable: true })
  inputs?: string | null;

  @Field(() => String, { nullable: true })
  decisions?: string | null;

  @Field(() => ID, { nullable: true, description: 'A controlled document of type MANAGEMENT_REVIEW_REPORT' })
  reportDocumentId?: string | null;
}

@InputType({ description: 'Fields left out keep their value' })
export class UpdateManagementReviewInput extends CreateManagementReviewInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
}

@ArgsType()
export class ManagementReviewsArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
