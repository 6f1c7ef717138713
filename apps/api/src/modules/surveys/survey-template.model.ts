import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A weighted question of a survey, answered 1–5' })
export class SurveyFactorModel {
  @Field()
  key!: string;

  @Field()
  labelZh!: string;

  @Field()
  labelEn!: string;

  @Field(() => Float, { description: 'Share in the satisfaction index; the weights of a template sum to 1' })
  weight!: number;
}

@ObjectType({ description: 'Survey template: overall 1–5, weighted factors 1–5, recommend 0–10, comment' })
export class SurveyTemplate {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  version!: number;

  @Field({ description: 'Only the latest version of a code is active; invitations use active templates' })
  active!: boolean;

  @Field(() => [SurveyFactorModel])
  factors!: SurveyFactorModel[];

  @Field()
  createdAt!: Date;
}
