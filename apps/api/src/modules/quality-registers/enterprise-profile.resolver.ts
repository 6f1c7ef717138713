import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { SaveEnterpriseProfileInput } from './dto/enterprise-profile.input';
import { EnterpriseProfile } from './enterprise-profile.model';
import { EnterpriseProfileService } from './enterprise-profile.service';
import { Allow, ROLES } from '../../core/auth/access.decorators';

@Allow(...ROLES.OVERSIGHT)
@Resolver(() => EnterpriseProfile)
@UseGuards(OrgContextGuard)
export class EnterpriseProfileResolver {
  constructor(private readonly service: EnterpriseProfileService) {}

  @Query(() => EnterpriseProfile, { nullable: true, description: 'Null until first saved' })
  enterpriseProfile(@CurrentOrg() organisation: OrganisationEntity): Promise<EnterpriseProfile | null> {
    return this.service.get(organisation);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => EnterpriseProfile)
  saveEnterpriseProfile(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: SaveEnterpriseProfileInput): Promise<EnterpriseProfile> {
    return this.service.save(organisation, input);
  }
}
