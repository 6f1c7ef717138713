import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class CreateProductInput {
  @Field(() => String, { nullable: true })
  model?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => Int, { nullable: true, description: '三包 warranty in months (0–240)' })
  warrantyMonths?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Needs certified handling (batteries, refrigerants, chemicals)' })
  hazardous?: boolean | null;
}

@InputType({ description: 'Fields left out keep their value; deactivate instead of deleting. Units keep the warranty end they were sold with.' })
export class UpdateProductInput extends CreateProductInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version the caller saw' })
  expectedVersion?: number | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType()
export class ProductFilter {
  @Field(() => String, { nullable: true })
  category?: string | null;

  @Field(() => Boolean, { nullable: true })
  hazardous?: boolean | null;

  @Field(() => String, { nullable: true, description: 'Part of the model or name' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  includeInactive?: boolean | null;
}
