import { isValidLocalDate, type ImportRecordTypeName } from '@stardesk/domain';
import { exportRecords, findImportOrganisation, type ExportSink, type HeaderLanguage } from '@stardesk/database';
import { InvalidArgumentError, type Command } from 'commander';
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { CommandFailed, cliLocale } from '../output';
import { withDatabase } from '../with-database';
import { recordTypeOption } from './import.command';

function localDate(value: string): string {
  if (!isValidLocalDate(value)) throw new InvalidArgumentError('a date written YYYY-MM-DD');
  return value;
}

function headerLanguage(value: string): HeaderLanguage {
  if (value !== 'en' && value !== 'zh') throw new InvalidArgumentError('en or zh');
  return value;
}

/** A sink on a file or standard output that waits when the stream's buffer is full. */
function streamSink(stream: NodeJS.WritableStream | WriteStream): ExportSink {
  return {
    async write(text) {
      if (!stream.write(text)) await once(stream, 'drain');
    },
  };
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('Export records as CSV in their import layout (UTF-8 with BOM), a period at a time')
    .requiredOption('--org <code>', 'organisation code, e.g. ACME')
    .requiredOption('--type <type>', 'record type: service_requests, visits, complaints, return_visits, staff, outlets, qualifications, trainings', recordTypeOption)
    .option('--from <date>', 'first day (local, YYYY-MM-DD); visits and return visits follow their request’s report date', localDate)
    .option('--to <date>', 'last day, inclusive (local, YYYY-MM-DD)', localDate)
    .option('--headers <language>', 'header row in English (en) or Chinese (zh)', headerLanguage, 'en')
    .option('--out <file>', 'file to write (standard output when left out)')
    .action(async (options: { org: string; type: ImportRecordTypeName; from?: string; to?: string; headers: HeaderLanguage; out?: string }) => {
      await withDatabase(async (database) => {
        const organisation = await findImportOrganisation(database.dataSource.manager, options.org);
        if (!organisation) {
          console.error(cliLocale === 'en' ? `Organisation ${options.org} does not exist` : `组织 ${options.org} 不存在`);
          throw new CommandFailed(1);
        }
        const file = options.out ? createWriteStream(options.out) : null;
        try {
          const rows = await exportRecords(database.dataSource, organisation, options, streamSink(file ?? process.stdout));
          if (file) {
            console.log(cliLocale === 'en' ? `Exported ${rows} ${options.type} rows to ${options.out}` : `已导出 ${rows} 行 ${options.type} 到 ${options.out}`);
          }
        } finally {
          if (file) {
            file.end();
            await once(file, 'close');
          }
        }
      });
    });
}
