import { Module } from '@nestjs/common';
import { ServicePolicyModule } from '../service-policy/service-policy.module';
import { FirstArrivalsRepository } from './first-arrivals.repository';
import { RequestDeadlinesResolver } from './request-deadlines.resolver';

@Module({ imports: [ServicePolicyModule], providers: [RequestDeadlinesResolver, FirstArrivalsRepository] })
export class DeadlinesModule {}
