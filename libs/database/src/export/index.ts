export * from './export-records';
export type { CellFormat, HeaderLanguage, KeysetTerm, RecordExport } from './export-spec';
