import { Field, ID, InputType } from '@nestjs/graphql';
import type { Channel, ComplaintSeverity } from '@stardesk/domain';
import { ChannelEnum, ComplaintSeverityEnum } from '../../../core/graphql/domain-enums';

/** Every field is nullable on purpose: the domain validator reports what is missing, field by field. */
@InputType()
export class CreateComplaintInput {
  @Field(() => String, { nullable: true, description: 'Complaint number; generated (CP + date + number) when empty' })
  code?: string | null;

  @Field(() => ChannelEnum, { nullable: true })
  channel?: Channel | null;

  @Field(() => ComplaintSeverityEnum, { nullable: true })
  severity?: ComplaintSeverity | null;

  @Field(() => String, { nullable: true, description: 'e.g. 服务态度, 维修质量, 收费' })
  category?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The service request complained about, if any' })
  requestId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The outlet handling it; defaults to the request’s outlet' })
  outletId?: string | null;

  @Field(() => String, { nullable: true, description: 'Required unless a request is named (its customer is taken)' })
  customerName?: string | null;

  @Field(() => String, { nullable: true, description: 'Required unless a request is named (its customer is taken)' })
  customerPhone?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the complaint was received; defaults to now' })
  receivedAt?: Date | null;
}
