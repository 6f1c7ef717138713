import { ValidationFailed, addLocalDays, csvLine } from '@stardesk/domain';
import archiver from 'archiver';
import ExcelJS from 'exceljs';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { readDatabaseConfig } from '../config';
import { countRows, localPeriodBounds, readPages } from '../export/export-records';
import type { CellFormat } from '../export/export-spec';
import { loadEvidenceAssessment, type EvidenceAssessment } from './evidence-assessment';
import { evidencePeriodErrors } from './evidence-period';
import { CONTROLLED_DOCUMENTS_TABLE, EVIDENCE_GROUPS, documentFilePath, type EvidenceTable } from './evidence-tables';
import { evidenceIndexModel, renderIndexHtml } from './evidence-index';
import { signManifest, type ManifestFile, type PackageMetadata } from './manifest';
import { PackageZip, writeTo } from './package-zip';
import { loadKpiReportModel, renderEvidenceIndexPdf, renderKpiReportPdf, type EvidenceCover } from './pdf';
import { sampleRows, SAMPLE_HEADERS } from './evidence-samples';
import { resolveSigningKey, type SigningKey } from './signing-key';

export interface EvidencePackageOptions {
  orgId: string;
  /** First local day of the period (YYYY-MM-DD). */
  from: string;
  /** Last local day of the period, inclusive. */
  to: string;
  assessmentId?: string | null;
  /** Customers' phones and addresses whole; the caller has checked the right and records the reveal. */
  revealPersonalInformation?: boolean;
  language?: 'zh-CN' | 'en';
  /** Default: STARDESK_SIGNING_KEY, else the key file under STARDESK_DATA_DIR. */
  signingKey?: SigningKey;
  /** The file store holding controlled documents' files. Default: STARDESK_FILES_DIR, else `<STARDESK_DATA_DIR>/files`. */
  filesDir?: string;
  /** Rows read per query. */
  pageSize?: number;
  /** Stops the build between two pages (the caller removes what was written). */
  signal?: AbortSignal;
  /** The generation time (tests); default now. */
  now?: Date;
}

export interface EvidencePackageProgress {
  done: number;
  total: number;
  stage: string;
}

export interface EvidencePackageSummary {
  organisationCode: string;
  periodFrom: string;
  periodTo: string;
  assessmentId: string | null;
  liveEvaluation: boolean;
  score: number | null;
  grade: string | null;
  personalInformationRevealed: boolean;
  generatedAt: string;
  files: ManifestFile[];
  /** Rows written by CSV file. */
  rows: Record<string, number>;
  /** Controlled documents whose file was missing from the file store (listed in the register, not in the package). */
  missingDocumentFiles: string[];
  keyFingerprint: string;
}

/** The organisation an evidence package is for is not there. */
export class EvidenceOrganisationNotFound extends Error {
  constructor(readonly orgId: string) {
    super(`Organisation ${orgId} does not exist`);
    this.name = 'EvidenceOrganisationNotFound';
  }
}

const DEFAULT_PAGE_SIZE = 5000;

/** The API's file store: STARDESK_FILES_DIR, else `files` in the data folder (as apps/api's config reads it). */
export function defaultFilesDir(env: NodeJS.ProcessEnv = process.env): string {
  const files = env['STARDESK_FILES_DIR']?.trim();
  return files ? path.resolve(files) : path.join(readDatabaseConfig(env).dataDir, 'files');
}

/** The deployment's signing key: STARDESK_SIGNING_KEY, else the key file in the data folder (like the audit key). */
export function defaultSigningKey(env: NodeJS.ProcessEnv = process.env): SigningKey {
  return resolveSigningKey(env, readDatabaseConfig(env).dataDir);
}

/** Where the file store keeps content with this SHA-256 (apps/api core/files FileStore's layout). */
export function storedFilePath(filesDir: string, sha256: string): string {
  return path.join(filesDir, 'sha256', sha256.slice(0, 2), sha256.slice(2, 4), sha256);
}

/**
 * Writes the GB/T 27922 evidence package of an organisation and period as a ZIP to `out` (see
 * issue 7): index.html/index.pdf, the quality records, personnel register and quality-management
 * registers as CSV (UTF-8 with BOM) and XLSX (one sheet per record type, Chinese headers), the
 * controlled documents' files, the KPI report, the samples with their seeds, the assessment, and a
 * manifest of every file's size and SHA-256 signed with the deployment's Ed25519 key.
 *
 * Rows are read a page at a time and streamed; a workbook is spooled to a temporary file (streamed
 * by exceljs) and then into the ZIP, so memory stays bounded whatever the period. Only index.html,
 * index.pdf and manifest.json carry the generation time: the other files of a frozen assessment are
 * the same bytes each time (fixed ZIP and workbook dates, keyset row order). `out` is not ended on
 * failure; the caller removes what was written.
 */
export async function buildEvidencePackage(
  dataSource: DataSource,
  options: EvidencePackageOptions,
  out: NodeJS.WritableStream,
  onProgress?: (progress: EvidencePackageProgress) => void,
): Promise<EvidencePackageSummary> {
  const errors = evidencePeriodErrors(options.from, options.to);
  if (errors.length > 0) throw new ValidationFailed(errors);
  const from = options.from.trim();
  const to = options.to.trim();
  const [organisation] = await dataSource.query<{ id: string; code: string; name: string; time_zone: string }[]>(
    'SELECT id, code, name, time_zone FROM organisations WHERE id = $1',
    [options.orgId],
  );
  if (!organisation) throw new EvidenceOrganisationNotFound(options.orgId);
  const org = { id: organisation.id, code: organisation.code, timeZone: organisation.time_zone };
  const now = options.now ?? new Date();
  const language = options.language ?? 'zh-CN';
  const signingKey = options.signingKey ?? defaultSigningKey();
  const filesDir = options.filesDir ?? defaultFilesDir();
  const pageSize = Math.max(1, Math.floor(options.pageSize ?? DEFAULT_PAGE_SIZE));
  const reveal = options.revealPersonalInformation === true;
  const format: CellFormat = { timeZone: org.timeZone, language: 'zh', maskContacts: !reveal };
  const bounds = localPeriodBounds(from, to, org.timeZone);
  /** Every content entry's timestamp, and the workbooks' dates: the period's last day, never the generation time. */
  const fixedDate = new Date(`${to}T00:00:00Z`);
  const checkAborted = (): void => {
    if (options.signal?.aborted) throw options.signal.reason instanceof Error ? options.signal.reason : new Error('The evidence package was cancelled');
  };

  const assessment = await loadEvidenceAssessment(dataSource, org, { from, to }, options.assessmentId, now);
  checkAborted();

  const tables = EVIDENCE_GROUPS.flatMap((group) => group.tables);
  const counts = await Promise.all(tables.map((table) => countRows(dataSource, org.id, table, table.period ? bounds : [null, null])));
  const [{ n: documentFiles } = { n: 0 }] = await dataSource.query<{ n: number }[]>(
    'SELECT count(*)::int AS n FROM controlled_documents WHERE org_id = $1 AND file_attachment_id IS NOT NULL',
    [org.id],
  );
  const FIXED_STEPS = 5;
  const total = counts.reduce((sum, count) => sum + count, 0) + documentFiles + FIXED_STEPS;
  let done = 0;
  const progress = (stage: string, step = 0): void => {
    done += step;
    onProgress?.({ done: Math.min(done, total), total, stage });
  };
  progress('records');

  const zip = new PackageZip(out as Writable, fixedDate);
  const rows: Record<string, number> = {};
  const missingDocumentFiles: string[] = [];
  const spool = await mkdtemp(path.join(tmpdir(), 'stardesk-evidence-'));
  try {
    for (const group of EVIDENCE_GROUPS) {
      const workbookFile = path.join(spool, path.basename(group.workbook));
      const workbook = deterministicWorkbook(workbookFile, fixedDate);
      for (const table of group.tables) {
        const sheets = new SheetSeries(workbook, table.sheet, table.headers);
        rows[table.file] = 0;
        await zip.add(table.file, async (sink) => {
          await writeTo(sink, `\uFEFF${csvLine(table.headers)}\r\n`);
          rows[table.file] = await readPages(dataSource, org.id, table, table.period ? bounds : [null, null], pageSize, async (page) => {
            checkAborted();
            const lines: string[] = [];
            for (const row of page) {
              const cells = table.cells(row, format);
              lines.push(`${csvLine(cells)}\r\n`);
              sheets.add(cells);
            }
            await writeTo(sink, lines.join(''));
            progress(group.stage, page.length);
          });
        });
        sheets.commit();
      }
      await workbook.commit();
      await zip.addFile(group.workbook, workbookFile);
      await rm(workbookFile, { force: true });
    }

    progress('documents');
    await readPages(dataSource, org.id, { ...CONTROLLED_DOCUMENTS_TABLE, where: `${CONTROLLED_DOCUMENTS_TABLE.where} AND a.sha256 IS NOT NULL` }, [null, null], pageSize, async (page) => {
      for (const row of page) {
        checkAborted();
        const target = documentFilePath(row as Parameters<typeof documentFilePath>[0]);
        const stored = storedFilePath(filesDir, String(row['sha256']));
        if (target && (await exists(stored))) await zip.addFile(target, stored);
        else if (target) missingDocumentFiles.push(target);
        progress('documents', 1);
      }
    });

    progress('samples');
    await writeSamples(dataSource, zip, org.id, assessment);
    await zip.addBuffer('assessment/assessment.json', `${JSON.stringify(assessmentJson(assessment), null, 2)}\n`);
    progress('samples', 1);
    checkAborted();

    const cover: EvidenceCover = {
      organisationName: organisation.name,
      organisationCode: organisation.code,
      periodFrom: from,
      periodTo: to,
      generatedAt: now.toISOString(),
      score: assessment.score.score,
      grade: assessment.score.grade?.grade ?? null,
      assessmentId: assessment.assessmentId,
      catalogVersion: assessment.catalogLabel,
      signedOff: assessment.signedOff,
    };
    progress('reports');
    // The KPI report is a content file: it carries the period end, never the generation time. The KPI
    // engine's periods end before their `to` day; the package's `to` is the last day, included.
    const kpiReport = await loadKpiReportModel(dataSource, org.id, from, addLocalDays(to, 1), { ...cover, generatedAt: fixedDate.toISOString() });
    await zip.addBuffer('kpi-report.pdf', await renderKpiReportPdf(kpiReport, language));
    progress('reports', 1);
    checkAborted();

    const contentFiles = [...zip.entries];
    const model = evidenceIndexModel(cover, assessment, contentFiles, language);
    await zip.addBuffer('index.html', renderIndexHtml(model, assessment, missingDocumentFiles, language));
    await zip.addBuffer('index.pdf', await renderEvidenceIndexPdf(model, language));
    progress('index', 2);

    const metadata: PackageMetadata = {
      organisationCode: organisation.code,
      organisationName: organisation.name,
      periodFrom: from,
      periodTo: to,
      timeZone: org.timeZone,
      assessmentId: assessment.assessmentId,
      liveEvaluation: assessment.live,
      score: assessment.score.score,
      grade: assessment.score.grade?.grade ?? null,
      personalInformationRevealed: reveal,
      language,
      generatedAt: now.toISOString(),
      generator: 'StarDesk',
    };
    const manifest = signManifest(metadata, [...zip.entries], signingKey);
    checkAborted();
    await zip.finish(Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
    progress('done', 1);
    return {
      organisationCode: organisation.code,
      periodFrom: from,
      periodTo: to,
      assessmentId: assessment.assessmentId,
      liveEvaluation: assessment.live,
      score: assessment.score.score,
      grade: assessment.score.grade?.grade ?? null,
      personalInformationRevealed: reveal,
      generatedAt: now.toISOString(),
      files: manifest.files,
      rows,
      missingDocumentFiles,
      keyFingerprint: signingKey.fingerprint,
    };
  } catch (error) {
    zip.abort();
    throw error;
  } finally {
    await rm(spool, { recursive: true, force: true });
  }
}

/** Excel opens at most 1,048,576 rows a sheet: the header and this many rows, then a continuation sheet. */
export const MAX_SHEET_DATA_ROWS = 1_048_575;

/** One record type's rows as sheets `name`, `name (2)`, ... each with the header and at most `limit` rows. */
export class SheetSeries {
  private sheet: ExcelJS.Worksheet;
  private rows = 0;
  private number = 1;

  constructor(
    private readonly workbook: ExcelJS.stream.xlsx.WorkbookWriter,
    private readonly name: string,
    private readonly headers: readonly string[],
    private readonly limit = MAX_SHEET_DATA_ROWS,
  ) {
    this.sheet = this.open(name);
  }

  add(cells: string[]): void {
    if (this.rows === this.limit) {
      this.sheet.commit();
      this.number += 1;
      this.sheet = this.open(`${this.name} (${this.number})`);
      this.rows = 0;
    }
    this.sheet.addRow(cells).commit();
    this.rows += 1;
  }

  commit(): void {
    this.sheet.commit();
  }

  private open(name: string): ExcelJS.Worksheet {
    const sheet = this.workbook.addWorksheet(name);
    sheet.addRow([...this.headers]).commit();
    return sheet;
  }
}

type Append = (source: unknown, data: Record<string, unknown>) => unknown;
/** The prototype of archiver's instances, whose `append` exceljs calls for every part of a workbook. */
const ARCHIVER_PROTOTYPE = Object.getPrototypeOf(archiver('zip')) as { append: Append };

/**
 * A streaming workbook whose bytes depend only on its rows: exceljs stamps core.xml with the
 * workbook's dates and its ZIP parts with the time of writing (some parts during construction, so
 * `append` is pinned for that synchronous call and then on the instance).
 */
function deterministicWorkbook(filename: string, date: Date): ExcelJS.stream.xlsx.WorkbookWriter {
  const original = ARCHIVER_PROTOTYPE.append;
  const pinned = (append: Append): Append =>
    function (this: unknown, source, data) {
      return append.call(this, source, { ...data, date });
    };
  let workbook: ExcelJS.stream.xlsx.WorkbookWriter;
  ARCHIVER_PROTOTYPE.append = pinned(original);
  try {
    workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename, useStyles: false, useSharedStrings: false });
  } finally {
    ARCHIVER_PROTOTYPE.append = original;
  }
  const zip = (workbook as unknown as { zip: { append: Append } }).zip;
  zip.append = pinned(original).bind(zip);
  workbook.created = date;
  workbook.modified = date;
  workbook.creator = 'StarDesk';
  workbook.lastModifiedBy = 'StarDesk';
  return workbook;
}

async function writeSamples(dataSource: DataSource, zip: PackageZip, orgId: string, assessment: EvidenceAssessment): Promise<void> {
  const lines = await sampleRows(dataSource, orgId, assessment);
  await zip.addBuffer('samples/samples.csv', `\uFEFF${[SAMPLE_HEADERS, ...lines].map((line) => `${csvLine(line)}\r\n`).join('')}`);
  const samples = Object.entries(assessment.evaluations)
    .filter(([, evaluation]) => evaluation.method === 'SAMPLE')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([criterion, evaluation]) => ({ criterion, ...evaluation }));
  await zip.addBuffer('samples/samples.json', `${JSON.stringify({ assessmentSeed: assessment.sampleSeed, samples }, null, 2)}\n`);
}

function assessmentJson(assessment: EvidenceAssessment): Record<string, unknown> {
  return {
    assessmentId: assessment.assessmentId,
    signedOff: assessment.signedOff,
    signedOffAt: assessment.signedOffAt?.toISOString() ?? null,
    liveEvaluation: assessment.live,
    catalogVersion: assessment.catalogLabel,
    sampleSeed: assessment.sampleSeed,
    score: assessment.score,
    evaluations: assessment.evaluations,
    judgements: assessment.judgements,
  };
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

export type { EvidenceTable };
