import { UseGuards } from '@nestjs/common';
import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import type { StaffRole } from '@stardesk/domain';
import { StaffRoleEnum } from '../../core/graphql/domain-enums';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { StaffMember } from './staff-member.model';
import { StaffService } from './staff.service';

@Resolver(() => StaffMember)
@UseGuards(OrgContextGuard)
export class StaffResolver {
  constructor(private readonly service: StaffService) {}

  @Query(() => [StaffMember], { description: 'Active staff, e.g. the technicians of an outlet to dispatch to' })
  staff(
    @CurrentOrg() organisation: OrganisationEntity,
    @Args('roles', { type: () => [StaffRoleEnum], nullable: true }) roles: StaffRole[] | null,
    @Args('outletId', { type: () => ID, nullable: true }) outletId: string | null,
  ): Promise<StaffMember[]> {
    return this.service.list(organisation.id, { roles, outletId });
  }
}
