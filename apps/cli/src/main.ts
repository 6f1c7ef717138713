import 'reflect-metadata';
import { runWithAuditContext } from '@stardesk/database';
import { Command } from 'commander';
import { registerAssessCommand } from './commands/assess.command';
import { userInfo } from 'node:os';
import { registerAuditCommands } from './commands/audit.command';
import { registerBackupCommands } from './commands/backup.command';
import { registerDbCommands } from './commands/db.command';
import { registerExportCommand } from './commands/export.command';
import { registerImportCommand } from './commands/import.command';
import { registerKpiCommand } from './commands/kpi.command';
import { registerOrgCommands } from './commands/org.command';
import { registerSeedCommand } from './commands/seed.command';
import { registerUserCommands } from './commands/user.command';
import { registerVerifyCommand } from './commands/verify.command';
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
registerAuditCommands(program);
registerBackupCommands(program);
registerVerifyCommand(program);

// Every write of a command is attributed in the audit trail to `cli:<OS user>` and the command line's
// command words (e.g. "import", "seed"), never its arguments (which may hold file names or secrets).
const commandWords = commandPath(process.argv.slice(2).filter((word) => !word.startsWith('-')));

function commandPath(words: string[]): string {
  const first = program.commands.find((command) => command.name() === words[0]);
  const second = first?.commands.find((command) => command.name() === words[1]);
  return [first?.name(), second?.name()].filter(Boolean).join(' ');
}
const cliActor = `cli:${safeUserName()}`;

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

runWithAuditContext({ actor: () => cliActor, operation: `cli ${commandWords}`.trim() }, () => program.parseAsync(process.argv)).then(
  () => process.exit(0),
  (error: unknown) => process.exit(reportFailure(error)),
);
