import type { Locale } from '../common/field-error';
import type { ColumnSpec, HeaderMatch } from './column-spec';
import type { ImportProblem, ImportProblemCode } from './import-problem';
import type { RowReader } from './row-reader';

/** The record types of import-format.md that StarDesk stores today, in the order a set is loaded. */
export const IMPORT_RECORD_TYPES = ['outlets', 'staff', 'service_requests', 'visits', 'complaints', 'return_visits', 'qualifications', 'trainings'] as const;
export type ImportRecordTypeName = (typeof IMPORT_RECORD_TYPES)[number];

export const IMPORT_RECORD_TYPE_LABELS: Record<ImportRecordTypeName, Record<Locale, string>> = {
  outlets: { 'zh-CN': '服务网点', en: 'outlets' },
  staff: { 'zh-CN': '员工', en: 'staff' },
  service_requests: { 'zh-CN': '工单', en: 'service requests' },
  visits: { 'zh-CN': '上门记录', en: 'visits' },
  complaints: { 'zh-CN': '投诉', en: 'complaints' },
  return_visits: { 'zh-CN': '回访', en: 'return visits' },
  qualifications: { 'zh-CN': '资质证书', en: 'qualifications' },
  trainings: { 'zh-CN': '培训记录', en: 'trainings' },
};

/** One file of the set as read: its name and where its columns are. */
export interface ImportFileRef {
  name: string;
  header: HeaderMatch;
}

/** Where a record came from, so that checks made later (duplicates, references) still name file, row and column. */
export interface RowSource {
  file: ImportFileRef;
  row: number;
}

export function problemAt(
  source: RowSource,
  key: string,
  code: ImportProblemCode,
  params?: Record<string, string | number>,
): ImportProblem {
  return {
    file: source.file.name,
    row: source.row,
    column: source.file.header.positions.get(key)?.header ?? key,
    code,
    severity: 'error',
    ...(params ? { params } : {}),
  };
}

/**
 * A record type is one small module: its columns (English and Chinese), a row mapper that turns cells
 * into a checked record, and the key that makes two rows "the same record" (duplicates).
 */
export interface ImportRecordType<R extends { source: RowSource }, K extends string = string> {
  name: ImportRecordTypeName;
  columns: readonly ColumnSpec<K>[];
  /** The record of one row, or null when the row has problems (the reader has reported them). */
  readRow(reader: RowReader<K>): R | null;
  /** The identity of a record: the same key twice in a set, or already stored, is a duplicate. */
  key(record: R): string;
  /** The column a duplicate is reported on. */
  keyColumn: K;
}
