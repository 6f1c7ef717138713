import { ValidationFailed } from '../../common/field-error';
import { CERTIFICATE_TYPES, type CertificateType } from '../../people/people.types';
import { QUALIFICATION_LIMITS, validateQualification } from '../../people/qualification';
import { column } from '../column-spec';
import type { ImportProblemCode } from '../import-problem';
import type { ImportRecordType, RowSource } from '../import-record-type';
import type { RowReader } from '../row-reader';

export const QUALIFICATION_COLUMNS = [
  column('login', '员工登录名', true),
  column('certificate_type', '证书类型', true),
  column('certificate_no', '证书编号', true),
  column('issuer', '发证机关', true),
  column('title', '证书名称'),
  column('valid_from', '生效日期', true),
  column('valid_until', '有效期至'),
] as const;

export type QualificationColumn = (typeof QUALIFICATION_COLUMNS)[number]['key'];

/**
 * A certificate held by a staff member (持证上岗). The holder is named by login and must be on the
 * organisation's staff register (stored, or in staff.csv of the same set): these files never create
 * staff. `title` is the certificate's own name, required for type OTHER (validateQualification).
 */
export interface ImportedQualification {
  source: RowSource;
  login: string;
  certificateType: CertificateType;
  certificateNo: string;
  issuer: string;
  title: string | null;
  validFrom: string;
  /** Last valid day; null for a certificate that does not expire. */
  validUntil: string | null;
}

const FIELD_COLUMNS: Record<string, QualificationColumn> = {
  staffId: 'login', certificateType: 'certificate_type', certificateNo: 'certificate_no', issuer: 'issuer', title: 'title', validFrom: 'valid_from', validUntil: 'valid_until',
};

function readQualification(reader: RowReader<QualificationColumn>): ImportedQualification | null {
  const login = reader.text('login', 64, true);
  const certificateType = reader.choice('certificate_type', CERTIFICATE_TYPES, true);
  const certificateNo = reader.text('certificate_no', QUALIFICATION_LIMITS.certificateNo, true);
  const issuer = reader.text('issuer', QUALIFICATION_LIMITS.issuer, true);
  const title = reader.text('title', QUALIFICATION_LIMITS.title);
  const validFrom = reader.date('valid_from', true);
  const validUntil = reader.date('valid_until');
  if (reader.failed) return null;
  // The rules between cells (validity order, the name of an OTHER certificate) are the domain's.
  try {
    validateQualification({ staffId: login, certificateType, certificateNo, issuer, title, validFrom, validUntil });
  } catch (error) {
    if (!(error instanceof ValidationFailed)) throw error;
    for (const problem of error.errors) reader.problem(FIELD_COLUMNS[problem.field] ?? 'login', problem.code as ImportProblemCode, problem.params);
    return null;
  }
  return { source: reader.source, login: login!, certificateType: certificateType!, certificateNo: certificateNo!, issuer: issuer!, title, validFrom: validFrom!, validUntil };
}

/** Identity of a certificate: its type and number (unique per organisation, `uq_qualifications_org_type_no`). */
export const qualificationKey = (certificateType: string, certificateNo: string): string => `${certificateType} ${certificateNo}`;

export const QUALIFICATIONS_IMPORT: ImportRecordType<ImportedQualification, QualificationColumn> = {
  name: 'qualifications',
  columns: QUALIFICATION_COLUMNS,
  readRow: readQualification,
  key: (record) => qualificationKey(record.certificateType, record.certificateNo),
  keyColumn: 'certificate_no',
};
