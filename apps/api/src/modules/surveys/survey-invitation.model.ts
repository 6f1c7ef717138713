import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { SurveyLinkState } from '@stardesk/domain';
import { SurveyLinkStateEnum } from '../../core/graphql/domain-enums';

@ObjectType({ description: 'A one-time survey link sent for a closed request (the token itself is never shown again)' })
export class SurveyInvitation {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  requestId!: string;

  @Field(() => ID)
  templateId!: string;

  @Field()
  sentAt!: Date;

  @Field()
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  answeredAt!: Date | null;

  @Field(() => SurveyLinkStateEnum)
  state!: SurveyLinkState;
}

@ObjectType()
export class CreatedSurveyInvitation {
  @Field(() => SurveyInvitation)
  invitation!: SurveyInvitation;

  @Field({ description: 'The link token, returned this once only: send it to the customer now' })
  token!: string;

  @Field({ description: 'Path of the public survey page for the token' })
  path!: string;
}
