import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import type { Page } from '../../core/pagination/connection.model';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { CreateStaffEvaluationInput } from './dto/create-staff-evaluation.input';
import { StaffEvaluationsArgs } from './dto/staff-evaluations.args';
import { StaffEvaluation, StaffEvaluationConnection } from './staff-evaluation.model';
import { StaffEvaluationsService } from './staff-evaluations.service';
import { Allow, ROLES } from '../../core/auth/access.decorators';

@Resolver(() => StaffEvaluation)
@UseGuards(OrgContextGuard)
export class StaffEvaluationsResolver {
  constructor(private readonly service: StaffEvaluationsService) {}

  @Allow(...ROLES.ANY)
  @Query(() => StaffEvaluationConnection, { description: 'Staff evaluations, latest period first' })
  staffEvaluations(@CurrentOrg() organisation: OrganisationEntity, @Args() args: StaffEvaluationsArgs): Promise<Page<StaffEvaluation>> {
    return this.service.list(organisation, args);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => StaffEvaluation, { description: 'Record an evaluation (考评) of one person for a period' })
  createStaffEvaluation(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CreateStaffEvaluationInput): Promise<StaffEvaluation> {
    return this.service.create(organisation, input);
  }
}
