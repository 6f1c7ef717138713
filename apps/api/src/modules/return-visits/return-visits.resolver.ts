import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import DataLoader from 'dataloader';
import { loaderFor, type GraphqlContext } from '../../core/graphql/graphql-context';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { ServiceRequest } from '../service-requests/service-request.model';
import { RecordReturnVisitAttemptInput } from './dto/record-return-visit-attempt.input';
import { ReturnVisitsArgs } from './dto/return-visits.args';
import { UpdateSatisfactionSettingsInput } from './dto/update-satisfaction-settings.input';
import { ReturnVisit, ReturnVisitConnection } from './return-visit.model';
import { ReturnVisitsRepository } from './return-visits.repository';
import { ReturnVisitsService } from './return-visits.service';
import { SatisfactionSettingsModel } from './satisfaction-settings.model';
import { SatisfactionSettingsService } from './satisfaction-settings.service';
import { Allow, ROLES } from '../../core/auth/access.decorators';
import { OutletScope } from '../../core/auth/outlet-scope';

@Resolver(() => ServiceRequest)
@UseGuards(OrgContextGuard)
export class ReturnVisitsResolver {
  constructor(
    private readonly service: ReturnVisitsService,
    private readonly repository: ReturnVisitsRepository,
    private readonly settings: SatisfactionSettingsService,
  ) {}

  @OutletScope({ list: 'filter.outletIds', records: { 'filter.requestId': 'request' } })
  @Allow(...ROLES.ANY)
  @Query(() => ReturnVisitConnection, { description: 'Return visits, earliest due first (the 回访 worklist)' })
  returnVisits(@CurrentOrg() organisation: OrganisationEntity, @Args() args: ReturnVisitsArgs): Promise<ReturnVisitConnection> {
    return this.service.list(organisation, args);
  }

  @OutletScope({ records: { 'input.returnVisitId': 'returnVisit' } })
  @Allow(...ROLES.OFFICE)
  @Mutation(() => ReturnVisit, { description: 'Record an attempt of a return visit; COMPLETED requires the rating' })
  recordReturnVisitAttempt(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: RecordReturnVisitAttemptInput): Promise<ReturnVisit> {
    return this.service.recordAttempt(organisation, input);
  }

  @Allow(...ROLES.ANY)
  @Query(() => SatisfactionSettingsModel)
  satisfactionSettings(@CurrentOrg() organisation: OrganisationEntity): Promise<SatisfactionSettingsModel> {
    return this.settings.get(organisation.id);
  }

  @Allow(...ROLES.ADMIN)
  @Mutation(() => SatisfactionSettingsModel, { description: 'Return-visit sampling and attempts, survey link validity' })
  updateSatisfactionSettings(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: UpdateSatisfactionSettingsInput): Promise<SatisfactionSettingsModel> {
    return this.settings.update(organisation, input);
  }

  @ResolveField('returnVisits', () => [ReturnVisit], { description: 'Return visits of the request, one per closure, oldest first' })
  returnVisitsOfRequest(@Parent() request: ServiceRequest, @Context() context: GraphqlContext): Promise<ReturnVisit[]> {
    const orgId = context.req.organisation!.id;
    const loader = loaderFor(context, 'returnVisits', () => new DataLoader<string, ReturnVisit[]>(async (ids) => {
      const byRequest = await this.repository.ofRequests(orgId, ids);
      return ids.map((id) => byRequest.get(id) ?? []);
    }));
    return loader.load(request.id);
  }
}
