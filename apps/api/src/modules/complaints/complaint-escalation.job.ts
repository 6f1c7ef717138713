import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobScheduler } from '../../core/jobs/job-scheduler';
import { ComplaintEscalationService } from './complaint-escalation.service';

export const COMPLAINT_ESCALATION_JOB = 'complaint-escalation';

/** Schedules the escalation of overdue complaints (every minute unless configured otherwise). */
@Injectable()
export class ComplaintEscalationJob implements OnModuleInit {
  constructor(
    private readonly scheduler: JobScheduler,
    private readonly escalation: ComplaintEscalationService,
  ) {}

  onModuleInit(): void {
    this.scheduler.recurring({
      name: COMPLAINT_ESCALATION_JOB,
      cron: this.scheduler.options.complaintEscalationCron,
      run: async () => ({ escalated: await this.escalation.escalateOverdue(new Date()) }),
    });
  }
}
