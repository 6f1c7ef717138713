import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { WarrantyStatus } from '@stardesk/domain';
import { WarrantyStatusEnum } from '../../core/graphql/domain-enums';
import { PageInfo } from '../../core/pagination/page-info.model';
import { Customer } from '../customers/customer.model';
import { Product } from '../products/product.model';

/** One physical unit, known by its serial number. */
@ObjectType()
export class ProductUnit {
  @Field(() => ID)
  id!: string;

  @Field()
  serialNo!: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  purchaseDate!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day covered (YYYY-MM-DD), from purchase date and the product’s warranty months' })
  warrantyEnd!: string | null;

  @Field(() => WarrantyStatusEnum, { description: 'On today’s date in the organisation’s time zone' })
  warrantyStatus!: WarrantyStatus;

  @Field(() => Product)
  product!: Product;

  @Field(() => Customer, { nullable: true })
  customer!: Customer | null;

  @Field(() => Int, { description: 'Optimistic-locking version; pass it back as expectedVersion' })
  version!: number;
}

@ObjectType()
export class ProductUnitEdge {
  @Field()
  cursor!: string;

  @Field(() => ProductUnit)
  node!: ProductUnit;
}

@ObjectType()
export class ProductUnitConnection {
  @Field(() => [ProductUnitEdge])
  edges!: ProductUnitEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}
