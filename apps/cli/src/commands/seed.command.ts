import { migrate, seedDemo } from '@stardesk/database';
import { InvalidArgumentError, type Command } from 'commander';
import { withDatabase } from '../with-database';

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('must be a positive integer');
  return number;
}

export function registerSeedCommand(program: Command): void {
  program
    .command('seed')
    .description('Re-create the demo organisation (DEMO) with about 12 months of service history')
    .option('--requests <n>', 'requests in the year of history', positiveInteger, 6000)
    .option('--seed <s>', 'random seed (the same seed gives the same data)', positiveInteger, 27922)
    .action(async (options: { requests: number; seed: number }) => {
      await withDatabase(async (database) => {
        await migrate(database.dataSource);
        const startedAt = Date.now();
        const summary = await seedDemo(database.dataSource, { requests: options.requests, seed: options.seed });
        console.log(
          `Seeded ${summary.organisationCode}: ${summary.outlets} outlets, ${summary.staff} staff, ` +
            `${summary.customers} customers, ${summary.requests} requests, ${summary.events} events, ${summary.visits} visits, ` +
            `${summary.complaints} complaints, ${summary.returnVisits} return visits ` +
            `in ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`,
        );
      });
    });
}
