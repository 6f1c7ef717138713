import { Field, InputType, Int } from '@nestjs/graphql';

@InputType({ description: 'The whole profile; expectedVersion is null the first time' })
export class SaveEnterpriseProfileInput {
  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  legalName?: string | null;

  @Field(() => String, { nullable: true })
  licenceNumber?: string | null;

  @Field(() => String, { nullable: true })
  creditCode?: string | null;

  @Field(() => String, { nullable: true })
  legalRepresentative?: string | null;

  @Field(() => String, { nullable: true })
  authorisedContact?: string | null;

  @Field(() => String, { nullable: true })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  foundedOn?: string | null;

  @Field(() => String, { nullable: true })
  history?: string | null;

  @Field(() => String, { nullable: true })
  productsAndScope?: string | null;

  @Field(() => Int, { nullable: true })
  staffCount?: number | null;

  @Field(() => Int, { nullable: true })
  outletCount?: number | null;
}
