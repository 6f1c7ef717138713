import { UseGuards } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { loaderFor, type GraphqlContext } from '../../core/graphql/graphql-context';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { ServiceRequest } from '../service-requests/service-request.model';
import { WarrantyDecision } from './warranty-decision.model';
import { WarrantyDecisionsRepository } from './warranty-decisions.repository';

/** The request's decisions through one loader: the history and the current one read the same batch. */
@Resolver(() => ServiceRequest)
@UseGuards(OrgContextGuard)
export class WarrantyRequestFieldsResolver {
  constructor(private readonly repository: WarrantyDecisionsRepository) {}

  @ResolveField(() => WarrantyDecision, { nullable: true, description: 'The current 三包 decision, if any' })
  async warrantyDecision(@Parent() request: ServiceRequest, @Context() context: GraphqlContext): Promise<WarrantyDecision | null> {
    const history = await this.historyOf(request, context);
    return history.find((decision) => decision.current) ?? null;
  }

  @ResolveField(() => [WarrantyDecision], { description: 'Every 三包 decision, superseded ones included, oldest first' })
  warrantyDecisions(@Parent() request: ServiceRequest, @Context() context: GraphqlContext): Promise<WarrantyDecision[]> {
    return this.historyOf(request, context);
  }

  private historyOf(request: ServiceRequest, context: GraphqlContext): Promise<WarrantyDecision[]> {
    const orgId = context.req.organisation!.id;
    const loader = loaderFor(context, 'warrantyDecisions', () => new DataLoader<string, WarrantyDecision[]>(async (ids) => {
      const byRequest = await this.repository.ofRequests(orgId, ids);
      return ids.map((id) => byRequest.get(id) ?? []);
    }));
    return loader.load(request.id);
  }
}
