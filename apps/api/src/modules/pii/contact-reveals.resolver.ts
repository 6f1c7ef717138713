import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { CONTACT_REVEAL_ROLES } from '@stardesk/domain';
import { Allow, ROLES } from '../../core/auth/access.decorators';
import { CurrentPrincipal } from '../../core/auth/current-principal.decorator';
import type { Principal } from '../../core/auth/principal';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { ContactReveal, RevealedContact } from './contact-reveal.model';
import { ContactRevealsService } from './contact-reveals.service';

@Resolver()
export class ContactRevealsResolver {
  constructor(private readonly service: ContactRevealsService) {}

  @Allow(...CONTACT_REVEAL_ROLES)
  @Mutation(() => RevealedContact, { description: 'PIPL: show a customer’s phone and address unmasked; logged with who, when and why' })
  revealCustomerContact(
    @CurrentPrincipal() principal: Principal,
    @Args('customerId', { type: () => ID }) customerId: string,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
  ): Promise<RevealedContact> {
    return this.service.reveal(principal, customerId, reason);
  }

  @Allow(...ROLES.ADMIN)
  @Query(() => [ContactReveal], { description: 'Admin: the log of revealed personal information, newest first' })
  contactReveals(
    @CurrentOrg() organisation: OrganisationEntity,
    @Args('customerId', { type: () => ID, nullable: true }) customerId: string | null,
    @Args('staffId', { type: () => ID, nullable: true }) staffId: string | null,
    @Args('limit', { type: () => Int, defaultValue: 100 }) limit: number,
  ): Promise<ContactReveal[]> {
    return this.service.list(organisation.id, { customerId, staffId, limit: Math.min(Math.max(limit, 1), 500) });
  }
}
