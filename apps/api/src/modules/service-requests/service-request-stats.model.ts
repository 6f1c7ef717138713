import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { RequestStatus } from '@stardesk/domain';
import { RequestStatusEnum } from '../../core/graphql/domain-enums';

@ObjectType()
export class StatusCount {
  @Field(() => RequestStatusEnum)
  status!: RequestStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class MonthCount {
  @Field({ description: "Calendar month YYYY-MM in the organisation's time zone" })
  month!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType()
export class ServiceRequestStats {
  @Field(() => Int)
  total!: number;

  @Field(() => [StatusCount])
  byStatus!: StatusCount[];

  @Field(() => [MonthCount])
  byMonth!: MonthCount[];
}
