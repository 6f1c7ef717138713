import DataLoader from 'dataloader';
import { loaderFor, type GraphqlContext } from '../../core/graphql/graphql-context';
import type { ServicePolicy, ServicePolicyRepository } from './service-policy.repository';

const LOADER = 'servicePolicy';

/** The organisation's policy, loaded once per GraphQL request however many requests ask for it. */
export function servicePolicyOf(context: GraphqlContext, repository: ServicePolicyRepository): Promise<ServicePolicy> {
  const loader = loaderFor(context, LOADER, () => new DataLoader<string, ServicePolicy>((orgIds) => Promise.all(orgIds.map((orgId) => repository.load(orgId)))));
  return loader.load(context.req.organisation!.id);
}

/** After a mutation changed the policy, later fields of the same request must not see the old one. */
export function forgetServicePolicy(context: GraphqlContext): void {
  context.loaders.delete(LOADER);
}
