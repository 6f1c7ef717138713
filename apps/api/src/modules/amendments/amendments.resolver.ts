import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { loaderFor, type GraphqlContext } from '../../core/graphql/graphql-context';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { ServiceRequest } from '../service-requests/service-request.model';
import { AmendServiceRequestInput } from './amend-service-request.input';
import { Amendment } from './amendment.model';
import { AmendmentsService, COMPLAINT_RECORD, SERVICE_REQUEST_RECORD } from './amendments.service';
import { AmendComplaintInput } from './amend-complaint.input';
import { Complaint } from '../complaints/complaint.model';

@Resolver(() => ServiceRequest)
@UseGuards(OrgContextGuard)
export class AmendmentsResolver {
  constructor(private readonly service: AmendmentsService) {}

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
