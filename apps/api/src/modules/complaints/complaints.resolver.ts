import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { Complaint, ComplaintConnection } from './complaint.model';
import { ComplaintRepository } from './complaint.repository';
import { ComplaintsService } from './complaints.service';
import { CreateComplaintInput } from './dto/create-complaint.input';
import { ComplaintsArgs } from './dto/complaints.args';
import { isUuid } from '../../core/ids';
import { Allow, ROLES } from '../../core/auth/access.decorators';
import { OutletScope } from '../../core/auth/outlet-scope';


@Resolver(() => Complaint)
@UseGuards(OrgContextGuard)
export class ComplaintsResolver {
  constructor(
    private readonly service: ComplaintsService,
    private readonly repository: ComplaintRepository,
  ) {}

  @OutletScope({ list: 'filter.outletIds' })
  @Allow(...ROLES.ANY)
  @Query(() => ComplaintConnection, { description: 'Complaints of the organisation, newest received first' })
  complaints(@CurrentOrg() organisation: OrganisationEntity, @Args() args: ComplaintsArgs): Promise<ComplaintConnection> {
    return this.service.list(organisation, args);
  }

  @OutletScope({ records: { id: 'complaint' } })
  @Allow(...ROLES.ANY)
  @Query(() => Complaint, { nullable: true, description: 'One complaint of the organisation, or null' })
  complaint(@CurrentOrg() organisation: OrganisationEntity, @Args('id', { type: () => ID }) id: string): Promise<Complaint | null> {
    return isUuid(id) ? this.repository.findById(organisation.id, id) : Promise.resolve(null);
  }

  @OutletScope({ records: { 'input.outletId': 'outlet', 'input.requestId': 'request' } })
  @Allow(...ROLES.OFFICE)
  @Mutation(() => Complaint, { description: 'Register a complaint (投诉登记) at level 1 (网点)' })
  createComplaint(
    @CurrentOrg() organisation: OrganisationEntity,
    @Args('input', { type: () => CreateComplaintInput }) input: CreateComplaintInput,
  ): Promise<Complaint> {
    return this.service.create(organisation, input);
  }
}
