import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import DataLoader from 'dataloader';
import { loaderFor, type GraphqlContext } from '../../core/graphql/graphql-context';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { ServiceRequest } from '../service-requests/service-request.model';
import { CreateSurveyInvitationInput } from './dto/create-survey-invitation.input';
import { CreateSurveyTemplateInput } from './dto/create-survey-template.input';
import { CreatedSurveyInvitation, SurveyInvitation } from './survey-invitation.model';
import { SurveyInvitationsService } from './survey-invitations.service';
import { SurveyRecordsRepository } from './survey-records.repository';
import { SurveyResponse } from './survey-response.model';
import { SurveyTemplate } from './survey-template.model';
import { SurveyTemplatesService } from './survey-templates.service';
import { Allow, ROLES } from '../../core/auth/access.decorators';
import { OutletScope } from '../../core/auth/outlet-scope';

/** Staff side of surveys: templates, sending a link, and a request's invitations and responses. */
@Resolver(() => ServiceRequest)
@UseGuards(OrgContextGuard)
export class SurveysResolver {
  constructor(
    private readonly templates: SurveyTemplatesService,
    private readonly invitations: SurveyInvitationsService,
    private readonly records: SurveyRecordsRepository,
  ) {}

  @Allow(...ROLES.ANY)
  @Query(() => [SurveyTemplate], { description: 'Survey templates by code, newest version first' })
  surveyTemplates(
    @CurrentOrg() organisation: OrganisationEntity,
    @Args('includeInactive', { type: () => Boolean, defaultValue: false }) includeInactive: boolean,
  ): Promise<SurveyTemplate[]> {
    return this.templates.list(organisation, includeInactive);
  }

  @Allow(...ROLES.ADMIN)
  @Mutation(() => SurveyTemplate, { description: 'Create a survey template (an existing code gets its next version)' })
  createSurveyTemplate(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CreateSurveyTemplateInput): Promise<SurveyTemplate> {
    return this.templates.create(organisation, input);
  }

  @OutletScope({ records: { 'input.requestId': 'request' } })
  @Allow(...ROLES.OFFICE)
  @Mutation(() => CreatedSurveyInvitation, { description: 'Issue the one-time survey link of a closed request; the token is returned only here' })
  createSurveyInvitation(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CreateSurveyInvitationInput): Promise<CreatedSurveyInvitation> {
    return this.invitations.create(organisation, input);
  }

  @ResolveField(() => [SurveyInvitation], { description: 'Survey links sent for the request, oldest first' })
  surveyInvitations(@Parent() request: ServiceRequest, @Context() context: GraphqlContext): Promise<SurveyInvitation[]> {
    const orgId = context.req.organisation!.id;
    const loader = loaderFor(context, 'surveyInvitations', () => new DataLoader<string, SurveyInvitation[]>(async (ids) => {
      const byRequest = await this.records.invitationsOf(orgId, ids);
      return ids.map((id) => byRequest.get(id) ?? []);
    }));
    return loader.load(request.id);
  }

  @ResolveField(() => [SurveyResponse], { description: 'Ratings of the request (survey link and return visits), oldest first; the KPIs count the latest' })
  surveyResponses(@Parent() request: ServiceRequest, @Context() context: GraphqlContext): Promise<SurveyResponse[]> {
    const orgId = context.req.organisation!.id;
    const loader = loaderFor(context, 'surveyResponses', () => new DataLoader<string, SurveyResponse[]>(async (ids) => {
      const byRequest = await this.records.responsesOf(orgId, ids);
      return ids.map((id) => byRequest.get(id) ?? []);
    }));
    return loader.load(request.id);
  }
}
