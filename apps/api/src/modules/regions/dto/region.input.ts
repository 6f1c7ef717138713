import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class CreateRegionInput {
  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;
}

@InputType({ description: 'Fields left out keep their value; deactivate instead of deleting' })
export class UpdateRegionInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version the caller saw' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}
