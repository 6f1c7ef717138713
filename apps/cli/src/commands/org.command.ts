import { createOrganisation, migrate } from '@stardesk/database';
import type { Command } from 'commander';
import { withDatabase } from '../with-database';

export function registerOrgCommands(program: Command): void {
  const org = program.command('org').description('Organisations (tenants)');

  org
    .command('create')
    .description('Create an organisation')
    .requiredOption('--code <code>', 'short unique code, e.g. ACME')
    .requiredOption('--name <name>', 'legal name, e.g. 某某电器有限公司')
    .option('--tz <zone>', 'IANA time zone for periods and reports', 'Asia/Shanghai')
    .option('--credit-code <code>', 'unified social credit code (统一社会信用代码)')
    .action(async (options: { code: string; name: string; tz: string; creditCode?: string }) => {
      await withDatabase(async (database) => {
        await migrate(database.dataSource);
        const organisation = await createOrganisation(database.dataSource, {
          code: options.code,
          name: options.name,
          timeZone: options.tz,
          creditCode: options.creditCode ?? null,
        });
        console.log(`Created organisation ${organisation.code} (${organisation.name}, ${organisation.timeZone}), id ${organisation.id}`);
      });
    });
}
