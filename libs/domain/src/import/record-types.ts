import { IMPORT_RECORD_TYPES, type ImportRecordType, type ImportRecordTypeName } from './import-record-type';
import { COMPLAINTS_IMPORT, type ImportedComplaint } from './record-types/complaints.import';
import { QUALIFICATIONS_IMPORT, type ImportedQualification } from './record-types/qualifications.import';
import { TRAININGS_IMPORT, type ImportedTraining } from './record-types/trainings.import';
import { OUTLETS_IMPORT, type ImportedOutlet } from './record-types/outlets.import';
import { RETURN_VISITS_IMPORT, type ImportedReturnVisit } from './record-types/return-visits.import';
import { SERVICE_REQUESTS_IMPORT, type ImportedServiceRequest } from './record-types/service-requests.import';
import { STAFF_IMPORT, type ImportedStaff } from './record-types/staff.import';
import { VISITS_IMPORT, type ImportedVisit } from './record-types/visits.import';

/** The records of an import set by type. */
export interface ImportRecordsByType {
  outlets: ImportedOutlet[];
  staff: ImportedStaff[];
  service_requests: ImportedServiceRequest[];
  visits: ImportedVisit[];
  complaints: ImportedComplaint[];
  return_visits: ImportedReturnVisit[];
  qualifications: ImportedQualification[];
  trainings: ImportedTraining[];
}

type RecordTypeRegistry = { [N in ImportRecordTypeName]: ImportRecordType<ImportRecordsByType[N][number]> };

/** Every record type of import-format.md, one module each. */
export const IMPORT_RECORD_TYPE_SPECS: RecordTypeRegistry = {
  outlets: OUTLETS_IMPORT,
  staff: STAFF_IMPORT,
  service_requests: SERVICE_REQUESTS_IMPORT,
  visits: VISITS_IMPORT,
  complaints: COMPLAINTS_IMPORT,
  return_visits: RETURN_VISITS_IMPORT,
  qualifications: QUALIFICATIONS_IMPORT,
  trainings: TRAININGS_IMPORT,
} as RecordTypeRegistry;

export function emptyImportRecords(): ImportRecordsByType {
  return { outlets: [], staff: [], service_requests: [], visits: [], complaints: [], return_visits: [], qualifications: [], trainings: [] };
}

export function isImportRecordType(name: string): name is ImportRecordTypeName {
  return (IMPORT_RECORD_TYPES as readonly string[]).includes(name);
}

/**
 * The record type a file holds, from its name: `service_requests.csv`, `visits.xlsx`, or with a
 * suffix such as `visits-2025.xlsx` or `service_requests (1).csv`. Null when the name says nothing.
 */
export function recordTypeOfFileName(fileName: string): ImportRecordTypeName | null {
  const base = (fileName.split(/[\\/]/).pop() ?? '').toLowerCase().replace(/\.(csv|xlsx)$/, '');
  const longestFirst = [...IMPORT_RECORD_TYPES].sort((a, b) => b.length - a.length);
  return longestFirst.find((type) => base === type || (base.startsWith(type) && !/[a-z_]/.test(base.charAt(type.length)))) ?? null;
}
