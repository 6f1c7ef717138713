import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { DISPOSAL_METHOD_LABELS } from '@stardesk/domain';
import type { GraphqlContext } from '../../core/graphql/graphql-context';
import type { Page } from '../../core/pagination/connection.model';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { RecordTakeBackInput } from './dto/record-take-back.input';
import { TakeBacksArgs } from './dto/take-backs.args';
import { TakeBack, TakeBackConnection } from './take-back.model';
import { TakeBacksService } from './take-backs.service';
import { Allow, ROLES } from '../../core/auth/access.decorators';
import { OutletScope } from '../../core/auth/outlet-scope';

@Resolver(() => TakeBack)
@UseGuards(OrgContextGuard)
export class TakeBacksResolver {
  constructor(private readonly service: TakeBacksService) {}

  @OutletScope({ list: 'filter.outletIds', records: { 'filter.requestId': 'request' } })
  @Allow(...ROLES.ANY)
  @Query(() => TakeBackConnection, { description: 'Take-backs of waste products (废弃商品回收), newest collection first' })
  takeBacks(@CurrentOrg() organisation: OrganisationEntity, @Args() args: TakeBacksArgs): Promise<Page<TakeBack>> {
    return this.service.list(organisation, args);
  }

  @OutletScope({ records: { 'input.outletId': 'outlet', 'input.requestId': 'request' } })
  @Allow(...ROLES.FIELD)
  @Mutation(() => TakeBack, { description: 'Record waste products collected and where they went' })
  recordTakeBack(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: RecordTakeBackInput): Promise<TakeBack> {
    return this.service.record(organisation, input);
  }

  @ResolveField(() => String)
  disposalMethodLabel(@Parent() takeBack: TakeBack, @Context() context: GraphqlContext): string {
    return DISPOSAL_METHOD_LABELS[takeBack.disposalMethod][context.locale];
  }
}
