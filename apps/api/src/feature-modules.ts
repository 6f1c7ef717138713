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
  ImportsModule,
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
  ImportsResolver,
];
