import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { OutletKind } from '@stardesk/domain';
import { OutletKindEnum } from '../../core/graphql/domain-enums';

@ObjectType()
export class Outlet {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => OutletKindEnum)
  kind!: OutletKind;

  @Field()
  city!: string;

  @Field(() => ID, { nullable: true })
  regionId!: string | null;

  @Field(() => String, { nullable: true })
  regionName!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true, description: 'The area served, as the service commitments word it' })
  coverage!: string | null;

  @Field()
  active!: boolean;

  @Field(() => Int, { description: 'Optimistic-locking version; pass it back as expectedVersion' })
  version!: number;
}
