import { migrate, seedDemo } from '@stardesk/database';
import { InvalidArgumentError, type Command } from 'commander';
import { cliLocale } from '../output';
import { progressReporter } from '../progress';
import { withDatabase } from '../with-database';

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('must be a positive integer');
  return number;
}

export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('Re-create the demo organisation (DEMO, and DEMO-02… with --orgs) with about 12 months of service history, streamed with COPY')
    .option('--requests <n>', 'requests in the year of history', positiveInteger, 6000)
    .option('--seed <s>', 'random seed (the same seed gives the same data)', positiveInteger, 27922)
    .option('--orgs <k>', 'organisations sharing the requests', positiveInteger, 1)
    .option('--bulk', 'load with row triggers off, as pg_restore does (superuser only; the default above 100,000 requests)')
    .action(async (options: { requests: number; seed: number; orgs: number; bulk?: boolean }) => {
      await withDatabase(async (database) => {
        await migrate(database.dataSource);
        const startedAt = Date.now();
        const progress = progressReporter(cliLocale === 'en' ? 'Generating' : '生成中');
        const summary = await seedDemo(database.dataSource, { requests: options.requests, seed: options.seed, orgs: options.orgs, bulk: options.bulk, onProgress: progress.update });
        progress.end();
        console.log(
          `Seeded ${summary.organisations > 1 ? `${summary.organisations} organisations from ` : ''}${summary.organisationCode}: ${summary.outlets} outlets, ${summary.staff} staff, ` +
            `${summary.customers} customers, ${summary.requests} requests, ${summary.events} events, ${summary.visits} visits, ` +
            `${summary.complaints} complaints, ${summary.returnVisits} return visits ` +
            `in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`,
        );
        // Where a large seed's time went (the benchmark's summary line is the one above).
        console.error(`Steps (s): ${Object.entries(summary.seconds).map(([step, seconds]) => `${step} ${seconds}`).join(', ')}`);
      });
    });
}
