import { migrate } from '@stardesk/database';
import type { Command } from 'commander';
import { withDatabase } from '../with-database';

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('Database schema: migrate, reset');

  db.command('migrate')
    .description('Apply pending migrations')
    .action(async () => {
      await withDatabase(async (database) => {
        const applied = await migrate(database.dataSource);
        console.log(`${database.description}`);
        console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Schema is up to date.');
      });
    });

  db.command('reset')
    .description('Drop every table and rebuild the schema from the migrations (ALL DATA IS LOST)')
    .option('--yes', 'confirm that all data may be deleted')
    .action(async (options: { yes?: boolean }) => {
      if (!options.yes) {
        throw new Error('db reset deletes all data. Run again with --yes to confirm.');
      }
      await withDatabase(async (database) => {
        await database.dataSource.transaction(async (tx) => {
          await tx.query('DROP SCHEMA public CASCADE');
          await tx.query('CREATE SCHEMA public');
        });
        const applied = await migrate(database.dataSource);
        console.log(`Reset ${database.description}; applied ${applied.length} migration(s).`);
      });
    });
}
