import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class Product {
  @Field(() => ID)
  id!: string;

  @Field()
  model!: string;

  @Field()
  name!: string;

  @Field()
  category!: string;

  @Field(() => Int)
  warrantyMonths!: number;

  @Field({ description: 'Needs certified handling (batteries, refrigerants, chemicals)' })
  hazardous!: boolean;

  @Field()
  active!: boolean;

  @Field(() => Int, { description: 'Optimistic-locking version; pass it back as expectedVersion' })
  version!: number;
}
