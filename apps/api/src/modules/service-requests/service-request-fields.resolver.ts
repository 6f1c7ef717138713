import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { customerStatusLabel, staffStatusLabel } from '@stardesk/domain';
import DataLoader from 'dataloader';
import { loaderFor, type GraphqlContext } from '../../core/graphql/graphql-context';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { ServiceRequestEvent } from './service-request-event.model';
import { ServiceRequest } from './service-request.model';
import { ServiceRequestRepository } from './service-request.repository';
import { isUuid } from '../../core/ids';
import { Allow, ROLES } from '../../core/auth/access.decorators';
import { OutletScope } from '../../core/auth/outlet-scope';


/** One request in full, and the fields computed per caller: labels in their language, the timeline. */
@Resolver(() => ServiceRequest)
@UseGuards(OrgContextGuard)
export class ServiceRequestFieldsResolver {
  constructor(private readonly repository: ServiceRequestRepository) {}

  @OutletScope({ records: { id: 'request' } })
  @Allow(...ROLES.ANY)
  @Query(() => ServiceRequest, { nullable: true, description: 'One request of the organisation, or null' })
  serviceRequest(@CurrentOrg() organisation: OrganisationEntity, @Args('id', { type: () => ID }) id: string): Promise<ServiceRequest | null> {
    return isUuid(id) ? this.repository.findById(organisation.id, id) : Promise.resolve(null);
  }

  @ResolveField(() => String, { description: 'Status as staff call it, in the caller’s language' })
  statusLabel(@Parent() request: ServiceRequest, @Context() context: GraphqlContext): string {
    return staffStatusLabel(request.status, context.locale);
  }

  @ResolveField(() => String, { description: 'Status as the customer portal shows it' })
  customerStatusLabel(@Parent() request: ServiceRequest, @Context() context: GraphqlContext): string {
    return customerStatusLabel(request.status, context.locale);
  }

  @ResolveField(() => [ServiceRequestEvent], { description: 'The timeline: every transition, oldest first' })
  events(@Parent() request: ServiceRequest, @Context() context: GraphqlContext): Promise<ServiceRequestEvent[]> {
    const orgId = context.req.organisation!.id;
    const loader = loaderFor(
      context,
      'serviceRequestEvents',
      () => new DataLoader<string, ServiceRequestEvent[]>(async (ids) => {
        const byRequest = await this.repository.eventsOf(orgId, ids);
        return ids.map((id) => byRequest.get(id) ?? []);
      }),
    );
    return loader.load(request.id);
  }
}
