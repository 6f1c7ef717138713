import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { CreateOutletInput, OutletFilter, UpdateOutletInput } from './dto/outlet.input';
import { Outlet } from './outlet.model';
import { OutletsService } from './outlets.service';
import { Allow, ROLES } from '../../core/auth/access.decorators';

@Resolver(() => Outlet)
@UseGuards(OrgContextGuard)
export class OutletsResolver {
  constructor(private readonly service: OutletsService) {}

  @Allow(...ROLES.ANY)
  @Query(() => [Outlet], { description: 'Active outlets unless the filter includes inactive ones' })
  outlets(@CurrentOrg() organisation: OrganisationEntity, @Args('filter', { type: () => OutletFilter, nullable: true }) filter: OutletFilter | null): Promise<Outlet[]> {
    return this.service.list(organisation.id, filter);
  }

  @Allow(...ROLES.ADMIN)
  @Mutation(() => Outlet)
  createOutlet(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CreateOutletInput): Promise<Outlet> {
    return this.service.create(organisation.id, input);
  }

  @Allow(...ROLES.ADMIN)
  @Mutation(() => Outlet, { description: 'Change or deactivate an outlet (never deleted)' })
  updateOutlet(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: UpdateOutletInput): Promise<Outlet> {
    return this.service.update(organisation.id, input);
  }
}
