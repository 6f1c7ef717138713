import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RETURN_VISIT_METHOD_LABELS, RETURN_VISIT_OUTCOME_LABELS, RETURN_VISIT_STATUS_LABELS } from '@stardesk/domain';
import type { GraphqlContext } from '../../core/graphql/graphql-context';
import { ReturnVisit } from './return-visit.model';

/** Labels of a return visit in the caller's language (the records themselves are org-scoped already). */
@Resolver(() => ReturnVisit)
export class ReturnVisitFieldsResolver {
  @ResolveField(() => String)
  statusLabel(@Parent() visit: ReturnVisit, @Context() context: GraphqlContext): string {
    return RETURN_VISIT_STATUS_LABELS[visit.status][context.locale];
  }

  @ResolveField(() => String, { nullable: true })
  methodLabel(@Parent() visit: ReturnVisit, @Context() context: GraphqlContext): string | null {
    return visit.method ? RETURN_VISIT_METHOD_LABELS[visit.method][context.locale] : null;
  }

  @ResolveField(() => String, { nullable: true })
  outcomeLabel(@Parent() visit: ReturnVisit, @Context() context: GraphqlContext): string | null {
    return visit.outcome ? RETURN_VISIT_OUTCOME_LABELS[visit.outcome][context.locale] : null;
  }
}
