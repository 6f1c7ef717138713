import { Global, Module, type DynamicModule } from '@nestjs/common';
import { JobScheduler } from './job-scheduler';
import { JOBS_OPTIONS, type JobsOptions } from './jobs-options';

/** The pg-boss scheduler, available to every feature module that has recurring work. */
@Global()
@Module({})
export class JobsModule {
  static forRoot(options: JobsOptions): DynamicModule {
    return {
      module: JobsModule,
      providers: [{ provide: JOBS_OPTIONS, useValue: options }, JobScheduler],
      exports: [JobScheduler],
    };
  }
}
