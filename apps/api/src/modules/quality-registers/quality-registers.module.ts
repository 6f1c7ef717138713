import { Module } from '@nestjs/common';
import { StaffModule } from '../staff/staff.module';
import { ChangeNotificationsResolver } from './change-notifications.resolver';
import { ChangeNotificationsService } from './change-notifications.service';
import { ControlledDocumentsRepository } from './controlled-documents.repository';
import { ControlledDocumentsResolver } from './controlled-documents.resolver';
import { ControlledDocumentsService } from './controlled-documents.service';
import { CorrectiveActionsRepository } from './corrective-actions.repository';
import { CorrectiveActionsResolver } from './corrective-actions.resolver';
import { CorrectiveActionsService } from './corrective-actions.service';
import { EnterpriseProfileResolver } from './enterprise-profile.resolver';
import { EnterpriseProfileService } from './enterprise-profile.service';
import { InternalAuditsResolver } from './internal-audits.resolver';
import { InternalAuditsService } from './internal-audits.service';
import { ManagementReviewsResolver } from './management-reviews.resolver';
import { ManagementReviewsService } from './management-reviews.service';

/**
 * Quality-management registers (gbt27922.md): controlled documents, corrective actions, internal
 * audits, management reviews, change notifications, enterprise profile. ControlledDocumentsService
 * is exported for the assessment engine (documentsInForce) and the customer portal (publishedDocuments).
 */
@Module({
  imports: [StaffModule],
  providers: [
    ControlledDocumentsResolver,
    ControlledDocumentsService,
    ControlledDocumentsRepository,
    CorrectiveActionsResolver,
    CorrectiveActionsService,
    CorrectiveActionsRepository,
    InternalAuditsResolver,
    InternalAuditsService,
    ManagementReviewsResolver,
    ManagementReviewsService,
    ChangeNotificationsResolver,
    ChangeNotificationsService,
    EnterpriseProfileResolver,
    EnterpriseProfileService,
  ],
  exports: [ControlledDocumentsService],
})
export class QualityRegistersModule {}
