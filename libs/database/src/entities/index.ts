import { CustomerEntity } from './customer.entity';
import { OrganisationEntity } from './organisation.entity';
import { OutletEntity } from './outlet.entity';
import { ProductUnitEntity } from './product-unit.entity';
import { ProductEntity } from './product.entity';
import { RegionEntity } from './region.entity';
import { ServiceRequestEventEntity } from './service-request-event.entity';
import { ServiceRequestEntity } from './service-request.entity';
import { StaffOutletEntity } from './staff-outlet.entity';
import { StaffEntity } from './staff.entity';
import { SparePartEntity } from './spare-part.entity';
import { PartStockEntity } from './part-stock.entity';
import { VisitEntity } from './visit.entity';
import { StockMovementEntity } from './stock-movement.entity';
import { SatisfactionSettingsEntity } from './satisfaction-settings.entity';
import { ReturnVisitEntity } from './return-visit.entity';
import { ReturnVisitAttemptEntity } from './return-visit-attempt.entity';
import { SurveyTemplateEntity } from './survey-template.entity';
import { SurveyInvitationEntity } from './survey-invitation.entity';
import { SurveyResponseEntity } from './survey-response.entity';
import { ComplaintEntity } from './complaint.entity';
import { ComplaintEventEntity } from './complaint-event.entity';
import { AttachmentEntity } from './attachment.entity';

export {
  CustomerEntity,
  OrganisationEntity,
  OutletEntity,
  ProductEntity,
  ProductUnitEntity,
  RegionEntity,
  ServiceRequestEntity,
  ServiceRequestEventEntity,
  StaffEntity,
  StaffOutletEntity,
  SparePartEntity,
  PartStockEntity,
  VisitEntity,
  StockMovementEntity,
  SatisfactionSettingsEntity,
  ReturnVisitEntity,
  ReturnVisitAttemptEntity,
  SurveyTemplateEntity,
  SurveyInvitationEntity,
  SurveyResponseEntity,
  ComplaintEntity,
  ComplaintEventEntity,
  AttachmentEntity,
};

export const ENTITIES = [
  OrganisationEntity,
  RegionEntity,
  OutletEntity,
  StaffEntity,
  StaffOutletEntity,
  CustomerEntity,
  ProductEntity,
  ProductUnitEntity,
  ServiceRequestEntity,
  ServiceRequestEventEntity,
  SparePartEntity,
  PartStockEntity,
  VisitEntity,
  StockMovementEntity,
  SatisfactionSettingsEntity,
  ReturnVisitEntity,
  ReturnVisitAttemptEntity,
  SurveyTemplateEntity,
  SurveyInvitationEntity,
  SurveyResponseEntity,
  ComplaintEntity,
  ComplaintEventEntity,
  AttachmentEntity,
];
