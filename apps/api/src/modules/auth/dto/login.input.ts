import { Field, ID, InputType, Int } from '@nestjs/graphql';
import type { StaffRole } from '@stardesk/domain';
import { StaffRoleEnum } from '../../../core/graphql/domain-enums';

@InputType()
export class LoginInput {
  @Field(() => String, { nullable: true, description: 'Organisation code, e.g. DEMO' })
  organisation!: string | null;

  @Field(() => String, { nullable: true })
  login!: string | null;

  @Field(() => String, { nullable: true })
  password!: string | null;
}

@InputType()
export class SetUserPasswordInput {
  @Field(() => ID, { nullable: true, description: 'The staff member; an account is created if it has none' })
  staffId!: string | null;

  @Field(() => String, { nullable: true })
  password!: string | null;
}

@InputType({ description: 'Admin: give a staff member a sign-in with a role and outlets, in one step (or reset all three)' })
export class GrantUserLoginInput {
  @Field(() => ID, { nullable: true })
  staffId!: string | null;

  @Field(() => Int, { nullable: true, description: 'The staff record version the caller saw' })
  expectedVersion!: number | null;

  @Field(() => StaffRoleEnum, { nullable: true })
  role!: StaffRole | null;

  @Field(() => [ID], { nullable: true, description: 'Replaces the outlets; dispatchers and technicians need at least one' })
  outletIds!: string[] | null;

  @Field(() => String, { nullable: true })
  password!: string | null;
}
