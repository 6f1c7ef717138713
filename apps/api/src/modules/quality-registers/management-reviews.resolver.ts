import { UseGuards } from '@nestjs/common';
import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import type { Page } from '../../core/pagination/connection.model';
import { CreateManagementReviewInput, ManagementReviewsArgs, UpdateManagementReviewInput } from './dto/management-review.input';
import { ManagementReview, ManagementReviewConnection } from './management-review.model';
import { ManagementReviewsService } from './management-reviews.service';
import { Allow, ROLES } from '../../core/auth/access.decorators';

@Allow(...ROLES.OVERSIGHT)
@Resolver(() => ManagementReview)
@UseGuards(OrgContextGuard)
export class ManagementReviewsResolver {
  constructor(private readonly service: ManagementReviewsService) {}

  @Query(() => ManagementReviewConnection, { description: 'Management reviews, latest first' })
  managementReviews(@CurrentOrg() organisation: OrganisationEntity, @Args() args: ManagementReviewsArgs): Promise<Page<ManagementReview>> {
    return this.service.list(organisation, args);
  }

  @Query(() => ManagementReview)
  managementReview(@CurrentOrg() organisation: OrganisationEntity, @Args('id', { type: () => ID }) id: string): Promise<ManagementReview> {
    return this.service.byId(organisation, id);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => ManagementReview)
  createManagementReview(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CreateManagementReviewInput): Promise<ManagementReview> {
    return this.service.create(organisation, input);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => ManagementReview)
  updateManagementReview(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: UpdateManagementReviewInput): Promise<ManagementReview> {
    return this.service.update(organisation, input);
  }
}
