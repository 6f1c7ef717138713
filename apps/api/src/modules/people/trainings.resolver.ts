import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import type { Page } from '../../core/pagination/connection.model';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { CreateTrainingInput } from './dto/create-training.input';
import { TrainingsArgs } from './dto/trainings.args';
import { Training, TrainingConnection } from './training.model';
import { TrainingsService } from './trainings.service';
import { Allow, ROLES } from '../../core/auth/access.decorators';

@Resolver(() => Training)
@UseGuards(OrgContextGuard)
export class TrainingsResolver {
  constructor(private readonly service: TrainingsService) {}

  @Allow(...ROLES.ANY)
  @Query(() => TrainingConnection, { description: 'Trainings, latest first' })
  trainings(@CurrentOrg() organisation: OrganisationEntity, @Args() args: TrainingsArgs): Promise<Page<Training>> {
    return this.service.list(organisation, args);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => Training, { description: 'Record a training (培训) with its attendees and their assessment' })
  createTraining(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CreateTrainingInput): Promise<Training> {
    return this.service.create(organisation, input);
  }
}
