import 'reflect-metadata';
import { Command } from 'commander';
import { registerDbCommands } from './commands/db.command';
import { registerOrgCommands } from './commands/org.command';
import { registerSeedCommand } from './commands/seed.command';
import { reportFailure } from './output';

const program = new Command()
  .name('stardesk')
  .description('StarDesk command line: database, demo data and organisations')
  .showHelpAfterError();

registerDbCommands(program);
registerSeedCommand(program);
registerOrgCommands(program);

program.parseAsync(process.argv).then(
  () => process.exit(0),
  (error: unknown) => process.exit(reportFailure(error)),
);
