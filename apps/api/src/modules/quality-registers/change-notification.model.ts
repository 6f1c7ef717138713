import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { ChangeNotificationKind, ChangeNotificationState } from '@stardesk/domain';
import { Connection } from '../../core/pagination/connection.model';
import { ChangeNotificationKindEnum, ChangeNotificationStateEnum } from './quality-enums';

@ObjectType({ description: '变更通报: what the certification body must be told of, by when, and when it was' })
export class ChangeNotification {
  @Field(() => ID)
  id!: string;

  @Field(() => ChangeNotificationKindEnum)
  kind!: ChangeNotificationKind;

  @Field()
  description!: string;

  @Field({ description: 'Day of the change or event' })
  occurredOn!: string;

  @Field({ description: 'Last day to notify (5 days for events, 30 for changes)' })
  deadline!: string;

  @Field(() => ChangeNotificationStateEnum)
  state!: ChangeNotificationState;

  @Field(() => String, { nullable: true })
  certificationBody!: string | null;

  @Field(() => String, { nullable: true })
  notifiedOn!: string | null;

  @Field(() => String, { nullable: true })
  notificationReference!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType()
export class ChangeNotificationConnection extends Connection(ChangeNotification) {}
