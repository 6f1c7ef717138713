import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A customer’s unmasked phone and address, shown once and logged' })
export class RevealedContact {
  @Field(() => ID)
  customerId!: string;

  @Field()
  name!: string;

  @Field()
  phone!: string;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field()
  revealedAt!: Date;
}

@ObjectType({ description: 'PIPL log: who saw which customer’s personal information, when and why' })
export class ContactReveal {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  staffId!: string;

  @Field()
  staffLogin!: string;

  @Field()
  staffName!: string;

  @Field(() => ID)
  customerId!: string;

  @Field()
  customerName!: string;

  @Field(() => [String], { description: 'phone, address' })
  fields!: string[];

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field()
  revealedAt!: Date;
}
