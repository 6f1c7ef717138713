import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module';
import { ServicePolicyModule } from '../service-policy/service-policy.module';
import { ServiceRequestsModule } from '../service-requests/service-requests.module';
import { ComplaintEscalationJob } from './complaint-escalation.job';
import { ComplaintEscalationService } from './complaint-escalation.service';
import { ComplaintFieldsResolver } from './complaint-fields.resolver';
import { ComplaintLifecycleResolver } from './complaint-lifecycle.resolver';
import { ComplaintLifecycleService } from './complaint-lifecycle.service';
import { ComplaintRepository } from './complaint.repository';
import { ComplaintTargetsService } from './complaint-targets.service';
import { ComplaintsResolver } from './complaints.resolver';
import { ComplaintsService } from './complaints.service';

@Module({
  imports: [ServiceRequestsModule, ServicePolicyModule, CustomersModule],
  providers: [
    ComplaintsResolver,
    ComplaintFieldsResolver,
    ComplaintLifecycleResolver,
    ComplaintsService,
    ComplaintLifecycleService,
    ComplaintEscalationService,
    ComplaintEscalationJob,
    ComplaintRepository,
    ComplaintTargetsService,
  ],
  exports: [ComplaintEscalationService, ComplaintRepository],
})
export class ComplaintsModule {}
