import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { JOBS_OPTIONS, type JobsOptions } from './jobs-options';

/** pg-boss keeps its queues in its own schema of the API's database: no extra server to run. */
export const JOBS_SCHEMA = 'pgboss';

const START_ATTEMPTS = 3;

export interface RecurringJob {
  /** Queue name, e.g. `complaint-escalation`. */
  name: string;
  /** Cron expression in UTC; pg-boss runs a schedule at most once a minute. */
  cron: string;
  /** The work; what it returns is kept as the job's output. It must tolerate overlapping runs. */
  run(): Promise<object | void>;
}

/**
 * Runs the recurring jobs that features register (in their `onModuleInit`) on pg-boss.
 *
 * Many API processes may share one database: pg-boss creates its schema under an advisory lock,
 * only one process per interval turns a due schedule into a job, and each job is fetched by exactly
 * one worker (SKIP LOCKED). Start-up does not wait for pg-boss, and a failure to start it is logged
 * rather than fatal: the API keeps serving and the work stays callable by hand. `app.close()` stops
 * the scheduler, waiting (bounded) for a job in progress.
 */
@Injectable()
export class JobScheduler implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly jobs: RecurringJob[] = [];
  private boss: PgBoss | null = null;
  private starting: Promise<void> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(JOBS_OPTIONS) readonly options: JobsOptions,
  ) {}

  recurring(job: RecurringJob): void {
    this.jobs.push(job);
  }

  onApplicationBootstrap(): void {
    if (!this.options.enabled || this.jobs.length === 0) {
      this.logger.log('background jobs are disabled in this process (STARDESK_JOBS=false)');
      return;
    }
    this.starting = this.start().catch((error: unknown) => {
      this.logger.error(`background jobs did not start; escalations wait until they do: ${(error as Error).stack ?? String(error)}`);
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.starting;
    await this.stopBoss();
  }

  /** A few attempts, so a database that is briefly unavailable does not leave the jobs off for good. */
  private async start(): Promise<void> {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.withSetupLock(() => this.startBoss());
        this.logger.log(`background jobs started: ${this.jobs.map((job) => `${job.name} (${job.cron})`).join(', ')}`);
        return;
      } catch (error) {
        await this.stopBoss().catch(() => undefined);
        if (attempt === START_ATTEMPTS) throw error;
        this.logger.warn(`background jobs did not start (attempt ${attempt} of ${START_ATTEMPTS}): ${(error as Error).message}`);
        await new Promise((resolve) => setTimeout(resolve, attempt * 1000));
      }
    }
  }

  /**
   * pg-boss creates each queue as a partition of its job table; two processes doing so at the same
   * moment (several API processes starting together on a fresh database) deadlock. A session-level
   * advisory lock lets one process at a time set up, and costs nothing once the queues exist.
   */
  private async withSetupLock(work: () => Promise<void>): Promise<void> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.query(`SELECT pg_advisory_lock(hashtext('stardesk.jobs.setup'))`);
      try {
        await work();
      } finally {
        await runner.query(`SELECT pg_advisory_unlock(hashtext('stardesk.jobs.setup'))`);
      }
    } finally {
      await runner.release();
    }
  }

  private async startBoss(): Promise<void> {
    const { url } = this.dataSource.options as { url?: string };
    if (!url) throw new Error('the database connection has no URL for pg-boss');
    const boss = new PgBoss({
      connectionString: url,
      schema: JOBS_SCHEMA,
      application_name: 'stardesk-jobs',
      max: 3,
      cronMonitorIntervalSeconds: this.options.checkIntervalSeconds,
      cronWorkerIntervalSeconds: Math.min(5, this.options.checkIntervalSeconds),
    });
    // Without a listener an 'error' event would end the process; pg-boss retries on its own.
    boss.on('error', (error) => this.logger.error(`pg-boss: ${error.message}`));
    this.boss = boss;
    await boss.start();
    for (const job of this.jobs) {
      if (!(await boss.getQueue(job.name))) {
        // 'stately': at most one run queued and one running, so a slow run never piles up others.
        await boss.createQueue(job.name, { name: job.name, policy: 'stately', retryLimit: 2, expireInSeconds: 15 * 60 });
      }
      await boss.work(job.name, { pollingIntervalSeconds: Math.min(2, this.options.checkIntervalSeconds) }, async () => {
        const startedAt = Date.now();
        const output = await job.run();
        this.logger.debug(`${job.name} done in ${Date.now() - startedAt} ms`);
        return output;
      });
      await boss.schedule(job.name, job.cron, {}, { tz: 'UTC' });
    }
  }

  private async stopBoss(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, wait: true, close: true, timeout: 10_000 });
  }
}
