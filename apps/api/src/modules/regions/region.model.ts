import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class Region {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field()
  active!: boolean;

  @Field(() => Int, { description: 'Optimistic-locking version; pass it back as expectedVersion' })
  version!: number;
}
