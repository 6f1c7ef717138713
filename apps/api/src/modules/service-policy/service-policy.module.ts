import { Module } from '@nestjs/common';
import { OrganisationSettingsResolver } from './organisation-settings.resolver';
import { OrganisationSettingsService } from './organisation-settings.service';
import { ServiceCommitmentsResolver } from './service-commitments.resolver';
import { ServiceCommitmentsService } from './service-commitments.service';
import { ServicePolicyRepository } from './service-policy.repository';

/** Targets and how they are counted: organisation settings, outlet overrides, calendar, commitments. */
@Module({
  providers: [OrganisationSettingsResolver, OrganisationSettingsService, ServiceCommitmentsResolver, ServiceCommitmentsService, ServicePolicyRepository],
  exports: [ServicePolicyRepository],
})
export class ServicePolicyModule {}
