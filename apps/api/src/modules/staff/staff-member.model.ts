import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { StaffRole } from '@stardesk/domain';
import { StaffRoleEnum } from '../../core/graphql/domain-enums';

@ObjectType()
export class StaffMember {
  @Field(() => ID)
  id!: string;

  @Field()
  login!: string;

  @Field()
  name!: string;

  @Field(() => StaffRoleEnum)
  role!: StaffRole;

  @Field()
  active!: boolean;

  @Field(() => [ID], { description: 'Outlets this person works for' })
  outletIds!: string[];
}
