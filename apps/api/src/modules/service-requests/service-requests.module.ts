import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module';
import { ReturnVisitSchedulingModule } from '../return-visits/return-visit-scheduling.module';
import { RequestReferencesRepository } from './request-references.repository';
import { ServiceRequestFieldsResolver } from './service-request-fields.resolver';
import { ServiceRequestLifecycleResolver } from './service-request-lifecycle.resolver';
import { ServiceRequestLifecycleService } from './service-request-lifecycle.service';
import { ServiceRequestRepository } from './service-request.repository';
import { ServiceRequestsResolver } from './service-requests.resolver';
import { ServiceRequestsService } from './service-requests.service';

@Module({
  imports: [ReturnVisitSchedulingModule, CustomersModule],
  providers: [
    ServiceRequestsResolver,
    ServiceRequestFieldsResolver,
    ServiceRequestLifecycleResolver,
    ServiceRequestsService,
    ServiceRequestLifecycleService,
    ServiceRequestRepository,
    RequestReferencesRepository,
  ],
  exports: [ServiceRequestsService, ServiceRequestLifecycleService, ServiceRequestRepository, RequestReferencesRepository],
})
export class ServiceRequestsModule {}
