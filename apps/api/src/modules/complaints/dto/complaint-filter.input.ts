import { Field, ID, InputType } from '@nestjs/graphql';
import type { ComplaintSeverity, ComplaintStatus } from '@stardesk/domain';
import { ComplaintSeverityEnum, ComplaintStatusEnum } from '../../../core/graphql/domain-enums';

@InputType()
export class ComplaintFilter {
  @Field(() => [ComplaintStatusEnum], { nullable: true })
  statuses?: ComplaintStatus[] | null;

  @Field(() => [ComplaintSeverityEnum], { nullable: true })
  severities?: ComplaintSeverity[] | null;

  @Field(() => [ID], { nullable: true })
  outletIds?: string[] | null;

  @Field(() => Date, { nullable: true, description: 'Inclusive lower bound of receivedAt' })
  receivedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Exclusive upper bound of receivedAt' })
  receivedTo?: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: open complaints past a deadline they still have to meet; false: all others',
  })
  overdue?: boolean | null;
}
