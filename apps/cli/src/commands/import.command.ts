import {
  IMPORT_RECORD_TYPES,
  IMPORT_RECORD_TYPE_LABELS,
  formatImportProblem,
  isImportRecordType,
  type ImportRecordTypeName,
} from '@stardesk/domain';
import { fileSource, findImportOrganisation, importRecords, migrate, type ImportResult } from '@stardesk/database';
import { InvalidArgumentError, type Command } from 'commander';
import { CommandFailed, cliLocale } from '../output';
import { withDatabase } from '../with-database';

/** Exit status of a refused import: like invalid input elsewhere in the CLI. */
const REFUSED_EXIT_CODE = 2;

export function recordTypeOption(value: string): ImportRecordTypeName {
  if (!isImportRecordType(value)) throw new InvalidArgumentError(`one of ${IMPORT_RECORD_TYPES.join(', ')}`);
  return value;
}

const en = cliLocale === 'en';

function printAccepted(organisationCode: string, result: ImportResult, seconds: number): void {
  console.log(en ? `Imported into ${organisationCode} in ${seconds.toFixed(1)} s:` : `已导入到 ${organisationCode}（用时 ${seconds.toFixed(1)} 秒）：`);
  for (const { type, inserted, updated } of result.counts) {
    const label = IMPORT_RECORD_TYPE_LABELS[type][cliLocale];
    console.log(en ? `  ${label}: ${inserted} new, ${updated} updated` : `  ${label}：新增 ${inserted} 条，更新 ${updated} 条`);
  }
  if (result.counts.length === 0) console.log(en ? '  nothing (the files hold no rows)' : '  无（文件中没有数据行）');
  const created = Object.entries(result.created).filter(([, count]) => count > 0);
  if (created.length) {
    console.log((en ? '  also created: ' : '  同时新建：') + created.map(([what, count]) => `${what} ${count}`).join(', '));
  }
  for (const warning of result.problems) console.error(formatImportProblem(warning, cliLocale));
}

function printRefused(result: ImportResult): void {
  const errors = result.problems.filter((problem) => problem.severity === 'error').length;
  console.error(
    en ? `Import refused, nothing was written: ${errors} problem(s).` : `导入被拒绝，未写入任何数据：共 ${errors} 个问题。`,
  );
  for (const problem of result.problems) console.error(`  ${formatImportProblem(problem, cliLocale)}`);
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('Import historical records (import-format.md) all or nothing: CSV or XLSX, English or Chinese headers')
    .requiredOption('--org <code>', 'organisation code, e.g. ACME')
    .option('--update', 'overwrite records already imported with the same key instead of refusing them as duplicates', false)
    .option('--type <type>', `record type of every file instead of its name (${IMPORT_RECORD_TYPES.join(', ')})`, recordTypeOption)
    .argument('<files...>', 'files named like the record type: service_requests.csv, visits.xlsx, ...')
    .action(async (files: string[], options: { org: string; update: boolean; type?: ImportRecordTypeName }) => {
      await withDatabase(async (database) => {
        await migrate(database.dataSource);
        const organisation = await findImportOrganisation(database.dataSource.manager, options.org);
        if (!organisation) {
          console.error(en ? `Organisation ${options.org} does not exist` : `组织 ${options.org} 不存在`);
          throw new CommandFailed(1);
        }
        const startedAt = Date.now();
        const result = await importRecords(database.dataSource, organisation, files.map(fileSource), {
          update: options.update,
          type: options.type,
          onStep: process.env['STARDESK_DEBUG'] ? (step, ms) => console.error(`  ${step}: ${ms} ms`) : undefined,
        });
        if (!result.accepted) {
          printRefused(result);
          throw new CommandFailed(REFUSED_EXIT_CODE);
        }
        printAccepted(organisation.code, result, (Date.now() - startedAt) / 1000);
      });
    });
}
