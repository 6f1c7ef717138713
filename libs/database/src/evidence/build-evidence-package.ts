import { ValidationFailed, addLocalDays, csvLine } from '@stardesk/domain';
import { createWriteStream } from 'node:fs';
import { access, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
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
import { SheetSeries, StreamingWorkbook } from './xlsx/streaming-workbook';

export { MAX_SHEET_DATA_ROWS, SheetSeries } from './xlsx/streaming-workbook';

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
 * Rows are read a page at a time and streamed; each row goes to its CSV entry and to its sheet of a
 * workbook written as it goes (xlsx/streaming-workbook: inline strings, no shared-string table) into a
 * temporary file, stored into the ZIP once its group is done, so memory stays bounded whatever the period. Only index.html,
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

  // Deflate level 1: a year of a large brand is gigabytes of CSV and sheet XML, and level 6 took three times
  // the CPU of level 1 for a package about a quarter smaller.
  const zip = new PackageZip(out as Writable, fixedDate, 1);
  const rows: Record<string, number> = {};
  const missingDocumentFiles: string[] = [];
  const spool = await mkdtemp(path.join(tmpdir(), 'stardesk-evidence-'));
  try {
    for (const group of EVIDENCE_GROUPS) {
      const workbookFile = path.join(spool, path.basename(group.workbook));
      const workbookOut = createWriteStream(workbookFile);
      const workbook = new StreamingWorkbook(workbookOut, fixedDate);
      for (const table of group.tables) {
        const sheets = new SheetSeries(workbook, table.sheet, table.headers);
        rows[table.file] = 0;
        await zip.add(table.file, async (sink) => {
          await writeTo(sink, `\uFEFF${csvLine(table.headers)}\r\n`);
          rows[table.file] = await readPages(dataSource, org.id, table, table.period ? bounds : [null, null], { pageSize, timeZone: org.timeZone }, async (page) => {
            checkAborted();
            let lines = '';
            for (const row of page) {
              const cells = table.cells(row, format);
              lines += `${csvLine(cells)}\r\n`;
              await sheets.add(cells);
            }
            await writeTo(sink, lines);
            progress(group.stage, page.length);
          });
        });
        await sheets.close();
      }
      await workbook.finish();
      await finished(workbookOut);
      // A workbook is deflated already: stored as it is.
      await zip.addFile(group.workbook, workbookFile, { store: true });
      await rm(workbookFile, { force: true });
    }

    progress('documents');
    await readPages(dataSource, org.id, { ...CONTROLLED_DOCUMENTS_TABLE, where: `${CONTROLLED_DOCUMENTS_TABLE.where} AND a.sha256 IS NOT NULL` }, [null, null], { pageSize }, async (page) => {
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
