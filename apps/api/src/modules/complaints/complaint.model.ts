import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Channel, ComplaintCommandKind, ComplaintDeadlineKind, ComplaintSeverity, ComplaintStatus, RequestStatus } from '@stardesk/domain';
import {
  ChannelEnum,
  ComplaintCommandEnum,
  ComplaintDeadlineKindEnum,
  ComplaintSeverityEnum,
  ComplaintStatusEnum,
  RequestStatusEnum,
} from '../../core/graphql/domain-enums';
import { PageInfo } from '../../core/pagination/page-info.model';
import { Outlet } from '../outlets/outlet.model';
import { Customer } from '../customers/customer.model';

/** The service request a complaint is about. */
@ObjectType()
export class ComplaintRequestRef {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field(() => RequestStatusEnum)
  status!: RequestStatus;
}

/** 投诉. Labels, live deadlines and the history are resolved per caller (complaint-fields.resolver.ts). */
@ObjectType()
export class Complaint {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field(() => ComplaintStatusEnum)
  status!: ComplaintStatus;

  @Field(() => ChannelEnum, { nullable: true, description: 'Null for imported complaints (the import format has no channel)' })
  channel!: Channel | null;

  @Field(() => ComplaintSeverityEnum)
  severity!: ComplaintSeverity;

  @Field(() => String, { nullable: true })
  category!: string | null;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field()
  receivedAt!: Date;

  @Field(() => Date, { nullable: true })
  acknowledgedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Int, { description: '1 网点 (outlet), 2 区域 (region), 3 总部 (headquarters)' })
  escalationLevel!: number;

  @Field(() => [ComplaintDeadlineKindEnum], { description: 'Deadlines that have already raised the level (each does so once)' })
  escalatedDeadlines!: ComplaintDeadlineKind[];

  @Field(() => String, { nullable: true })
  resolution!: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The customer’s answer on closure; null until closed' })
  customerAccepted!: boolean | null;

  @Field(() => Int, { description: 'Optimistic-locking version; pass it back as expectedVersion' })
  version!: number;

  @Field(() => [ComplaintCommandEnum], { description: 'Commands the complaint accepts now' })
  allowedCommands!: ComplaintCommandKind[];

  @Field(() => Customer)
  customer!: Customer;

  @Field(() => Outlet, { nullable: true, description: 'The outlet handling it; its targets apply' })
  outlet!: Outlet | null;

  @Field(() => ComplaintRequestRef, { nullable: true })
  request!: ComplaintRequestRef | null;
}

/** The live deadlines of a complaint, computed when asked. */
@ObjectType()
export class ComplaintDeadlines {
  @Field({ description: 'Receipt + the acknowledgement target' })
  ackDueAt!: Date;

  @Field({ description: 'Receipt + the resolution target of the severity' })
  resolutionDueAt!: Date;

  @Field(() => ComplaintDeadlineKindEnum, { nullable: true, description: 'The earliest deadline still to be met; null once closed' })
  next!: ComplaintDeadlineKind | null;

  @Field(() => Date, { nullable: true })
  dueAt!: Date | null;

  @Field({ description: 'Open and past a deadline it still has to meet' })
  overdue!: boolean;

  @Field(() => Int, { nullable: true, description: 'Whole minutes until the next deadline while on time' })
  minutesLeft!: number | null;

  @Field(() => Int, { nullable: true, description: 'Whole minutes since the next deadline passed' })
  minutesOverdue!: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Acknowledged within target; null while still possible' })
  acknowledgedInTime!: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Closed within target; null while still possible' })
  closedInTime!: boolean | null;
}

@ObjectType()
export class ComplaintEdge {
  @Field()
  cursor!: string;

  @Field(() => Complaint)
  node!: Complaint;
}

@ObjectType()
export class ComplaintConnection {
  @Field(() => [ComplaintEdge])
  edges!: ComplaintEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int)
  totalCount!: number;
}
