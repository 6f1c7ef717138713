import { Module } from '@nestjs/common';
import { ServicePolicyModule } from '../service-policy/service-policy.module';
import { ReturnVisitScheduler } from './return-visit-scheduler.service';
import { SatisfactionSettingsService } from './satisfaction-settings.service';

/**
 * What the request lifecycle needs of return visits, without resolvers: kept apart from
 * ReturnVisitsModule so that service requests can depend on it without a dependency cycle.
 */
@Module({
  imports: [ServicePolicyModule],
  providers: [ReturnVisitScheduler, SatisfactionSettingsService], exports: [ReturnVisitScheduler, SatisfactionSettingsService],
})
export class ReturnVisitSchedulingModule {}
