import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { loaderFor, type GraphqlContext } from '../../core/graphql/graphql-context';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { ServiceRequest } from '../service-requests/service-request.model';
import { AmendServiceRequestInput } from './amend-service-request.input';
import { Amendment } from './amendment.model';
import { AmendmentsService, COMPLAINT_RECORD, SERVICE_REQUEST_RECORD, VISIT_RECORD } from './amendments.service';
import { AmendVisitInput } from './amend-visit.input';
import { Visit } from '../visits/visit.model';
import { AmendComplaintInput } from './amend-complaint.input';
import { Complaint } from '../complaints/complaint.model';
import { Allow, ROLES } from '../../core/auth/access.decorators';
import { OutletScope } from '../../core/auth/outlet-scope';

@Resolver(() => ServiceRequest)
@UseGuards(OrgContextGuard)
export class AmendmentsResolver {
  constructor(private readonly service: AmendmentsService) {}

  @OutletScope({ records: { 'input.id': 'request' } })
  @Allow(...ROLES.OFFICE)
  @Mutation(() => ServiceRequest, { description: 'Correct facts of a request (also closed ones); the original is kept with the reason' })
  amendServiceRequest(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: AmendServiceRequestInput): Promise<ServiceRequest> {
    return this.service.amendServiceRequest(organisation, input);
  }

  @ResolveField(() => [Amendment], { description: 'Corrections made to this request, oldest first' })
  amendments(@Parent() request: ServiceRequest, @Context() context: GraphqlContext): Promise<Amendment[]> {
    const orgId = context.req.organisation!.id;
    return loaderFor(context, 'serviceRequestAmendments', () => this.service.loader(orgId, SERVICE_REQUEST_RECORD)).load(request.id);
  }
}

@Resolver(() => Complaint)
@UseGuards(OrgContextGuard)
export class ComplaintAmendmentsResolver {
  constructor(private readonly service: AmendmentsService) {}

  @OutletScope({ records: { 'input.id': 'complaint' } })
  @Allow(...ROLES.OFFICE)
  @Mutation(() => Complaint, { description: 'Correct facts of a complaint (also closed ones); the original is kept with the reason' })
  amendComplaint(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: AmendComplaintInput): Promise<Complaint> {
    return this.service.amendComplaint(organisation, input);
  }

  @ResolveField(() => [Amendment], { description: 'Corrections made to this complaint, oldest first' })
  amendments(@Parent() complaint: Complaint, @Context() context: GraphqlContext): Promise<Amendment[]> {
    const orgId = context.req.organisation!.id;
    return loaderFor(context, 'complaintAmendments', () => this.service.loader(orgId, COMPLAINT_RECORD)).load(complaint.id);
  }
}

@Resolver(() => Visit)
@UseGuards(OrgContextGuard)
export class VisitAmendmentsResolver {
  constructor(private readonly service: AmendmentsService) {}

  @OutletScope({ records: { 'input.id': 'visit' } })
  @Allow(...ROLES.FIELD)
  @Mutation(() => Visit, { description: 'Correct a visit report (outcome, diagnosis, actions, feedback); the original is kept with the reason' })
  amendVisit(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: AmendVisitInput): Promise<Visit> {
    return this.service.amendVisit(organisation, input);
  }

  @ResolveField(() => [Amendment], { description: 'Corrections made to this visit report, oldest first' })
  amendments(@Parent() visit: Visit, @Context() context: GraphqlContext): Promise<Amendment[]> {
    const orgId = context.req.organisation!.id;
    return loaderFor(context, 'visitAmendments', () => this.service.loader(orgId, VISIT_RECORD)).load(visit.id);
  }
}
