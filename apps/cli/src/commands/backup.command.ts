import { backupDatabase, migrate, restoreDatabase, type BackupSummary } from '@stardesk/database';
import type { Command } from 'commander';
import path from 'node:path';
import { cliLocale } from '../output';
import { withDatabase } from '../with-database';

function printSummary(summary: BackupSummary): void {
  const rows = summary.tables.reduce((total, table) => total + table.rows, 0);
  for (const table of summary.tables) console.log(`  ${table.table.padEnd(28)} ${String(table.rows).padStart(10)}  ${table.sha256}`);
  console.log(
    cliLocale === 'en'
      ? `${summary.tables.length} tables, ${rows} rows, schema ${summary.header.migrations.at(-1) ?? '-'}`
      : `${summary.tables.length} 张表，${rows} 行，架构版本 ${summary.header.migrations.at(-1) ?? '-'}`,
  );
}

export function registerBackupCommands(program: Command): void {
  program
    .command('backup <file>')
    .description('Write a consistent logical backup of the database (gzip, row counts and SHA-256 per table)')
    .action(async (file: string) => {
      const target = path.resolve(file);
      const summary = await withDatabase((database) => backupDatabase(database.dataSource, target));
      console.log(cliLocale === 'en' ? `Backup written to ${target}` : `备份已写入 ${target}`);
      printSummary(summary);
    });

  program
    .command('restore <file>')
    .description('Restore a backup into an empty database in one transaction (checks counts and checksums)')
    .option('--replace', 'overwrite a database that already holds data')
    .action(async (file: string, options: { replace?: boolean }) => {
      const source = path.resolve(file);
      const summary = await withDatabase(async (database) => {
        await migrate(database.dataSource);
        return restoreDatabase(database.dataSource, source, { replace: options.replace });
      });
      console.log(cliLocale === 'en' ? `Restored from ${source}` : `已从 ${source} 恢复`);
      printSummary(summary);
    });
}
