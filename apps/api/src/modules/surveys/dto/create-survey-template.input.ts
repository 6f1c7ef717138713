import { Field, Float, InputType } from '@nestjs/graphql';

@InputType()
export class SurveyFactorInput {
  @Field(() => String, { nullable: true, description: 'Stable key, e.g. service_quality' })
  key?: string | null;

  @Field(() => String, { nullable: true })
  labelZh?: string | null;

  @Field(() => String, { nullable: true })
  labelEn?: string | null;

  @Field(() => Float, { nullable: true, description: 'Share in the index, (0, 1]; all weights sum to 1' })
  weight?: number | null;
}

@InputType({ description: 'A new survey template, or the next version of an existing code' })
export class CreateSurveyTemplateInput {
  @Field(() => String, { nullable: true })
  code?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [SurveyFactorInput], { nullable: true, description: 'Empty or omitted: the overall rating only' })
  factors?: SurveyFactorInput[] | null;
}
