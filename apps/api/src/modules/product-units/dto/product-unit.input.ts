import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class CreateProductUnitInput {
  @Field(() => String, { nullable: true })
  serialNo?: string | null;

  @Field(() => ID, { nullable: true })
  productId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The owner, if known' })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; the warranty end follows from it' })
  purchaseDate?: string | null;
}

@InputType({ description: 'Fields left out keep their value; a new purchase date or product recomputes the warranty end' })
export class UpdateProductUnitInput extends CreateProductUnitInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version the caller saw' })
  expectedVersion?: number | null;
}

@InputType()
export class ProductUnitFilter {
  @Field(() => ID, { nullable: true })
  productId?: string | null;

  @Field(() => ID, { nullable: true })
  customerId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the serial number' })
  serialNo?: string | null;
}
