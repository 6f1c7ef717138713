import { Field, Float, InputType } from '@nestjs/graphql';

@InputType()
export class CreateSparePartInput {
  @Field(() => String, { nullable: true })
  partNo?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Float, { nullable: true })
  price?: number | null;

  @Field(() => Float, { nullable: true })
  unitCost?: number | null;
}
