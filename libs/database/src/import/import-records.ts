import {
  IMPORT_RECORD_TYPES,
  IMPORT_RECORD_TYPE_SPECS,
  duplicatesInSet,
  hasErrors,
  sortProblems,
  type ImportProblem,
  type ImportRecordType,
  type ImportRecordTypeName,
  type ImportRecordsByType,
} from '@stardesk/domain';
import type { DataSource } from 'typeorm';
import { ImportCatalogue } from './import-catalogue';
import { ImportSession, type ImportOrganisation } from './import-session';
import type { ImportSource } from './import-source';
import { parseImportFiles } from './parse-import-files';
import { RequestDirectory } from './request-directory';
import { ComplaintsWriter } from './writers/complaints.writer';
import type { ImportWriter, ImportWriterContext } from './writers/import-writer';
import { OutletsWriter } from './writers/outlets.writer';
import { QualificationsWriter } from './writers/qualifications.writer';
import { ReturnVisitsWriter } from './writers/return-visits.writer';
import { ServiceRequestsWriter } from './writers/service-requests.writer';
import { StaffWriter } from './writers/staff.writer';
import { TrainingsWriter } from './writers/trainings.writer';
import { VisitsWriter } from './writers/visits.writer';

export interface ImportRecordsOptions {
  /** Overwrite records already stored with the same key (`--update`). */
  update?: boolean;
  /** The type of every file, instead of reading it from the file names (`--type`). */
  type?: ImportRecordTypeName;
  now?: Date;
  /** Called after each step with its duration (the CLI prints them with STARDESK_DEBUG). */
  onStep?: (step: string, milliseconds: number) => void;
}

export interface ImportTypeCount {
  type: ImportRecordTypeName;
  inserted: number;
  updated: number;
}

export interface ImportResult {
  /** True when everything was written; false when the set was refused and nothing was written. */
  accepted: boolean;
  counts: ImportTypeCount[];
  /** Master data the set created on the way (technicians, products, customers, units, parts, regions). */
  created: Record<'regions' | 'staff' | 'products' | 'customers' | 'units' | 'parts', number>;
  /** Every problem, errors and warnings, sorted by file, row and column. */
  problems: ImportProblem[];
}

type Writers = { [N in ImportRecordTypeName]: ImportWriter<ImportRecordsByType[N][number]> };

function writersFor(context: ImportWriterContext): Writers {
  return {
    outlets: new OutletsWriter(context),
    staff: new StaffWriter(context),
    service_requests: new ServiceRequestsWriter(context),
    visits: new VisitsWriter(context),
    complaints: new ComplaintsWriter(context),
    return_visits: new ReturnVisitsWriter(context),
    qualifications: new QualificationsWriter(context),
    trainings: new TrainingsWriter(context),
  };
}

/** Thrown inside the transaction to roll it back when the set is refused. */
class ImportRefused extends Error {
  constructor(readonly problems: ImportProblem[]) {
    super('Import refused');
  }
}

async function resolveRecords<N extends ImportRecordTypeName>(type: N, records: ImportRecordsByType[N], writers: Writers, session: ImportSession): Promise<void> {
  const spec: ImportRecordType<ImportRecordsByType[N][number]> = IMPORT_RECORD_TYPE_SPECS[type];
  session.report(duplicatesInSet(spec, records));
  await writers[type].resolve(records);
}

const NOTHING_CREATED: ImportResult['created'] = { regions: 0, staff: 0, products: 0, customers: 0, units: 0, parts: 0 };

/**
 * Imports a set of files all or nothing (import-format.md): every file is parsed and every row
 * checked (cells, rows, duplicates, references) before anything is written; any error refuses the
 * whole set with the full report. Otherwise everything is written in one transaction, a batch per
 * table, with the records of the set referring to each other by the ids given here. Imports of one
 * organisation run one at a time.
 */
export async function importRecords(
  dataSource: DataSource,
  org: ImportOrganisation,
  sources: readonly ImportSource[],
  options: ImportRecordsOptions = {},
): Promise<ImportResult> {
  const now = options.now ?? new Date();
  let clock = Date.now();
  const step = (name: string): void => {
    options.onStep?.(name, Date.now() - clock);
    clock = Date.now();
  };
  const parsed = await parseImportFiles(sources, { timeZone: org.timeZone, now }, options.type);
  step('parse');
  const refused = (problems: ImportProblem[]): ImportResult => ({
    accepted: false,
    counts: [],
    created: NOTHING_CREATED,
    problems: sortProblems(problems, parsed.fileOrder),
  });

  let written: { session: ImportSession; catalogue: ImportCatalogue };
  try {
    written = await dataSource.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(hashtext('stardesk-import'), hashtext($1))`, [org.id]);
      const session = new ImportSession(tx, org, { update: options.update ?? false, now }, parsed);
      session.report(parsed.problems);
      const catalogue = await ImportCatalogue.load(session, parsed.records);
      const requests = await RequestDirectory.load(session, parsed.records);
      step('load references');
      const writers = writersFor({ session, catalogue, requests });
      for (const type of IMPORT_RECORD_TYPES) await resolveRecords(type, parsed.records[type], writers, session);
      step('check');
      if (hasErrors(session.problems)) throw new ImportRefused(session.problems);
      await catalogue.writeNew();
      step('write master data');
      for (const type of IMPORT_RECORD_TYPES) {
        await writers[type].write();
        step(`write ${type}`);
      }
      return { session, catalogue };
    });
  } catch (error) {
    if (error instanceof ImportRefused) return refused(error.problems);
    throw error;
  }
  step('commit');
  const { session, catalogue } = written;
  return {
    accepted: true,
    counts: IMPORT_RECORD_TYPES.flatMap((type) => {
      const count = session.counts.get(type);
      return count && count.inserted + count.updated > 0 ? [{ type, ...count }] : [];
    }),
    created: catalogue.createdCounts,
    problems: sortProblems(session.problems, parsed.fileOrder),
  };
}
