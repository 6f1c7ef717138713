import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DisposalMethod } from '@stardesk/domain';
import { DisposalMethodEnum } from '../../core/graphql/domain-enums';
import { Connection } from '../../core/pagination/connection.model';

/** 废弃商品回收 record (GB/T 27922 GOODS.RECYC evidence). */
@ObjectType()
export class TakeBack {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  outletId!: string;

  @Field()
  outletCode!: string;

  @Field()
  outletName!: string;

  @Field(() => ID)
  productId!: string;

  @Field()
  productModel!: string;

  @Field()
  productName!: string;

  @Field({ description: 'The product needs hazardous handling' })
  hazardous!: boolean;

  @Field(() => Int)
  quantity!: number;

  @Field(() => DisposalMethodEnum)
  disposalMethod!: DisposalMethod;

  @Field({ description: 'The company that took the goods over' })
  disposer!: string;

  @Field(() => String, { nullable: true, description: '处置证明编号' })
  certificateNo!: string | null;

  @Field()
  collectedAt!: Date;

  @Field(() => ID, { nullable: true })
  customerId!: string | null;

  @Field(() => String, { nullable: true })
  customerName!: string | null;

  @Field(() => ID, { nullable: true })
  requestId!: string | null;

  @Field(() => String, { nullable: true })
  requestCode!: string | null;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType()
export class TakeBackConnection extends Connection(TakeBack) {}
