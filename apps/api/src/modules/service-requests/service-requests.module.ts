import { Module } from '@nestjs/common';
import { ServiceRequestRepository } from './service-request.repository';
import { ServiceRequestsResolver } from './service-requests.resolver';
import { ServiceRequestsService } from './service-requests.service';

@Module({ providers: [ServiceRequestsResolver, ServiceRequestsService, ServiceRequestRepository] })
export class ServiceRequestsModule {}
