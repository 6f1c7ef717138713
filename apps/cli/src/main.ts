import 'reflect-metadata';
import { Command } from 'commander';
import { registerAssessCommand } from './commands/assess.command';
import { registerDbCommands } from './commands/db.command';
import { registerExportCommand } from './commands/export.command';
import { registerImportCommand } from './commands/import.command';
import { registerKpiCommand } from './commands/kpi.command';
import { registerOrgCommands } from './commands/org.command';
import { registerSeedCommand } from './commands/seed.command';
import { registerUserCommands } from './commands/user.command';
import { reportFailure } from './output';

const program = new Command()
  .name('stardesk')
  .description('StarDesk command line: database, demo data, organisations, users, import and export of records')
  .showHelpAfterError();

registerDbCommands(program);
registerSeedCommand(program);
registerOrgCommands(program);
registerUserCommands(program);
registerImportCommand(program);
registerExportCommand(program);
registerAssessCommand(program);
registerKpiCommand(program);

program.parseAsync(process.argv).then(
  () => process.exit(0),
  (error: unknown) => process.exit(reportFailure(error)),
);
