import { UseGuards } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import { loaderFor, type GraphqlContext } from '../../core/graphql/graphql-context';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { ServiceRequest } from '../service-requests/service-request.model';
import { Delivery } from './delivery.model';
import { DeliveriesRepository } from './deliveries.repository';

@Resolver(() => ServiceRequest)
@UseGuards(OrgContextGuard)
export class DeliveryRequestFieldsResolver {
  constructor(private readonly repository: DeliveriesRepository) {}

  @ResolveField(() => [Delivery], { description: 'Deliveries and installations of the request, in window order' })
  deliveries(@Parent() request: ServiceRequest, @Context() context: GraphqlContext): Promise<Delivery[]> {
    const orgId = context.req.organisation!.id;
    const loader = loaderFor(context, 'deliveries', () => new DataLoader<string, Delivery[]>(async (ids) => {
      const byRequest = await this.repository.ofRequests(orgId, ids);
      return ids.map((id) => byRequest.get(id) ?? []);
    }));
    return loader.load(request.id);
  }
}
