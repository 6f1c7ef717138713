import { OrganisationsModule } from './modules/organisations/organisations.module';
import { OrganisationsResolver } from './modules/organisations/organisations.resolver';
import { OutletsModule } from './modules/outlets/outlets.module';
import { OutletsResolver } from './modules/outlets/outlets.resolver';
import { ProductsModule } from './modules/products/products.module';
import { ProductsResolver } from './modules/products/products.resolver';
import { ServiceRequestsModule } from './modules/service-requests/service-requests.module';
import { ServiceRequestsResolver } from './modules/service-requests/service-requests.resolver';

/** The business features; the schema generator builds the committed schema.gql from their resolvers. */
export const FEATURE_MODULES = [OrganisationsModule, OutletsModule, ProductsModule, ServiceRequestsModule];

export const RESOLVERS = [OrganisationsResolver, OutletsResolver, ProductsResolver, ServiceRequestsResolver];
