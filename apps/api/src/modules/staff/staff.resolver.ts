import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import type { StaffRole } from '@stardesk/domain';
import { StaffRoleEnum } from '../../core/graphql/domain-enums';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { CreateStaffInput, UpdateStaffInput } from './dto/staff.input';
import { StaffMember } from './staff-member.model';
import { StaffService } from './staff.service';
import { Allow, ROLES } from '../../core/auth/access.decorators';
import { CurrentPrincipal } from '../../core/auth/current-principal.decorator';
import type { Principal } from '../../core/auth/principal';

@Resolver(() => StaffMember)
@UseGuards(OrgContextGuard)
export class StaffResolver {
  constructor(private readonly service: StaffService) {}

  @Allow(...ROLES.ANY)
  @Query(() => [StaffMember], { description: 'Active staff (unless includeInactive), e.g. the technicians of an outlet to dispatch to' })
  staff(
    @CurrentOrg() organisation: OrganisationEntity,
    @Args('roles', { type: () => [StaffRoleEnum], nullable: true }) roles: StaffRole[] | null,
    @Args('outletId', { type: () => ID, nullable: true }) outletId: string | null,
    @Args('search', { type: () => String, nullable: true, description: 'Part of the login or name' }) search: string | null,
    @Args('includeInactive', { type: () => Boolean, defaultValue: false }) includeInactive: boolean,
  ): Promise<StaffMember[]> {
    return this.service.list(organisation.id, { roles, outletId, search, activeOnly: !includeInactive });
  }

  @Allow(...ROLES.ADMIN)
  @Mutation(() => StaffMember)
  createStaff(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CreateStaffInput): Promise<StaffMember> {
    return this.service.create(organisation.id, input);
  }

  @Allow(...ROLES.ADMIN)
  @Mutation(() => StaffMember, { description: 'Change role, outlets or details, or deactivate (never deleted; their sessions end). Nobody removes their own ADMIN role or deactivates themselves.' })
  updateStaff(
    @CurrentOrg() organisation: OrganisationEntity,
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: UpdateStaffInput,
  ): Promise<StaffMember> {
    return this.service.update(organisation.id, input, principal.staffId);
  }
}
