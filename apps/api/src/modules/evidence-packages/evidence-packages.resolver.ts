import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { Allow, ROLES } from '../../core/auth/access.decorators';
import { CurrentPrincipal } from '../../core/auth/current-principal.decorator';
import type { Principal } from '../../core/auth/principal';
import type { GraphqlContext } from '../../core/graphql/graphql-context';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { StartEvidencePackageInput } from './dto/start-evidence-package.input';
import { EvidencePackage } from './evidence-package.model';
import { EvidencePackagesService, evidencePackageView } from './evidence-packages.service';

@Resolver(() => EvidencePackage)
@UseGuards(OrgContextGuard)
export class EvidencePackagesResolver {
  constructor(private readonly service: EvidencePackagesService) {}

  @Allow(...ROLES.OVERSIGHT)
  @Mutation(() => EvidencePackage, { description: 'Queue the evidence package of a period; only an admin may reveal personal information (recorded)' })
  async startEvidencePackage(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: StartEvidencePackageInput,
    @Context() context: GraphqlContext,
  ): Promise<EvidencePackage> {
    return evidencePackageView(await this.service.start(principal, input, context.locale));
  }

  @Allow(...ROLES.OVERSIGHT)
  @Query(() => [EvidencePackage], { description: 'The organisation’s evidence packages, newest first' })
  async evidencePackages(@CurrentOrg() organisation: OrganisationEntity, @Args('first', { type: () => Int, defaultValue: 20 }) first: number): Promise<EvidencePackage[]> {
    return (await this.service.list(organisation.id, Math.min(Math.max(first, 1), 100))).map(evidencePackageView);
  }

  @Allow(...ROLES.OVERSIGHT)
  @Query(() => EvidencePackage)
  async evidencePackage(@CurrentOrg() organisation: OrganisationEntity, @Args('id', { type: () => ID }) id: string): Promise<EvidencePackage> {
    return evidencePackageView(await this.service.get(organisation.id, id));
  }
}
