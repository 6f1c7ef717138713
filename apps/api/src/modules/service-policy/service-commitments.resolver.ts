import { UseGuards } from '@nestjs/common';
import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import type { TargetKey } from '@stardesk/domain';
import { TargetKeyEnum } from '../../core/graphql/domain-enums';
import type { GraphqlContext } from '../../core/graphql/graphql-context';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { CreateServiceCommitmentInput } from './dto/create-service-commitment.input';
import { ServiceCommitment } from './service-commitment.model';
import { ServiceCommitmentsService } from './service-commitments.service';
import { forgetServicePolicy } from './service-policy.loader';
import { Allow, ROLES } from '../../core/auth/access.decorators';

@Resolver(() => ServiceCommitment)
@UseGuards(OrgContextGuard)
export class ServiceCommitmentsResolver {
  constructor(private readonly service: ServiceCommitmentsService) {}

  @Allow(...ROLES.ANY)
  @Query(() => [ServiceCommitment], { description: 'Every version of every commitment, by code, newest version first' })
  serviceCommitments(
    @CurrentOrg() organisation: OrganisationEntity,
    @Args('code', { type: () => String, nullable: true }) code: string | null,
    @Args('targetKey', { type: () => TargetKeyEnum, nullable: true }) targetKey: TargetKey | null,
  ): Promise<ServiceCommitment[]> {
    return this.service.list(organisation.id, { code, targetKey });
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => ServiceCommitment, { description: 'Write a new version of a commitment (a draft until approved)' })
  createServiceCommitment(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CreateServiceCommitmentInput): Promise<ServiceCommitment> {
    return this.service.create(organisation.id, input);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => ServiceCommitment, { description: 'Approve a version: from its effective date it sets its target' })
  async approveServiceCommitment(
    @CurrentOrg() organisation: OrganisationEntity,
    @Args('id', { type: () => ID }) id: string,
    @Context() context: GraphqlContext,
  ): Promise<ServiceCommitment> {
    const commitment = await this.service.approve(organisation.id, id);
    forgetServicePolicy(context);
    return commitment;
  }
}
