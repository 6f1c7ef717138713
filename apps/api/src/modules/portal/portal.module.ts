import { Module } from '@nestjs/common';
import { ServiceRequestsModule } from '../service-requests/service-requests.module';
import { PortalRequestRepository } from './portal-request.repository';
import { PortalResolver } from './portal.resolver';
import { PortalService } from './portal.service';
import { PortalThrottle } from './portal-throttle';
import { PortalDocumentsController } from './portal-documents.controller';
import { PUBLISHED_DOCUMENTS } from './published-documents.port';
import { RegisterPublishedDocuments } from './register-published-documents';
import { QualityRegistersModule } from '../quality-registers/quality-registers.module';

@Module({
  imports: [ServiceRequestsModule, QualityRegistersModule],
  controllers: [PortalDocumentsController],
  providers: [
    PortalResolver,
    PortalService,
    PortalRequestRepository,
    PortalThrottle,
    { provide: PUBLISHED_DOCUMENTS, useClass: RegisterPublishedDocuments },
  ],
})
export class PortalModule {}
