import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { StaffRole } from '@stardesk/domain';
import { StaffRoleEnum } from '../../core/graphql/domain-enums';
import { Organisation } from '../organisations/organisation.model';

@ObjectType({ description: 'An outlet the signed-in user works for' })
export class UserOutlet {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;
}

@ObjectType({ description: 'The signed-in user: a staff member with an account' })
export class CurrentUser {
  @Field(() => ID, { description: 'The staff member' })
  id!: string;

  @Field()
  login!: string;

  @Field()
  name!: string;

  @Field(() => StaffRoleEnum)
  role!: StaffRole;

  @Field(() => [UserOutlet], { description: 'Dispatchers and technicians see only these outlets’ records' })
  outlets!: UserOutlet[];

  @Field(() => Organisation)
  organisation!: Organisation;
}

@ObjectType({ description: 'A signed-in session: the access token to send as `Authorization: Bearer`; the refresh token travels in an httpOnly cookie' })
export class AuthSession {
  @Field()
  accessToken!: string;

  @Field()
  accessTokenExpiresAt!: Date;

  @Field(() => CurrentUser)
  user!: CurrentUser;
}

@ObjectType({ description: 'A user account (staff member with a password)' })
export class UserAccount {
  @Field(() => ID, { description: 'The staff member' })
  staffId!: string;

  @Field()
  login!: string;

  @Field(() => StaffRoleEnum)
  role!: StaffRole;

  @Field(() => Date, { nullable: true })
  lockedUntil!: Date | null;

  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;
}
