import { Field, Int, ObjectType } from '@nestjs/graphql';
import type { SurveyLinkState } from '@stardesk/domain';
import { SurveyLinkStateEnum } from '../../core/graphql/domain-enums';

@ObjectType()
export class PublicSurveyFactor {
  @Field()
  key!: string;

  @Field({ description: 'The question in the caller’s language' })
  label!: string;
}

@ObjectType({ description: 'The questions of an open survey link' })
export class PublicSurveyQuestions {
  @Field()
  name!: string;

  @Field(() => [PublicSurveyFactor], { description: 'Each answered 1–5' })
  factors!: PublicSurveyFactor[];

  @Field(() => Int)
  overallMin!: number;

  @Field(() => Int)
  overallMax!: number;

  @Field(() => Int)
  recommendMin!: number;

  @Field(() => Int)
  recommendMax!: number;

  @Field(() => Int)
  commentMaxLength!: number;
}

@ObjectType({ description: 'What the public survey page shows for a token; looking it up records nothing' })
export class PublicSurvey {
  @Field(() => SurveyLinkStateEnum)
  state!: SurveyLinkState;

  @Field({ description: 'Text for the page, in the caller’s language' })
  message!: string;

  @Field(() => String, { nullable: true, description: 'Who asks (null for an unknown link)' })
  organisationName!: string | null;

  @Field(() => String, { nullable: true, description: 'The request the survey is about (open links only)' })
  requestCode!: string | null;

  @Field(() => Date, { nullable: true, description: 'Open links only' })
  expiresAt!: Date | null;

  @Field(() => PublicSurveyQuestions, { nullable: true, description: 'Open links only' })
  questions!: PublicSurveyQuestions | null;
}

@ObjectType()
export class SurveySubmission {
  @Field(() => SurveyLinkStateEnum)
  state!: SurveyLinkState;

  @Field()
  message!: string;
}
