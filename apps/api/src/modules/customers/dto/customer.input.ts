import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class CreateCustomerInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Mainland mobile or landline; stored without separators' })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;
}

@InputType({ description: 'Fields left out keep their value; deactivate instead of deleting' })
export class UpdateCustomerInput extends CreateCustomerInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version the caller saw' })
  expectedVersion?: number | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType()
export class CustomerFilter {
  @Field(() => String, { nullable: true, description: 'Part of the name or of the phone number' })
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'The whole phone number, separators allowed' })
  phone?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  includeInactive?: boolean | null;
}
