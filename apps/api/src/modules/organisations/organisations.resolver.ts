import { Query, Resolver } from '@nestjs/graphql';
import { UseGuards } from '@nestjs/common';
import type { OrganisationEntity } from '@stardesk/database';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { Organisation } from './organisation.model';
import { Allow, ROLES } from '../../core/auth/access.decorators';

const toModel = ({ id, code, name, timeZone }: OrganisationEntity): Organisation => ({ id, code, name, timeZone });

@Resolver(() => Organisation)
export class OrganisationsResolver {
  /** The organisations the signed-in user can work in: their own (organisations never see each other). */
  @Allow(...ROLES.ANY)
  @Query(() => [Organisation])
  @UseGuards(OrgContextGuard)
  organisations(@CurrentOrg() organisation: OrganisationEntity): Organisation[] {
    return [toModel(organisation)];
  }

  @Allow(...ROLES.ANY)
  @Query(() => Organisation)
  @UseGuards(OrgContextGuard)
  currentOrganisation(@CurrentOrg() organisation: OrganisationEntity): Organisation {
    return toModel(organisation);
  }
}
