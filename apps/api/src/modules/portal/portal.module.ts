import { Module } from '@nestjs/common';
import { ServiceRequestsModule } from '../service-requests/service-requests.module';
import { PortalRequestRepository } from './portal-request.repository';
import { PortalResolver } from './portal.resolver';
import { PortalService } from './portal.service';
import { PortalThrottle } from './portal-throttle';
import { NoPublishedDocuments, PUBLISHED_DOCUMENTS } from './published-documents.port';

@Module({
  imports: [ServiceRequestsModule],
  providers: [
    PortalResolver,
    PortalService,
    PortalRequestRepository,
    PortalThrottle,
    // Wired to the controlled-document register at merge (see published-documents.port.ts).
    { provide: PUBLISHED_DOCUMENTS, useClass: NoPublishedDocuments },
  ],
})
export class PortalModule {}
