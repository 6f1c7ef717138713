import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'Parts arriving at an outlet (purchase, transfer)' })
export class ReceiveStockInput {
  @Field(() => ID, { nullable: true })
  outletId?: string | null;

  @Field(() => ID, { nullable: true })
  partId?: string | null;

  @Field(() => Int, { nullable: true })
  quantity?: number | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}
