import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import type { RequestCommandKind } from '@stardesk/domain';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { DispatchServiceRequestInput, TransitionServiceRequestInput } from './dto/transition-service-request.input';
import { ServiceRequest } from './service-request.model';
import { ServiceRequestLifecycleService } from './service-request-lifecycle.service';
import { Allow, ROLES } from '../../core/auth/access.decorators';
import { OutletScope } from '../../core/auth/outlet-scope';

/** One mutation per lifecycle step, so each can be authorised on its own (dispatchers vs technicians). */
@Resolver(() => ServiceRequest)
@UseGuards(OrgContextGuard)
export class ServiceRequestLifecycleResolver {
  constructor(private readonly lifecycle: ServiceRequestLifecycleService) {}

  private step(organisation: OrganisationEntity, kind: RequestCommandKind, input: TransitionServiceRequestInput, technicianId?: string | null) {
    return this.lifecycle.apply(organisation, input.id, { kind, at: input.at, note: input.note, technicianId }, input.expectedVersion);
  }

  @OutletScope({ records: { 'input.id': 'request' } })
  @Allow(...ROLES.OFFICE)
  @Mutation(() => ServiceRequest, { description: 'Acknowledge (受理) a new request: stops the response clock' })
  acknowledgeServiceRequest(@CurrentOrg() org: OrganisationEntity, @Args('input') input: TransitionServiceRequestInput): Promise<ServiceRequest> {
    return this.step(org, 'ACKNOWLEDGE', input);
  }

  @OutletScope({ records: { 'input.id': 'request' } })
  @Allow(...ROLES.OFFICE)
  @Mutation(() => ServiceRequest, { description: 'Dispatch (派工) an acknowledged request to a technician' })
  dispatchServiceRequest(@CurrentOrg() org: OrganisationEntity, @Args('input') input: DispatchServiceRequestInput): Promise<ServiceRequest> {
    return this.step(org, 'DISPATCH', input, input.technicianId);
  }

  @OutletScope({ records: { 'input.id': 'request' } })
  @Allow(...ROLES.FIELD)
  @Mutation(() => ServiceRequest, { description: 'The technician starts work' })
  startServiceRequest(@CurrentOrg() org: OrganisationEntity, @Args('input') input: TransitionServiceRequestInput): Promise<ServiceRequest> {
    return this.step(org, 'START', input);
  }

  @OutletScope({ records: { 'input.id': 'request' } })
  @Allow(...ROLES.FIELD)
  @Mutation(() => ServiceRequest, { description: 'Put work on hold (e.g. waiting for parts); note required' })
  holdServiceRequest(@CurrentOrg() org: OrganisationEntity, @Args('input') input: TransitionServiceRequestInput): Promise<ServiceRequest> {
    return this.step(org, 'HOLD', input);
  }

  @OutletScope({ records: { 'input.id': 'request' } })
  @Allow(...ROLES.FIELD)
  @Mutation(() => ServiceRequest, { description: 'Resume work on a request on hold' })
  resumeServiceRequest(@CurrentOrg() org: OrganisationEntity, @Args('input') input: TransitionServiceRequestInput): Promise<ServiceRequest> {
    return this.step(org, 'RESUME', input);
  }

  @OutletScope({ records: { 'input.id': 'request' } })
  @Allow(...ROLES.FIELD)
  @Mutation(() => ServiceRequest, { description: 'Mark the request resolved' })
  resolveServiceRequest(@CurrentOrg() org: OrganisationEntity, @Args('input') input: TransitionServiceRequestInput): Promise<ServiceRequest> {
    return this.step(org, 'RESOLVE', input);
  }

  @OutletScope({ records: { 'input.id': 'request' } })
  @Allow(...ROLES.OFFICE)
  @Mutation(() => ServiceRequest, { description: 'Close a resolved request' })
  closeServiceRequest(@CurrentOrg() org: OrganisationEntity, @Args('input') input: TransitionServiceRequestInput): Promise<ServiceRequest> {
    return this.step(org, 'CLOSE', input);
  }

  @OutletScope({ records: { 'input.id': 'request' } })
  @Allow(...ROLES.OFFICE)
  @Mutation(() => ServiceRequest, { description: 'Reopen a resolved or closed request; note (reason) required' })
  reopenServiceRequest(@CurrentOrg() org: OrganisationEntity, @Args('input') input: TransitionServiceRequestInput): Promise<ServiceRequest> {
    return this.step(org, 'REOPEN', input);
  }

  @OutletScope({ records: { 'input.id': 'request' } })
  @Allow(...ROLES.OFFICE)
  @Mutation(() => ServiceRequest, { description: 'Cancel an open request; note (reason) required' })
  cancelServiceRequest(@CurrentOrg() org: OrganisationEntity, @Args('input') input: TransitionServiceRequestInput): Promise<ServiceRequest> {
    return this.step(org, 'CANCEL', input);
  }
}
