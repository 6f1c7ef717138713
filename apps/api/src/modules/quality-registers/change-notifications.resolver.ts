import { UseGuards } from '@nestjs/common';
import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { OrganisationEntity } from '@stardesk/database';
import { CurrentOrg } from '../../core/org-context/current-org.decorator';
import { OrgContextGuard } from '../../core/org-context/org-context.guard';
import type { Page } from '../../core/pagination/connection.model';
import { ChangeNotification, ChangeNotificationConnection } from './change-notification.model';
import { ChangeNotificationsService } from './change-notifications.service';
import { ChangeNotificationsArgs, CreateChangeNotificationInput, RecordNotificationSentInput } from './dto/change-notification.input';
import { Allow, ROLES } from '../../core/auth/access.decorators';

@Allow(...ROLES.OVERSIGHT)
@Resolver(() => ChangeNotification)
@UseGuards(OrgContextGuard)
export class ChangeNotificationsResolver {
  constructor(private readonly service: ChangeNotificationsService) {}

  @Query(() => ChangeNotificationConnection, { description: 'Changes and events to notify to the certification body, latest first' })
  changeNotifications(@CurrentOrg() organisation: OrganisationEntity, @Args() args: ChangeNotificationsArgs): Promise<Page<ChangeNotification>> {
    return this.service.list(organisation, args);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => ChangeNotification, { description: 'Record a change or event; its deadline follows from its kind' })
  createChangeNotification(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: CreateChangeNotificationInput): Promise<ChangeNotification> {
    return this.service.create(organisation, input);
  }

  @Allow(...ROLES.MANAGEMENT)
  @Mutation(() => ChangeNotification, { description: 'The certification body was told (once)' })
  recordNotificationSent(@CurrentOrg() organisation: OrganisationEntity, @Args('input') input: RecordNotificationSentInput): Promise<ChangeNotification> {
    return this.service.recordSent(organisation, input);
  }
}
