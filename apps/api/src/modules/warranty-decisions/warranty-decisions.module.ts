import { Module } from '@nestjs/common';
import { ServiceRequestsModule } from '../service-requests/service-requests.module';
import { StaffModule } from '../staff/staff.module';
import { WarrantyDecisionsRepository } from './warranty-decisions.repository';
import { WarrantyDecisionsResolver } from './warranty-decisions.resolver';
import { WarrantyDecisionsService } from './warranty-decisions.service';
import { WarrantyRequestFieldsResolver } from './warranty-request-fields.resolver';

@Module({
  imports: [ServiceRequestsModule, StaffModule],
  providers: [WarrantyDecisionsResolver, WarrantyRequestFieldsResolver, WarrantyDecisionsService, WarrantyDecisionsRepository],
})
export class WarrantyDecisionsModule {}
