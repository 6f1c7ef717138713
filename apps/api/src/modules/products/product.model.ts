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
}
