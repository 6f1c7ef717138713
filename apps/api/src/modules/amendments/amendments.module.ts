import { Module } from '@nestjs/common';
import { ServiceRequestsModule } from '../service-requests/service-requests.module';
import { ComplaintsModule } from '../complaints/complaints.module';
import { AmendmentsResolver, ComplaintAmendmentsResolver } from './amendments.resolver';
import { AmendmentsService } from './amendments.service';

@Module({ imports: [ServiceRequestsModule, ComplaintsModule], providers: [AmendmentsResolver, ComplaintAmendmentsResolver, AmendmentsService] })
export class AmendmentsModule {}
