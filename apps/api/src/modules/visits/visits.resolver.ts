import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import DataLoader from 'dataloader';
import { loaderFor, type GraphqlContext } from '../../core/graphql/graphql-context';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { ServiceRequest } from '../service-requests/service-request.model';
import { RecordVisitInput } from './dto/record-visit.input';
import { Visit } from './visit.model';
import { VisitsRepository } from './visits.repository';
import { VisitsService } from './visits.service';
import { Allow, ROLES } from '../../core/auth/access.decorators';
import { OutletScope } from '../../core/auth/outlet-scope';

@Resolver(() => ServiceRequest)
@UseGuards(OrgContextGuard)
export class VisitsResolver {
  constructor(
    private readonly service: VisitsService,
    private readonly repository: VisitsRepository,
  ) {}

  @OutletScope({ records: { 'input.requestId': 'request' } })
  @Allow(...ROLES.FIELD)
  @Mutation(() => Visit, { description: 'Record a technician’s visit (arrival, diagnosis, parts, outcome, confirmation)' })
  recordVisit(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: RecordVisitInput): Promise<Visit> {
    return this.service.record(organisation, input);
  }

  @ResolveField(() => [Visit], { description: 'Visits in order (first visit first)' })
  visits(@Parent() request: ServiceRequest, @Context() context: GraphqlContext): Promise<Visit[]> {
    const orgId = context.req.organisation!.id;
    const loader = loaderFor(context, 'visits', () => new DataLoader<string, Visit[]>(async (ids) => {
      const byRequest = await this.repository.ofRequests(orgId, ids);
      return ids.map((id) => byRequest.get(id) ?? []);
    }));
    return loader.load(request.id);
  }
}
