import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { CreateServiceRequestInput } from './dto/create-service-request.input';
import { ServiceRequestFilter } from './dto/service-request-filter.input';
import { ServiceRequestsArgs } from './dto/service-requests.args';
import { ServiceRequest, ServiceRequestConnection } from './service-request.model';
import { ServiceRequestStats } from './service-request-stats.model';
import { ServiceRequestsService } from './service-requests.service';
import { Allow, ROLES } from '../../core/auth/access.decorators';
import { OutletScope } from '../../core/auth/outlet-scope';

@Resolver(() => ServiceRequest)
@UseGuards(OrgContextGuard)
export class ServiceRequestsResolver {
  constructor(private readonly service: ServiceRequestsService) {}

  @OutletScope({ list: 'filter.outletIds' })
  @Allow(...ROLES.ANY)
  @Query(() => ServiceRequestConnection)
  serviceRequests(@CurrentOrg() organisation: OrganisationEntity, @Args() args: ServiceRequestsArgs): Promise<ServiceRequestConnection> {
    return this.service.list(organisation, args);
  }

  @OutletScope({ list: 'filter.outletIds' })
  @Allow(...ROLES.ANY)
  @Query(() => ServiceRequestStats)
  serviceRequestStats(
    @CurrentOrg() organisation: OrganisationEntity,
    @Args('filter', { type: () => ServiceRequestFilter, nullable: true }) filter: ServiceRequestFilter | null,
  ): Promise<ServiceRequestStats> {
    return this.service.stats(organisation, filter);
  }

  @OutletScope({ records: { 'input.outletId': 'outlet' } })
  @Allow(...ROLES.OFFICE)
  @Mutation(() => ServiceRequest)
  createServiceRequest(
    @CurrentOrg() organisation: OrganisationEntity,
    @Args('input', { type: () => CreateServiceRequestInput }) input: CreateServiceRequestInput,
  ): Promise<ServiceRequest> {
    return this.service.create(organisation, input);
  }
}
