import { Module } from '@nestjs/common';
import { ServiceRequestsModule } from '../service-requests/service-requests.module';
import { VisitsRepository } from './visits.repository';
import { VisitsResolver } from './visits.resolver';
import { VisitsService } from './visits.service';

@Module({ imports: [ServiceRequestsModule], providers: [VisitsResolver, VisitsService, VisitsRepository], exports: [VisitsRepository] })
export class VisitsModule {}
