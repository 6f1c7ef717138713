import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import type { Page } from '../../core/pagination/connection.model';
import { AddAuditFindingInput, CreateInternalAuditInput, InternalAuditsArgs, LinkAuditFindingInput, UpdateInternalAuditInput } from './dto/internal-audit.input';
import { InternalAudit, InternalAuditConnection } from './internal-audit.model';
import { InternalAuditsService } from './internal-audits.service';
import { Allow, ROLES } from '../../core/auth/access.decorators';

@Allow(...ROLES.OVERSIGHT)
@Resolver(() => InternalAudit)
@UseGuards(OrgContextGuard)
export class InternalAuditsResolver {
  constructor(private readonly service: InternalAuditsService) {}

  @Query(() => InternalAuditConnection, { description: 'Internal audits, latest planned first' })
  internalAudits(@CurrentOrg() organisation: OrganisationEntity, @Args() args: InternalAuditsArgs): Promise<Page<InternalAudit>> {
    return this.service.list(organisation, args);
  }

  @Query(() => InternalAudit)
  internalAudit(@CurrentOrg() organisation: OrganisationEntity, @Args('id', { type: () => ID }) id: string): Promise<InternalAudit> {
    return this.service.byId(organisation, id);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => InternalAudit)
  createInternalAudit(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CreateInternalAuditInput): Promise<InternalAudit> {
    return this.service.create(organisation, input);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => InternalAudit)
  updateInternalAudit(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: UpdateInternalAuditInput): Promise<InternalAudit> {
    return this.service.update(organisation, input);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => InternalAudit, { description: 'Record a finding of an audit; raise its action with createCorrectiveAction(source: AUDIT_FINDING)' })
  addAuditFinding(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: AddAuditFindingInput): Promise<InternalAudit> {
    return this.service.addFinding(organisation, input);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => InternalAudit, { description: 'Link a finding to an existing corrective action' })
  linkAuditFindingToCorrectiveAction(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: LinkAuditFindingInput): Promise<InternalAudit> {
    return this.service.linkFinding(organisation, input);
  }
}
