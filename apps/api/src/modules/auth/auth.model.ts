import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
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

@ObjectType({ description: 'Admin: a staff member as a user — role, outlet scope and the state of their sign-in' })
export class UserOverview {
  @Field(() => ID, { description: 'The staff member' })
  staffId!: string;

  @Field()
  login!: string;

  @Field()
  name!: string;

  @Field(() => StaffRoleEnum)
  role!: StaffRole;

  @Field(() => [ID], { description: 'Outlets of the staff member (dispatchers and technicians see only these)' })
  outletIds!: string[];

  @Field({ description: 'False: deactivated — cannot sign in, sessions refused' })
  active!: boolean;

  @Field({ description: 'Has a password (can sign in while active)' })
  hasLogin!: boolean;

  @Field(() => Date, { nullable: true, description: 'Locked after failed sign-ins until then (may be in the past: the lock has run out)' })
  lockedUntil!: Date | null;

  @Field(() => Int, { description: 'Failed sign-ins in a row since the last successful one' })
  failedLogins!: number;

  @Field(() => Date, { nullable: true })
  lastLoginAt!: Date | null;

  @Field(() => Date, { nullable: true })
  passwordChangedAt!: Date | null;

  @Field(() => Int, { description: 'Sessions not revoked and not expired' })
  openSessions!: number;

  @Field(() => Int, { description: 'Version of the staff record; pass it back as expectedVersion' })
  version!: number;
}
