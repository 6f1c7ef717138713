import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
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

  @Field(() => String, { nullable: true })
  phone!: string | null;

  @Field(() => [ID], { description: 'Outlets this person works for' })
  outletIds!: string[];

  @Field(() => Int, { description: 'Optimistic-locking version; pass it back as expectedVersion' })
  version!: number;
}
