import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { StaffRole } from '@stardesk/domain';
import { StaffRoleEnum } from '../../../core/graphql/domain-enums';

@InputType()
export class CreateStaffInput {
  @Field(() => String, { nullable: true })
  login?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => StaffRoleEnum, { nullable: true })
  role?: StaffRole | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => [ID], { nullable: true, description: 'The outlets this person works for' })
  outletIds?: string[] | null;
}

@InputType({ description: 'Fields left out keep their value; outletIds, when given, replaces the list. Deactivate instead of deleting.' })
export class UpdateStaffInput extends CreateStaffInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version the caller saw' })
  expectedVersion?: number | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}
