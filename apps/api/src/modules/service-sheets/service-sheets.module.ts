import { Module } from '@nestjs/common';
import { AttachmentsModule } from '../attachments/attachments.module';
import { ServiceRequestsModule } from '../service-requests/service-requests.module';
import { VisitsModule } from '../visits/visits.module';
import { ServiceSheetController } from './service-sheet.controller';
import { ServiceSheetService } from './service-sheet.service';

@Module({
  imports: [ServiceRequestsModule, VisitsModule, AttachmentsModule],
  controllers: [ServiceSheetController],
  providers: [ServiceSheetService],
})
export class ServiceSheetsModule {}
