import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: '企业基本信息: what an audit opens with' })
export class EnterpriseProfile {
  @Field(() => ID)
  id!: string;

  @Field()
  legalName!: string;

  @Field(() => String, { nullable: true, description: 'Business licence number' })
  licenceNumber!: string | null;

  @Field(() => String, { nullable: true, description: 'Unified social credit code (18 characters)' })
  creditCode!: string | null;

  @Field()
  legalRepresentative!: string;

  @Field(() => String, { nullable: true })
  authorisedContact!: string | null;

  @Field(() => String, { nullable: true })
  contactPhone!: string | null;

  @Field(() => String, { nullable: true })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true })
  address!: string | null;

  @Field(() => String, { nullable: true })
  foundedOn!: string | null;

  @Field(() => String, { nullable: true })
  history!: string | null;

  @Field(() => String, { nullable: true, description: 'Main products and services, certification scope' })
  productsAndScope!: string | null;

  @Field(() => Int, { nullable: true })
  staffCount!: number | null;

  @Field(() => Int, { nullable: true })
  outletCount!: number | null;

  @Field()
  updatedAt!: Date;

  @Field(() => Int)
  version!: number;
}
