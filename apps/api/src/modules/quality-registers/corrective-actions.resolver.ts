import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import type { Page } from '../../core/pagination/connection.model';
import { CorrectiveAction, CorrectiveActionConnection } from './corrective-action.model';
import { CorrectiveActionsService } from './corrective-actions.service';
import {
  CompleteCorrectiveActionInput,
  CorrectiveActionsArgs,
  CreateCorrectiveActionInput,
  RecordEffectivenessCheckInput,
  UpdateCorrectiveActionInput,
} from './dto/corrective-action.input';
import { Allow, ROLES } from '../../core/auth/access.decorators';

@Allow(...ROLES.OVERSIGHT)
@Resolver(() => CorrectiveAction)
@UseGuards(OrgContextGuard)
export class CorrectiveActionsResolver {
  constructor(private readonly service: CorrectiveActionsService) {}

  @Query(() => CorrectiveActionConnection, { description: 'Corrective actions, earliest due first' })
  correctiveActions(@CurrentOrg() organisation: OrganisationEntity, @Args() args: CorrectiveActionsArgs): Promise<Page<CorrectiveAction>> {
    return this.service.list(organisation, args);
  }

  @Query(() => CorrectiveAction)
  correctiveAction(@CurrentOrg() organisation: OrganisationEntity, @Args('id', { type: () => ID }) id: string): Promise<CorrectiveAction> {
    return this.service.byId(organisation, id);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => CorrectiveAction)
  createCorrectiveAction(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CreateCorrectiveActionInput): Promise<CorrectiveAction> {
    return this.service.create(organisation, input);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => CorrectiveAction, { description: 'Change an open action (root cause, action, owner, due day…)' })
  updateCorrectiveAction(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: UpdateCorrectiveActionInput): Promise<CorrectiveAction> {
    return this.service.update(organisation, input);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => CorrectiveAction, { description: 'The action was taken: it waits for its effectiveness check' })
  completeCorrectiveAction(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CompleteCorrectiveActionInput): Promise<CorrectiveAction> {
    return this.service.complete(organisation, input);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => CorrectiveAction, { description: 'Effective closes the action; not effective opens it again' })
  recordEffectivenessCheck(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: RecordEffectivenessCheckInput): Promise<CorrectiveAction> {
    return this.service.recordEffectivenessCheck(organisation, input);
  }
}
