import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Channel, Priority, RequestCommandKind, RequestStatus, ServiceType, WarrantyStatus } from '@stardesk/domain';
import { ChannelEnum, PriorityEnum, RequestCommandEnum, RequestStatusEnum, ServiceTypeEnum, WarrantyStatusEnum } from '../../core/graphql/domain-enums';
import { PageInfo } from '../../core/pagination/page-info.model';
import { Outlet } from '../outlets/outlet.model';
import { Product } from '../products/product.model';
import { StaffSummary } from '../staff/staff-summary.model';
import { Customer } from '../customers/customer.model';

@ObjectType()
export class ServiceRequest {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field(() => ServiceTypeEnum)
  type!: ServiceType;

  @Field(() => ChannelEnum)
  channel!: Channel;

  @Field(() => PriorityEnum)
  priority!: Priority;

  @Field(() => RequestStatusEnum)
  status!: RequestStatus;

  @Field(() => WarrantyStatusEnum)
  warrantyStatus!: WarrantyStatus;

  @Field(() => String, { nullable: true })
  faultDescription!: string | null;

  @Field(() => String, { nullable: true })
  serialNo!: string | null;

  @Field()
  reportedAt!: Date;

  @Field(() => Date, { nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  cancelledAt!: Date | null;

  @Field(() => Int, { description: 'How many times the request was reopened after resolution' })
  reopenCount!: number;

  @Field(() => Int, { description: 'Optimistic-locking version; pass it back as expectedVersion' })
  version!: number;

  @Field(() => [RequestCommandEnum], { description: 'Commands the current status accepts' })
  allowedCommands!: RequestCommandKind[];

  @Field(() => StaffSummary, { nullable: true })
  technician!: StaffSummary | null;

  @Field(() => Customer)
  customer!: Customer;

  @Field(() => Product)
  product!: Product;

  @Field(() => Outlet)
  outlet!: Outlet;
}

@ObjectType()
export class ServiceRequestEdge {
  @Field()
  cursor!: string;

  @Field(() => ServiceRequest)
  node!: ServiceRequest;
}

@ObjectType()
export class ServiceRequestConnection {
  @Field(() => [ServiceRequestEdge])
  edges!: ServiceRequestEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
