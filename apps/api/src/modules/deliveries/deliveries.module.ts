import { Module } from '@nestjs/common';
import { ServiceRequestsModule } from '../service-requests/service-requests.module';
import { StaffModule } from '../staff/staff.module';
import { DeliveriesRepository } from './deliveries.repository';
import { DeliveriesResolver } from './deliveries.resolver';
import { DeliveriesService } from './deliveries.service';
import { DeliveryRequestFieldsResolver } from './delivery-request-fields.resolver';

@Module({
  imports: [ServiceRequestsModule, StaffModule],
  providers: [DeliveriesResolver, DeliveryRequestFieldsResolver, DeliveriesService, DeliveriesRepository],
})
export class DeliveriesModule {}
