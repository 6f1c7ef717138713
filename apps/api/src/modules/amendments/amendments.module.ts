import { Module } from '@nestjs/common';
import { ServiceRequestsModule } from '../service-requests/service-requests.module';
import { AmendmentsResolver } from './amendments.resolver';
import { AmendmentsService } from './amendments.service';

@Module({ imports: [ServiceRequestsModule], providers: [AmendmentsResolver, AmendmentsService] })
export class AmendmentsModule {}
