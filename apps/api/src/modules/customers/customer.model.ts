import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { maskedAddressField, maskedPhoneField } from '../../core/auth/contact-masking';
import { PageInfo } from '../../core/pagination/page-info.model';

/** Personal information (PIPL): phone and address are masked for roles without the permission (core/auth/contact-masking). */
@ObjectType()
export class Customer {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ middleware: [maskedPhoneField] })
  phone!: string;

  @Field(() => String, { nullable: true, middleware: [maskedAddressField] })
  address!: string | null;

  @Field()
  active!: boolean;

  @Field(() => Int, { description: 'Optimistic-locking version; pass it back as expectedVersion' })
  version!: number;
}

@ObjectType()
export class CustomerEdge {
  @Field()
  cursor!: string;

  @Field(() => Customer)
  node!: Customer;
}

@ObjectType()
export class CustomerConnection {
  @Field(() => [CustomerEdge])
  edges!: CustomerEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
