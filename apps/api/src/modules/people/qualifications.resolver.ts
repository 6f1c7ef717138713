import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { CERTIFICATE_TYPE_LABELS, isQualificationValidOn, localDateOf } from '@stardesk/domain';
import type { GraphqlContext } from '../../core/graphql/graphql-context';
import type { Page } from '../../core/pagination/connection.model';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { CreateQualificationInput } from './dto/create-qualification.input';
import { QualificationsArgs } from './dto/qualifications.args';
import { Qualification, QualificationConnection } from './qualification.model';
import { QualificationsService } from './qualifications.service';
import { Allow, ROLES } from '../../core/auth/access.decorators';

@Resolver(() => Qualification)
@UseGuards(OrgContextGuard)
export class QualificationsResolver {
  constructor(private readonly service: QualificationsService) {}

  @Allow(...ROLES.ANY)
  @Query(() => QualificationConnection, { description: 'Certificates of the staff, soonest expiry first' })
  qualifications(@CurrentOrg() organisation: OrganisationEntity, @Args() args: QualificationsArgs): Promise<Page<Qualification>> {
    return this.service.list(organisation, args);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => Qualification, { description: 'Register a certificate held by a staff member (持证上岗)' })
  createQualification(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CreateQualificationInput): Promise<Qualification> {
    return this.service.create(organisation, input);
  }

  @ResolveField(() => String)
  certificateTypeLabel(@Parent() qualification: Qualification, @Context() context: GraphqlContext): string {
    return CERTIFICATE_TYPE_LABELS[qualification.certificateType][context.locale];
  }

  @ResolveField(() => Boolean, { description: 'Valid today where the organisation is' })
  validToday(@Parent() qualification: Qualification, @Context() context: GraphqlContext): boolean {
    return isQualificationValidOn(qualification, localDateOf(new Date(), context.req.organisation!.timeZone));
  }
}
