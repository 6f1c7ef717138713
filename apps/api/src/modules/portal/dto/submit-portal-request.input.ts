import { Field, ID, InputType } from '@nestjs/graphql';
import type { PreferredPeriod, ServiceType } from '@stardesk/domain';
import { PreferredPeriodEnum, ServiceTypeEnum } from '../../../core/graphql/domain-enums';

/** Every field nullable: the domain validator reports what is missing field by field, in zh-CN or en. */
@InputType({ description: 'A service request as a customer submits it on the portal' })
export class SubmitPortalRequestInput {
  @Field(() => ServiceTypeEnum, { nullable: true, description: 'REPAIR (default), INSTALLATION or MAINTENANCE' })
  serviceType?: ServiceType | null;

  @Field(() => String, { nullable: true })
  customerName?: string | null;

  @Field(() => String, { nullable: true })
  customerPhone?: string | null;

  @Field(() => String, { nullable: true })
  customerAddress?: string | null;

  @Field(() => ID, { nullable: true, description: 'The product model chosen from the list; or give serialNo' })
  productId?: string | null;

  @Field(() => String, { nullable: true, description: 'Serial number from the nameplate; names the product when it is registered' })
  serialNo?: string | null;

  @Field(() => String, { nullable: true })
  faultDescription?: string | null;

  @Field(() => String, { nullable: true, description: 'Preferred visit date YYYY-MM-DD, today to 30 days ahead' })
  preferredDate?: string | null;

  @Field(() => PreferredPeriodEnum, { nullable: true })
  preferredPeriod?: PreferredPeriod | null;

  @Field(() => ID, { nullable: true, description: 'Outlet the customer chose; the first active outlet otherwise' })
  outletId?: string | null;
}
