import { UseGuards } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isWithinWorkingHours, requestDeadlines, resolveTargets, type Deadline as DomainDeadline, type TargetKey } from '@stardesk/domain';
import DataLoader from 'dataloader';
import { loaderFor, type GraphqlContext } from '../../core/graphql/graphql-context';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { ServiceRequest } from '../service-requests/service-request.model';
import { targetInForceModel } from '../service-policy/service-commitments.service';
import { servicePolicyOf } from '../service-policy/service-policy.loader';
import { ServicePolicyRepository, type StoredCommitment } from '../service-policy/service-policy.repository';
import { FirstArrivalsRepository } from './first-arrivals.repository';
import { RequestDeadlines, type Deadline } from './request-deadlines.model';

/**
 * The live deadlines of a request, computed per request from the targets in force when it was
 * reported (outlet overrides and commitments applied) and the working calendar. The policy loads
 * once per GraphQL request and first arrivals in one batched query: a page of 100 requests costs two
 * queries, not 200.
 */
@Resolver(() => ServiceRequest)
@UseGuards(OrgContextGuard)
export class RequestDeadlinesResolver {
  constructor(
    private readonly policies: ServicePolicyRepository,
    private readonly arrivals: FirstArrivalsRepository,
  ) {}

  @ResolveField(() => RequestDeadlines, { description: 'Response, arrival and resolution deadlines, live' })
  async deadlines(@Parent() request: ServiceRequest, @Context() context: GraphqlContext): Promise<RequestDeadlines> {
    const orgId = context.req.organisation!.id;
    const firstArrivals = loaderFor(context, 'firstArrivals', () => new DataLoader<string, Date | null>(async (ids) => {
      const byRequest = await this.arrivals.of(orgId, ids);
      return ids.map((id) => byRequest.get(id) ?? null);
    }));
    const [policy, firstArrivedAt] = await Promise.all([servicePolicyOf(context, this.policies), firstArrivals.load(request.id)]);
    const { values, inForce } = resolveTargets(policy.targets, request.outlet.id, request.reportedAt);
    const now = new Date();
    const deadlines = requestDeadlines({ ...request, firstArrivedAt }, values, policy.calendar, now);
    const toModel = (deadline: DomainDeadline | null, key: TargetKey): Deadline | null =>
      deadline && {
        ...deadline,
        target: targetInForceModel(inForce[key], policy.targets.commitments as StoredCommitment[], now),
        workingTime: policy.calendar !== null,
      };
    return {
      response: toModel(deadlines.response, `RESPONSE_MINUTES_${request.priority}`),
      arrival: toModel(deadlines.arrival, 'ARRIVAL_HOURS'),
      resolution: toModel(deadlines.resolution, 'RESOLUTION_HOURS'),
    };
  }

  @ResolveField(() => Boolean, { nullable: true, description: 'Reported outside working hours; null while the working calendar is off' })
  async raisedOutsideWorkingHours(@Parent() request: ServiceRequest, @Context() context: GraphqlContext): Promise<boolean | null> {
    const { calendar } = await servicePolicyOf(context, this.policies);
    return calendar ? !isWithinWorkingHours(request.reportedAt, calendar) : null;
  }
}
