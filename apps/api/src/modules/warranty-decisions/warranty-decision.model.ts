import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import type { WarrantyDecisionKind, WarrantyStatus } from '@stardesk/domain';
import { WarrantyDecisionKindEnum, WarrantyStatusEnum } from '../../core/graphql/domain-enums';
import { Connection } from '../../core/pagination/connection.model';
import { StaffSummary } from '../staff/staff-summary.model';

/** 三包 decision. Labels are resolved per caller (warranty-decisions.resolver.ts). */
@ObjectType()
export class WarrantyDecision {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  requestId!: string;

  @Field()
  requestCode!: string;

  @Field(() => WarrantyDecisionKindEnum)
  decision!: WarrantyDecisionKind;

  @Field()
  reason!: string;

  @Field({ description: 'The coverage decided: 保内 (true) or 保外 (false)' })
  inWarranty!: boolean;

  @Field(() => WarrantyStatusEnum, { description: 'What the request’s unit said when the decision was taken' })
  derivedWarrantyStatus!: WarrantyStatus;

  @Field({ description: 'The decided coverage contradicts the derived status' })
  warrantyOverridden!: boolean;

  @Field(() => String, { nullable: true })
  overrideReason!: string | null;

  @Field(() => Float, { nullable: true, description: 'CNY returned to the customer (REFUND only)' })
  refundAmount!: number | null;

  @Field(() => StaffSummary)
  decidedBy!: StaffSummary;

  @Field()
  decidedAt!: Date;

  @Field({ description: 'The request’s current decision (not superseded)' })
  current!: boolean;

  @Field(() => ID, { nullable: true, description: 'The decision this one replaced' })
  supersedesId!: string | null;

  @Field(() => Date, { nullable: true, description: 'When a newer decision replaced this one' })
  supersededAt!: Date | null;
}

@ObjectType()
export class WarrantyDecisionConnection extends Connection(WarrantyDecision) {}
