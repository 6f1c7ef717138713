import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../../core/graphql/graphql-context';
import { SubmitPortalRequestInput } from './dto/submit-portal-request.input';
import { PortalDocument, PortalOrganisation, PortalRequestStatus, PortalSubmission } from './portal.model';
import { PortalService } from './portal.service';
import { PortalThrottle } from './portal-throttle';
import { PublishedDocumentTypeEnum, type PublishedDocumentType } from './published-documents.port';
import { Public } from '../../core/auth/access.decorators';

/** The client address the throttle counts by (the socket's, or the proxy's first hop when Express trusts it). */
const clientOf = (context: GraphqlContext): string => context.req.ip ?? context.req.socket.remoteAddress ?? 'unknown';

/**
 * The public customer portal (/portal/:orgCode): no login and no X-Org-Code header; the organisation
 * comes from the portal address as `orgCode`. Every operation here is public.
 */
// PUBLIC: the customer portal has no sign-in; the organisation is named in each call and abuse is throttled per address.
@Public()
@Resolver()
export class PortalResolver {
  constructor(
    private readonly service: PortalService,
    private readonly throttle: PortalThrottle,
  ) {}

  // PUBLIC: customer portal
  @Query(() => PortalOrganisation, { description: 'Public: the organisation of a portal address and what its request form offers' })
  portalOrganisation(@Args('orgCode') orgCode: string): Promise<PortalOrganisation> {
    return this.service.portalOrganisation(orgCode);
  }

  // PUBLIC: customer portal
  @Mutation(() => PortalSubmission, { description: 'Public: a customer submits a service request; returns the code to track it by. Limited per client address.' })
  submitPortalRequest(
    @Args('orgCode') orgCode: string,
    @Args('input') input: SubmitPortalRequestInput,
    @Context() context: GraphqlContext,
  ): Promise<PortalSubmission> {
    this.throttle.take('submit', clientOf(context));
    return this.service.submit(orgCode, input, context.locale);
  }

  // PUBLIC: customer portal
  @Query(() => PortalRequestStatus, {
    description: 'Public: a request by its code and the customer’s phone; an unknown code and a wrong phone give the same NOT_FOUND. Limited per client address.',
  })
  trackPortalRequest(
    @Args('orgCode') orgCode: string,
    @Args('code') code: string,
    @Args('phone') phone: string,
    @Context() context: GraphqlContext,
  ): Promise<PortalRequestStatus> {
    this.throttle.take('track', clientOf(context));
    return this.service.track(orgCode, code, phone, context.locale);
  }

  // PUBLIC: customer portal
  @Query(() => [PortalDocument], { description: 'Public: published FAQ entries and product manuals (controlled documents)' })
  portalDocuments(
    @Args('orgCode') orgCode: string,
    @Args('types', { type: () => [PublishedDocumentTypeEnum], nullable: true }) types: PublishedDocumentType[] | null,
  ): Promise<PortalDocument[]> {
    return this.service.publishedDocuments(orgCode, types);
  }
}
