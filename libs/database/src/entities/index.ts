import { AmendmentEntity } from './amendment.entity';
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
import { OrganisationSettingsEntity } from './organisation-settings.entity';
import { CalendarDayEntity } from './calendar-day.entity';
import { OutletTargetsEntity } from './outlet-targets.entity';
import { ServiceCommitmentEntity } from './service-commitment.entity';
import { DeliveryEntity } from './delivery.entity';
import { WarrantyDecisionEntity } from './warranty-decision.entity';
import { TakeBackEntity } from './take-back.entity';
import { QualificationEntity } from './qualification.entity';
import { TrainingEntity } from './training.entity';
import { TrainingAttendanceEntity } from './training-attendance.entity';
import { StaffEvaluationEntity } from './staff-evaluation.entity';
import { AttachmentEntity } from './attachment.entity';
import { IndicatorCatalogVersionEntity } from './indicator-catalog-version.entity';
import { AssessmentEntity } from './assessment.entity';
import { ControlledDocumentEntity } from './controlled-document.entity';
import { CorrectiveActionEntity } from './corrective-action.entity';
import { InternalAuditEntity } from './internal-audit.entity';
import { AuditFindingEntity } from './audit-finding.entity';
import { ManagementReviewEntity } from './management-review.entity';
import { ChangeNotificationEntity } from './change-notification.entity';
import { EnterpriseProfileEntity } from './enterprise-profile.entity';
import { KpiRequestFactEntity } from './kpi-request-fact.entity';
import { UserAccountEntity } from './user-account.entity';
import { AuthSessionEntity } from './auth-session.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { PiiRevealEntity } from './pii-reveal.entity';
import { EvidencePackageEntity } from './evidence-package.entity';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditChainHeadEntity } from './audit-chain-head.entity';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { KpiDailyRollupEntity, KpiRollupPolicyEntity } from './kpi-daily-rollup.entity';
import { KpiDurationHistogramEntity } from './kpi-duration-histogram.entity';

export {
  KpiRequestFactEntity,
  KpiDailyRollupEntity,
  KpiRollupPolicyEntity,
  KpiDurationHistogramEntity,
  AmendmentEntity,
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
  OrganisationSettingsEntity,
  CalendarDayEntity,
  OutletTargetsEntity,
  ServiceCommitmentEntity,
  DeliveryEntity,
  WarrantyDecisionEntity,
  TakeBackEntity,
  QualificationEntity,
  TrainingEntity,
  TrainingAttendanceEntity,
  StaffEvaluationEntity,
  AttachmentEntity,
  IndicatorCatalogVersionEntity,
  AssessmentEntity,
  ControlledDocumentEntity,
  CorrectiveActionEntity,
  InternalAuditEntity,
  AuditFindingEntity,
  ManagementReviewEntity,
  ChangeNotificationEntity,
  EnterpriseProfileEntity,
  UserAccountEntity,
  AuthSessionEntity,
  RefreshTokenEntity,
  PiiRevealEntity,
  EvidencePackageEntity,
  AuditEntryEntity,
  AuditChainHeadEntity,
  IdempotencyKeyEntity,
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
  OrganisationSettingsEntity,
  CalendarDayEntity,
  OutletTargetsEntity,
  ServiceCommitmentEntity,
  AmendmentEntity,
  DeliveryEntity,
  WarrantyDecisionEntity,
  TakeBackEntity,
  QualificationEntity,
  TrainingEntity,
  TrainingAttendanceEntity,
  StaffEvaluationEntity,
  AttachmentEntity,
  IndicatorCatalogVersionEntity,
  AssessmentEntity,
  ControlledDocumentEntity,
  CorrectiveActionEntity,
  InternalAuditEntity,
  AuditFindingEntity,
  ManagementReviewEntity,
  ChangeNotificationEntity,
  EnterpriseProfileEntity,
  KpiRequestFactEntity,
  UserAccountEntity,
  AuthSessionEntity,
  RefreshTokenEntity,
  PiiRevealEntity,
  EvidencePackageEntity,
  AuditEntryEntity,
  AuditChainHeadEntity,
  IdempotencyKeyEntity,
  KpiDailyRollupEntity,
  KpiDurationHistogramEntity,
  KpiRollupPolicyEntity,
];
