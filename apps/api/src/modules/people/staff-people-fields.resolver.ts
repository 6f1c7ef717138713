import { UseGuards } from '@nestjs/common';
import { Args, Context, Float, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ValidationFailed } from '@stardesk/domain';
import DataLoader from 'dataloader';
import { loaderFor, type GraphqlContext } from '../../core/graphql/graphql-context';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { StaffMember } from '../staff/staff-member.model';
import { localDateRangeErrors } from './people-filters.util';
import { Qualification } from './qualification.model';
import { QualificationsRepository } from './qualifications.repository';
import { TrainingsRepository } from './trainings.repository';

/** People records on the staff register, one query per field per GraphQL request. */
@Resolver(() => StaffMember)
@UseGuards(OrgContextGuard)
export class StaffPeopleFieldsResolver {
  constructor(
    private readonly qualificationRecords: QualificationsRepository,
    private readonly trainingRecords: TrainingsRepository,
  ) {}

  @ResolveField(() => [Qualification], { description: 'Certificates held, soonest expiry first (expired ones included)' })
  qualifications(@Parent() member: StaffMember, @Context() context: GraphqlContext): Promise<Qualification[]> {
    const orgId = context.req.organisation!.id;
    const loader = loaderFor(context, 'staffQualifications', () => new DataLoader<string, Qualification[]>(async (ids) => {
      const byStaff = await this.qualificationRecords.ofStaff(orgId, ids);
      return ids.map((id) => byStaff.get(id) ?? []);
    }));
    return loader.load(member.id);
  }

  @ResolveField(() => Float, { description: 'Training hours attended between two local dates YYYY-MM-DD (inclusive; either may be left open)' })
  trainingHours(
    @Parent() member: StaffMember,
    @Context() context: GraphqlContext,
    @Args('from', { type: () => String, nullable: true }) from: string | null,
    @Args('to', { type: () => String, nullable: true }) to: string | null,
  ): Promise<number> {
    const errors = localDateRangeErrors('from', from, 'to', to);
    if (errors.length) return Promise.reject(new ValidationFailed(errors));
    const orgId = context.req.organisation!.id;
    // One loader per range: every person asked for the same range is read in one query.
    const loader = loaderFor(context, `staffTrainingHours:${from ?? ''}:${to ?? ''}`, () => new DataLoader<string, number>(async (ids) => {
      const hours = await this.trainingRecords.hoursOf(orgId, ids, from, to);
      return ids.map((id) => hours.get(id) ?? 0);
    }));
    return loader.load(member.id);
  }
}
