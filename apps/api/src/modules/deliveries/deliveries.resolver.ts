import { UseGuards } from '@nestjs/common';
import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { ARRIVAL_CONDITION_LABELS, DELIVERY_KIND_LABELS, DELIVERY_PUNCTUALITY_LABELS, DELIVERY_STATUS_LABELS } from '@stardesk/domain';
import type { GraphqlContext } from '../../core/graphql/graphql-context';
import type { Page } from '../../core/pagination/connection.model';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import { Delivery, DeliveryConnection } from './delivery.model';
import { DeliveriesService } from './deliveries.service';
import { CompleteDeliveryInput } from './dto/complete-delivery.input';
import { DeliveriesArgs } from './dto/deliveries.args';
import { ScheduleDeliveryInput } from './dto/schedule-delivery.input';
import { Allow, ROLES } from '../../core/auth/access.decorators';
import { OutletScope } from '../../core/auth/outlet-scope';

@Resolver(() => Delivery)
@UseGuards(OrgContextGuard)
export class DeliveriesResolver {
  constructor(private readonly service: DeliveriesService) {}

  @OutletScope({ list: 'filter.outletIds', records: { 'filter.requestId': 'request' } })
  @Allow(...ROLES.ANY)
  @Query(() => DeliveryConnection, { description: 'Deliveries and installations, earliest window first' })
  deliveries(@CurrentOrg() organisation: OrganisationEntity, @Args() args: DeliveriesArgs): Promise<Page<Delivery>> {
    return this.service.list(organisation, args);
  }

  @OutletScope({ records: { 'input.requestId': 'request' } })
  @Allow(...ROLES.FIELD)
  @Mutation(() => Delivery, { description: 'Schedule a delivery or installation (配送 / 安装) in a window' })
  scheduleDelivery(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: ScheduleDeliveryInput): Promise<Delivery> {
    return this.service.schedule(organisation, input);
  }

  @OutletScope({ records: { 'input.id': 'delivery' } })
  @Allow(...ROLES.FIELD)
  @Mutation(() => Delivery, { description: 'Record the hand-over: done time, condition on arrival, signer' })
  completeDelivery(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CompleteDeliveryInput): Promise<Delivery> {
    return this.service.complete(organisation, input);
  }

  @ResolveField(() => String)
  kindLabel(@Parent() delivery: Delivery, @Context() context: GraphqlContext): string {
    return DELIVERY_KIND_LABELS[delivery.kind][context.locale];
  }

  @ResolveField(() => String)
  statusLabel(@Parent() delivery: Delivery, @Context() context: GraphqlContext): string {
    return DELIVERY_STATUS_LABELS[delivery.status][context.locale];
  }

  @ResolveField(() => String, { nullable: true })
  conditionLabel(@Parent() delivery: Delivery, @Context() context: GraphqlContext): string | null {
    return delivery.condition ? ARRIVAL_CONDITION_LABELS[delivery.condition][context.locale] : null;
  }

  @ResolveField(() => String, { nullable: true })
  punctualityLabel(@Parent() delivery: Delivery, @Context() context: GraphqlContext): string | null {
    return delivery.punctuality ? DELIVERY_PUNCTUALITY_LABELS[delivery.punctuality][context.locale] : null;
  }
}
