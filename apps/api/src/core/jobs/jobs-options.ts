/** Settings of the background jobs (read from the environment by core/config/app-config.ts). */
export interface JobsOptions {
  /** STARDESK_JOBS: false keeps this process from scheduling and working jobs. */
  enabled: boolean;
  /** STARDESK_JOBS_CHECK_SECONDS: how often pg-boss checks for due schedules, 1–45 s. */
  checkIntervalSeconds: number;
  /** STARDESK_COMPLAINT_ESCALATION_CRON: when complaints past their deadlines are escalated. */
  complaintEscalationCron: string;
}

export const JOBS_OPTIONS = Symbol('JOBS_OPTIONS');

/** Used where no configuration is given (a server started without options schedules nothing). */
export const JOBS_DISABLED: JobsOptions = { enabled: false, checkIntervalSeconds: 30, complaintEscalationCron: '* * * * *' };
