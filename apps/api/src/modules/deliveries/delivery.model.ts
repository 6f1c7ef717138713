import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ArrivalCondition, DeliveryKind, DeliveryPunctuality, DeliveryStatus } from '@stardesk/domain';
import { ArrivalConditionEnum, DeliveryKindEnum, DeliveryPunctualityEnum, DeliveryStatusEnum } from '../../core/graphql/domain-enums';
import { Connection } from '../../core/pagination/connection.model';
import { StaffSummary } from '../staff/staff-summary.model';

/** 配送 / 安装. Labels are resolved per caller (deliveries.resolver.ts). */
@ObjectType()
export class Delivery {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  requestId!: string;

  @Field()
  requestCode!: string;

  @Field(() => DeliveryKindEnum)
  kind!: DeliveryKind;

  @Field(() => DeliveryStatusEnum)
  status!: DeliveryStatus;

  @Field()
  customerName!: string;

  @Field(() => ID)
  outletId!: string;

  @Field()
  outletName!: string;

  @Field(() => String, { nullable: true, description: 'Serial number of the unit delivered, when known' })
  serialNo!: string | null;

  @Field({ description: 'Start of the window promised to the customer' })
  scheduledFrom!: Date;

  @Field({ description: 'End of the window promised to the customer' })
  scheduledTo!: Date;

  @Field(() => StaffSummary, { nullable: true, description: 'Technician or driver: who is to go, then who went' })
  staff!: StaffSummary | null;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => Date, { nullable: true })
  doneAt!: Date | null;

  @Field(() => DeliveryPunctualityEnum, { nullable: true, description: 'Done against the window; null until done' })
  punctuality!: DeliveryPunctuality | null;

  @Field(() => ArrivalConditionEnum, { nullable: true })
  condition!: ArrivalCondition | null;

  @Field(() => String, { nullable: true, description: 'Who signed for it (签收人)' })
  signerName!: string | null;

  @Field(() => String, { nullable: true, description: 'What was found on arrival' })
  completionNote!: string | null;

  @Field(() => Int, { description: 'Optimistic-locking version; pass it back as expectedVersion' })
  version!: number;
}

@ObjectType()
export class DeliveryConnection extends Connection(Delivery) {}
