import { Module } from '@nestjs/common';
import { ServiceRequestsModule } from '../service-requests/service-requests.module';
import { ComplaintsModule } from '../complaints/complaints.module';
import { VisitsModule } from '../visits/visits.module';
import { AmendmentsResolver, ComplaintAmendmentsResolver, VisitAmendmentsResolver } from './amendments.resolver';
import { AmendmentsService } from './amendments.service';

@Module({ imports: [ServiceRequestsModule, ComplaintsModule, VisitsModule], providers: [AmendmentsResolver, ComplaintAmendmentsResolver, VisitAmendmentsResolver, AmendmentsService] })
export class AmendmentsModule {}
