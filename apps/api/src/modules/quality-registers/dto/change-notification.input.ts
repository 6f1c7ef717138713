import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import type { ChangeNotificationKind } from '@stardesk/domain';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../../core/pagination/keyset';
import { ChangeNotificationKindEnum } from '../quality-enums';

@InputType()
export class CreateChangeNotificationInput {
  @Field(() => ChangeNotificationKindEnum, { nullable: true })
  kind?: ChangeNotificationKind | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, { nullable: true })
  occurredOn?: string | null;

  @Field(() => String, { nullable: true })
  certificationBody?: string | null;
}

@InputType()
export class RecordNotificationSentInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true })
  notifiedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'The body’s acknowledgement or letter number' })
  reference?: string | null;
}

@ArgsType()
export class ChangeNotificationsArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1 to ${MAX_PAGE_SIZE}` })
  first!: number;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those not yet sent' })
  pendingOnly?: boolean | null;
}
