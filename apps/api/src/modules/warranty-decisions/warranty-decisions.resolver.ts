import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { WARRANTY_DECISION_LABELS, warrantyCoverageLabel } from '@stardesk/domain';
import type { GraphqlContext } from '../../core/graphql/graphql-context';
import type { Page } from '../../core/pagination/connection.model';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { DecideWarrantyInput } from './dto/decide-warranty.input';
import { WarrantyDecisionsArgs } from './dto/warranty-decisions.args';
import { WarrantyDecision, WarrantyDecisionConnection } from './warranty-decision.model';
import { WarrantyDecisionsService } from './warranty-decisions.service';
import { Allow, ROLES } from '../../core/auth/access.decorators';
import { OutletScope } from '../../core/auth/outlet-scope';

@Resolver(() => WarrantyDecision)
@UseGuards(OrgContextGuard)
export class WarrantyDecisionsResolver {
  constructor(private readonly service: WarrantyDecisionsService) {}

  @OutletScope({ list: 'filter.outletIds', records: { 'filter.requestId': 'request' } })
  @Allow(...ROLES.ANY)
  @Query(() => WarrantyDecisionConnection, { description: '三包 decisions, newest first (superseded ones included unless filtered)' })
  warrantyDecisions(@CurrentOrg() organisation: OrganisationEntity, @Args() args: WarrantyDecisionsArgs): Promise<Page<WarrantyDecision>> {
    return this.service.list(organisation, args);
  }

  @OutletScope({ records: { 'input.requestId': 'request' } })
  @Allow(...ROLES.OFFICE)
  @Mutation(() => WarrantyDecision, { description: 'Decide repair, replace or refund (三包); supersedes the current decision, which is kept' })
  decideWarranty(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: DecideWarrantyInput): Promise<WarrantyDecision> {
    return this.service.decide(organisation, input);
  }

  @ResolveField(() => String)
  decisionLabel(@Parent() decision: WarrantyDecision, @Context() context: GraphqlContext): string {
    return WARRANTY_DECISION_LABELS[decision.decision][context.locale];
  }

  @ResolveField(() => String, { description: '保内 / 保外 in the caller’s language' })
  coverageLabel(@Parent() decision: WarrantyDecision, @Context() context: GraphqlContext): string {
    return warrantyCoverageLabel(decision.inWarranty, context.locale);
  }
}
