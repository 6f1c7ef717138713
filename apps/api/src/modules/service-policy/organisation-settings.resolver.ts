import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { TARGET_KEYS, resolveTargets } from '@stardesk/domain';
import type { GraphqlContext } from '../../core/graphql/graphql-context';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { SetCalendarDaysInput } from './dto/set-calendar-days.input';
import { SetOutletTargetsInput } from './dto/set-outlet-targets.input';
import { UpdateOrganisationSettingsInput } from './dto/update-organisation-settings.input';
import { OrganisationSettings } from './organisation-settings.model';
import { OrganisationSettingsService } from './organisation-settings.service';
import { targetInForceModel } from './service-commitments.service';
import { forgetServicePolicy, servicePolicyOf } from './service-policy.loader';
import { ServicePolicyRepository, type StoredCommitment } from './service-policy.repository';
import { TargetInForce } from './target-in-force.model';
import { CalendarDay } from './working-calendar.model';
import { Allow, ROLES } from '../../core/auth/access.decorators';

@Resolver(() => OrganisationSettings)
@UseGuards(OrgContextGuard)
export class OrganisationSettingsResolver {
  constructor(
    private readonly service: OrganisationSettingsService,
    private readonly repository: ServicePolicyRepository,
  ) {}

  @Allow(...ROLES.ANY)
  @Query(() => OrganisationSettings)
  organisationSettings(@CurrentOrg() organisation: OrganisationEntity): Promise<OrganisationSettings> {
    return this.service.get(organisation.id);
  }

  @ResolveField(() => [TargetInForce], { description: 'Every target as it applies at `at` (default now) to `outletId` (default the organisation), with its source' })
  async targetsInForce(
    @Context() context: GraphqlContext,
    @Args('outletId', { type: () => ID, nullable: true }) outletId: string | null,
    @Args('at', { type: () => Date, nullable: true }) at: Date | null,
  ): Promise<TargetInForce[]> {
    const policy = await servicePolicyOf(context, this.repository);
    const now = new Date();
    const { inForce } = resolveTargets(policy.targets, outletId, at ?? now);
    return TARGET_KEYS.map((key) => targetInForceModel(inForce[key], policy.targets.commitments as StoredCommitment[], now));
  }

  @Allow(...ROLES.ANY)
  @Query(() => [CalendarDay], { description: 'Public holidays and make-up working days (调休), of one year or all' })
  calendarDays(@CurrentOrg() organisation: OrganisationEntity, @Args('year', { type: () => Int, nullable: true }) year: number | null): Promise<CalendarDay[]> {
    return this.repository.calendarDays(organisation.id, year);
  }

  @Allow(...ROLES.ADMIN)
  @Mutation(() => OrganisationSettings, { description: 'Time zone, targets and working calendar of the organisation' })
  async updateOrganisationSettings(
    @CurrentOrg() organisation: OrganisationEntity,
    @Args('input') input: UpdateOrganisationSettingsInput,
    @Context() context: GraphqlContext,
  ): Promise<OrganisationSettings> {
    const settings = await this.service.update(organisation, input);
    forgetServicePolicy(context);
    return settings;
  }

  @Allow(...ROLES.ADMIN)
  @Mutation(() => OrganisationSettings, { description: 'Replace the target overrides of one outlet' })
  async setOutletTargets(
    @CurrentOrg() organisation: OrganisationEntity,
    @Args('input') input: SetOutletTargetsInput,
    @Context() context: GraphqlContext,
  ): Promise<OrganisationSettings> {
    const settings = await this.service.setOutletTargets(organisation, input);
    forgetServicePolicy(context);
    return settings;
  }

  @Allow(...ROLES.ADMIN)
  @Mutation(() => OrganisationSettings, { description: 'Replace the holidays and make-up working days of one year' })
  async setCalendarDays(
    @CurrentOrg() organisation: OrganisationEntity,
    @Args('input') input: SetCalendarDaysInput,
    @Context() context: GraphqlContext,
  ): Promise<OrganisationSettings> {
    const settings = await this.service.setCalendarDays(organisation, input);
    forgetServicePolicy(context);
    return settings;
  }
}
