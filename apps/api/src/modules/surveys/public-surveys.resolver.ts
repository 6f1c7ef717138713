import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../core/auth/access.decorators';
import type { GraphqlContext } from '../../core/graphql/graphql-context';
import { SurveyAnswersInput } from './dto/submit-survey-response.input';
import { PublicSurvey, SurveySubmission } from './public-survey.model';
import { PublicSurveysService } from './public-surveys.service';

/**
 * The customer's survey page: public, no X-Org-Code and no OrgContextGuard. The token is the only
 * key, and the answers show only what the page needs (never the customer's data).
 */
@Public()
@Resolver()
export class PublicSurveysResolver {
  constructor(private readonly service: PublicSurveysService) {}

  @Query(() => PublicSurvey, { description: 'Public: the survey behind a link token and its state. Records nothing.' })
  surveyByToken(@Args('token') token: string, @Context() context: GraphqlContext): Promise<PublicSurvey> {
    return this.service.byToken(token, context.locale);
  }

  @Mutation(() => SurveySubmission, { description: 'Public: submit the answers of a survey link, once' })
  submitSurveyResponse(
    @Args('token') token: string,
    @Args('answers') answers: SurveyAnswersInput,
    @Context() context: GraphqlContext,
  ): Promise<SurveySubmission> {
    return this.service.submit(token, answers, context.locale);
  }
}
