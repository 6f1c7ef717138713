import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class CreateSurveyInvitationInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => ID, { nullable: true, description: 'Defaults to the most recently created active template' })
  templateId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Days the link stays valid; defaults to the organisation setting' })
  validDays?: number | null;
}
