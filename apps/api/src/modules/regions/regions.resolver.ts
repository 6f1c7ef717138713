import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { CreateRegionInput, UpdateRegionInput } from './dto/region.input';
import { Region } from './region.model';
import { RegionsService } from './regions.service';
import { Allow, ROLES } from '../../core/auth/access.decorators';

@Resolver(() => Region)
@UseGuards(OrgContextGuard)
export class RegionsResolver {
  constructor(private readonly service: RegionsService) {}

  @Allow(...ROLES.ANY)
  @Query(() => [Region])
  regions(
    @CurrentOrg() organisation: OrganisationEntity,
    @Args('includeInactive', { type: () => Boolean, defaultValue: false }) includeInactive: boolean,
  ): Promise<Region[]> {
    return this.service.list(organisation.id, includeInactive);
  }

  @Allow(...ROLES.ADMIN)
  @Mutation(() => Region)
  createRegion(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CreateRegionInput): Promise<Region> {
    return this.service.create(organisation.id, input);
  }

  @Allow(...ROLES.ADMIN)
  @Mutation(() => Region, { description: 'Rename, recode or deactivate a region (never deleted)' })
  updateRegion(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: UpdateRegionInput): Promise<Region> {
    return this.service.update(organisation.id, input);
  }
}
