import { Field, ID, ObjectType } from '@nestjs/graphql';
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

  @Field(() => String, { nullable: true })
  regionName!: string | null;
}
