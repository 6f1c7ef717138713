import { AssessmentsModule } from './modules/assessments/assessments.module';
import { AssessmentsResolver } from './modules/assessments/assessments.resolver';
import { AmendmentsModule } from './modules/amendments/amendments.module';
import { AmendmentsResolver, ComplaintAmendmentsResolver, VisitAmendmentsResolver } from './modules/amendments/amendments.resolver';
import { DeliveriesModule } from './modules/deliveries/deliveries.module';
import { DeliveriesResolver } from './modules/deliveries/deliveries.resolver';
import { DeliveryRequestFieldsResolver } from './modules/deliveries/delivery-request-fields.resolver';
import { PeopleModule } from './modules/people/people.module';
import { QualificationsResolver } from './modules/people/qualifications.resolver';
import { StaffEvaluationsResolver } from './modules/people/staff-evaluations.resolver';
import { StaffPeopleFieldsResolver } from './modules/people/staff-people-fields.resolver';
import { TrainingsResolver } from './modules/people/trainings.resolver';
import { TakeBacksModule } from './modules/take-backs/take-backs.module';
import { TakeBacksResolver } from './modules/take-backs/take-backs.resolver';
import { WarrantyDecisionsModule } from './modules/warranty-decisions/warranty-decisions.module';
import { WarrantyDecisionsResolver } from './modules/warranty-decisions/warranty-decisions.resolver';
import { WarrantyRequestFieldsResolver } from './modules/warranty-decisions/warranty-request-fields.resolver';
import { AttachmentsModule } from './modules/attachments/attachments.module';
import { ServiceRequestAttachmentsResolver, VisitAttachmentsResolver } from './modules/attachments/attachment-fields.resolver';
import { AttachmentsResolver } from './modules/attachments/attachments.resolver';
import { ComplaintsModule } from './modules/complaints/complaints.module';
import { ComplaintFieldsResolver } from './modules/complaints/complaint-fields.resolver';
import { ComplaintLifecycleResolver } from './modules/complaints/complaint-lifecycle.resolver';
import { ComplaintsResolver } from './modules/complaints/complaints.resolver';
import { ImportsModule } from './modules/imports/imports.module';
import { ImportsResolver } from './modules/imports/imports.resolver';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { OrganisationsResolver } from './modules/organisations/organisations.resolver';
import { OutletsModule } from './modules/outlets/outlets.module';
import { OutletsResolver } from './modules/outlets/outlets.resolver';
import { ProductsModule } from './modules/products/products.module';
import { ProductsResolver } from './modules/products/products.resolver';
import { ReturnVisitFieldsResolver } from './modules/return-visits/return-visit-fields.resolver';
import { ReturnVisitsModule } from './modules/return-visits/return-visits.module';
import { ReturnVisitsResolver } from './modules/return-visits/return-visits.resolver';
import { ServiceRequestsModule } from './modules/service-requests/service-requests.module';
import { ServiceSheetsModule } from './modules/service-sheets/service-sheets.module';
import { ServiceRequestFieldsResolver } from './modules/service-requests/service-request-fields.resolver';
import { ServiceRequestLifecycleResolver } from './modules/service-requests/service-request-lifecycle.resolver';
import { ServiceRequestsResolver } from './modules/service-requests/service-requests.resolver';
import { SparePartsModule } from './modules/spare-parts/spare-parts.module';
import { SparePartsResolver } from './modules/spare-parts/spare-parts.resolver';
import { StaffModule } from './modules/staff/staff.module';
import { StaffResolver } from './modules/staff/staff.resolver';
import { PublicSurveysResolver } from './modules/surveys/public-surveys.resolver';
import { SurveysModule } from './modules/surveys/surveys.module';
import { SurveysResolver } from './modules/surveys/surveys.resolver';
import { VisitsModule } from './modules/visits/visits.module';
import { VisitsResolver } from './modules/visits/visits.resolver';
import { ServicePolicyModule } from './modules/service-policy/service-policy.module';
import { OrganisationSettingsResolver } from './modules/service-policy/organisation-settings.resolver';
import { ServiceCommitmentsResolver } from './modules/service-policy/service-commitments.resolver';
import { DeadlinesModule } from './modules/deadlines/deadlines.module';
import { RegionsModule } from './modules/regions/regions.module';
import { RegionsResolver } from './modules/regions/regions.resolver';
import { CustomersModule } from './modules/customers/customers.module';
import { CustomersResolver } from './modules/customers/customers.resolver';
import { ProductUnitsModule } from './modules/product-units/product-units.module';
import { ProductUnitsResolver } from './modules/product-units/product-units.resolver';
import { PortalModule } from './modules/portal/portal.module';
import { PortalResolver } from './modules/portal/portal.resolver';
import { RequestDeadlinesResolver } from './modules/deadlines/request-deadlines.resolver';
import { QualityRegistersModule } from './modules/quality-registers/quality-registers.module';
import { ControlledDocumentsResolver } from './modules/quality-registers/controlled-documents.resolver';
import { CorrectiveActionsResolver } from './modules/quality-registers/corrective-actions.resolver';
import { InternalAuditsResolver } from './modules/quality-registers/internal-audits.resolver';
import { ManagementReviewsResolver } from './modules/quality-registers/management-reviews.resolver';
import { ChangeNotificationsResolver } from './modules/quality-registers/change-notifications.resolver';
import { EnterpriseProfileResolver } from './modules/quality-registers/enterprise-profile.resolver';
import { KpiModule } from './modules/kpi/kpi.module';
import { KpiResolver } from './modules/kpi/kpi.resolver';
import { AuthResolver } from './modules/auth/auth.resolver';
import { PiiModule } from './modules/pii/pii.module';
import { ContactRevealsResolver } from './modules/pii/contact-reveals.resolver';
import { EvidencePackagesModule } from './modules/evidence-packages/evidence-packages.module';
import { EvidencePackagesResolver } from './modules/evidence-packages/evidence-packages.resolver';

/** The business features; the schema generator builds the committed schema.gql from their resolvers. */
export const FEATURE_MODULES = [
  OrganisationsModule,
  OutletsModule,
  ProductsModule,
  StaffModule,
  ServiceRequestsModule,
  SparePartsModule,
  VisitsModule,
  SurveysModule,
  ReturnVisitsModule,
  ComplaintsModule,
  AmendmentsModule,
  ServicePolicyModule,
  DeadlinesModule,
  RegionsModule,
  CustomersModule,
  ProductUnitsModule,
  DeliveriesModule,
  WarrantyDecisionsModule,
  TakeBacksModule,
  PeopleModule,
  AttachmentsModule,
  ServiceSheetsModule,
  ImportsModule,
  AssessmentsModule,
  QualityRegistersModule,
  PortalModule,
  KpiModule,
  PiiModule,
  EvidencePackagesModule,
];

export const RESOLVERS = [
  OrganisationsResolver,
  OutletsResolver,
  ProductsResolver,
  StaffResolver,
  ServiceRequestsResolver,
  ServiceRequestFieldsResolver,
  ServiceRequestLifecycleResolver,
  SparePartsResolver,
  VisitsResolver,
  SurveysResolver,
  PublicSurveysResolver,
  ReturnVisitsResolver,
  ReturnVisitFieldsResolver,
  ComplaintsResolver,
  ComplaintFieldsResolver,
  ComplaintLifecycleResolver,
  OrganisationSettingsResolver,
  ServiceCommitmentsResolver,
  RequestDeadlinesResolver,
  RegionsResolver,
  CustomersResolver,
  ProductUnitsResolver,
  AmendmentsResolver,
  ComplaintAmendmentsResolver,
  VisitAmendmentsResolver,
  DeliveriesResolver,
  DeliveryRequestFieldsResolver,
  WarrantyDecisionsResolver,
  WarrantyRequestFieldsResolver,
  TakeBacksResolver,
  QualificationsResolver,
  TrainingsResolver,
  StaffEvaluationsResolver,
  StaffPeopleFieldsResolver,
  AttachmentsResolver,
  ServiceRequestAttachmentsResolver,
  VisitAttachmentsResolver,
  ImportsResolver,
  AssessmentsResolver,
  ControlledDocumentsResolver,
  CorrectiveActionsResolver,
  InternalAuditsResolver,
  ManagementReviewsResolver,
  ChangeNotificationsResolver,
  EnterpriseProfileResolver,
  PortalResolver,
  KpiResolver,
  AuthResolver,
  ContactRevealsResolver,
  EvidencePackagesResolver,
];
