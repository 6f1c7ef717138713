import { ValidationFailed, isValidLocalDate, type ImportRecordTypeName } from '@stardesk/domain';
import {
  EvidenceAssessmentNotFound,
  EvidencePackageEntity,
  buildEvidencePackage,
  evidencePeriodErrors,
  exportRecords,
  findImportOrganisation,
  type ExportSink,
  type HeaderLanguage,
  type OpenDatabase,
} from '@stardesk/database';
import { InvalidArgumentError, type Command } from 'commander';
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { userInfo } from 'node:os';
import path from 'node:path';
import { CommandFailed, cliLocale } from '../output';
import { progressReporter } from '../progress';
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

interface ExportOptions {
  org: string;
  type?: ImportRecordTypeName;
  from?: string;
  to?: string;
  headers: HeaderLanguage;
  out?: string;
  assessment?: string;
  revealPersonalInformation?: boolean;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('Export records as CSV in their import layout (--type), or without --type the signed GB/T 27922 evidence package of a period (ZIP)')
    .requiredOption('--org <code>', 'organisation code, e.g. ACME')
    .option('--type <type>', 'record type: service_requests, visits, complaints, return_visits, staff, outlets, qualifications, trainings', recordTypeOption)
    .option('--from <date>', 'first day (local, YYYY-MM-DD); visits and return visits follow their request’s report date', localDate)
    .option('--to <date>', 'last day, inclusive (local, YYYY-MM-DD)', localDate)
    .option('--headers <language>', 'header row in English (en) or Chinese (zh)', headerLanguage, 'en')
    .option('--out <file>', 'file to write (standard output when left out; required for the evidence package)')
    .option('--assessment <id>', 'evidence package: the assessment it proves (default: the latest signed-off one of the period, else a live evaluation)')
    .option('--reveal-personal-information', 'evidence package: customers’ phones and addresses whole (recorded)')
    .action(async (options: ExportOptions) => {
      await withDatabase(async (database) => {
        const organisation = await findImportOrganisation(database.dataSource.manager, options.org);
        if (!organisation) {
          console.error(cliLocale === 'en' ? `Organisation ${options.org} does not exist` : `组织 ${options.org} 不存在`);
          throw new CommandFailed(1);
        }
        if (!options.type) {
          await exportEvidencePackage(database, organisation.id, options);
          return;
        }
        const type = options.type;
        const file = options.out ? createWriteStream(options.out) : null;
        try {
          const rows = await exportRecords(database.dataSource, organisation, { ...options, type }, streamSink(file ?? process.stdout));
          if (file) {
            console.log(cliLocale === 'en' ? `Exported ${rows} ${type} rows to ${options.out}` : `已导出 ${rows} 行 ${type} 到 ${options.out}`);
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

const cliUser = (): string => {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli:unknown';
  }
};

/**
 * The evidence package into `<out>.partial`, renamed to `out` only once complete: an interrupted
 * export (error, Ctrl-C, SIGTERM) removes the partial file and leaves nothing. Each export is
 * recorded as an evidence_packages row (source CLI), so a reveal of personal information is in the
 * audit trail with the OS user who ran it.
 */
async function exportEvidencePackage(database: OpenDatabase, orgId: string, options: ExportOptions): Promise<void> {
  const en = cliLocale === 'en';
  const errors = evidencePeriodErrors(options.from, options.to);
  if (!options.out) errors.push({ field: 'out', code: 'required' });
  if (errors.length > 0 || !options.from || !options.to || !options.out) throw new ValidationFailed(errors);
  const out = path.resolve(options.out);
  const partial = `${out}.partial`;
  const repository = database.dataSource.getRepository(EvidencePackageEntity);
  const record = await repository.save(
    repository.create({
      orgId,
      status: 'RUNNING',
      source: 'CLI',
      periodFrom: options.from,
      periodTo: options.to,
      assessmentId: null,
      revealPersonalInformation: options.revealPersonalInformation === true,
      language: cliLocale,
      requestedBy: cliUser(),
      requestedByStaffId: null,
      fileName: path.basename(out),
      startedAt: new Date(),
      heartbeatAt: new Date(),
    }),
  );
  const controller = new AbortController();
  const interrupt = (signal: NodeJS.Signals): void => controller.abort(new Error(en ? `Interrupted (${signal})` : `已中断（${signal}）`));
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  const bar = progressReporter(en ? 'Evidence package' : '证据包');
  const file = createWriteStream(partial);
  try {
    const summary = await buildEvidencePackage(
      database.dataSource,
      { orgId, from: options.from, to: options.to, assessmentId: options.assessment ?? null, revealPersonalInformation: options.revealPersonalInformation === true, language: cliLocale, signal: controller.signal },
      file,
      ({ done, total }) => bar.update(done, total),
    );
    // The archive ends the file itself; `finished` also resolves when that has already happened.
    file.end();
    await finished(file);
    if (controller.signal.aborted) throw controller.signal.reason;
    await rename(partial, out);
    bar.end();
    const size = (await stat(out)).size;
    const sha256 = await sha256Of(out);
    await repository.update(
      { id: record.id },
      { status: 'READY', assessmentId: summary.assessmentId, sizeBytes: String(size), sha256, keyFingerprint: summary.keyFingerprint, finishedAt: new Date(), stage: 'done' },
    );
    console.log(
      en
        ? `Evidence package ${out}: ${summary.files.length} files, ${size.toLocaleString('en')} bytes, score ${summary.score ?? '—'}${summary.liveEvaluation ? ' (live evaluation, no signed-off assessment)' : ''}; key ${summary.keyFingerprint}`
        : `证据包 ${out}：${summary.files.length} 个文件，${size.toLocaleString('en')} 字节，得分 ${summary.score ?? '—'}${summary.liveEvaluation ? '（无已签署评估，按当前目录实时评估）' : ''}；密钥 ${summary.keyFingerprint}`,
    );
    if (summary.missingDocumentFiles.length > 0) {
      console.error(en ? `Files missing from the file store: ${summary.missingDocumentFiles.join(', ')}` : `文件库中缺失的文件：${summary.missingDocumentFiles.join('、')}`);
    }
  } catch (error) {
    bar.end();
    file.destroy();
    await rm(partial, { force: true });
    await repository
      .update({ id: record.id }, { status: 'FAILED', errorCode: error instanceof EvidenceAssessmentNotFound ? 'ASSESSMENT_NOT_FOUND' : controller.signal.aborted ? 'INTERRUPTED' : 'BUILD_FAILED', errorMessage: error instanceof Error ? error.message.slice(0, 2000) : String(error), finishedAt: new Date() })
      .catch(() => undefined);
    if (error instanceof EvidenceAssessmentNotFound) {
      console.error(en ? `Assessment ${error.assessmentId} does not exist` : `评估 ${error.assessmentId} 不存在`);
      throw new CommandFailed(1);
    }
    if (controller.signal.aborted) {
      console.error(en ? 'Export interrupted; nothing was written' : '导出已中断，未留下任何文件');
      throw new CommandFailed(130);
    }
    throw error;
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
  }
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
