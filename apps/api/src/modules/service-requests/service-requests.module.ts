import { Module } from '@nestjs/common';
import { ServiceRequestFieldsResolver } from './service-request-fields.resolver';
import { ServiceRequestLifecycleResolver } from './service-request-lifecycle.resolver';
import { ServiceRequestLifecycleService } from './service-request-lifecycle.service';
import { ServiceRequestRepository } from './service-request.repository';
import { ServiceRequestsResolver } from './service-requests.resolver';
import { ServiceRequestsService } from './service-requests.service';

@Module({
  providers: [
    ServiceRequestsResolver,
    ServiceRequestFieldsResolver,
    ServiceRequestLifecycleResolver,
    ServiceRequestsService,
    ServiceRequestLifecycleService,
    ServiceRequestRepository,
  ],
  exports: [ServiceRequestLifecycleService, ServiceRequestRepository],
})
export class ServiceRequestsModule {}
