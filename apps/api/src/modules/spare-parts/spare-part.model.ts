import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType()
export class StockLevel {
  @Field(() => ID)
  outletId!: string;

  @Field()
  outletCode!: string;

  @Field(() => Int)
  quantity!: number;
}

@ObjectType()
export class SparePart {
  @Field(() => ID)
  id!: string;

  @Field()
  partNo!: string;

  @Field()
  name!: string;

  @Field(() => Float, { description: 'Price to an out-of-warranty customer, CNY' })
  price!: number;

  @Field(() => Float, { description: 'Cost to the enterprise, CNY' })
  unitCost!: number;

  @Field(() => [StockLevel], { description: 'Usable stock per outlet (outlets that ever held it)' })
  stock!: StockLevel[];
}
