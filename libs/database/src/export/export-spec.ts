import type { ColumnSpec, ImportRecordTypeName } from '@stardesk/domain';

export type HeaderLanguage = 'en' | 'zh';

/** How the cells of an exported row are written: in the organisation's zone, booleans in the header language. */
export interface CellFormat {
  timeZone: string;
  language: HeaderLanguage;
  /** Customers' phones and addresses masked (PIPL) as the API shows them to roles that do not need them. */
  maskContacts?: boolean;
}

/** One term of the keyset the export pages by (rows are read a page at a time, never all at once). */
export interface KeysetTerm {
  expression: string;
  type: string;
}

/**
 * The export of one record type in its import layout: the SQL that reads it (parameters: $1 the
 * organisation, $2 and $3 the period, either may be null) and the cells of each row, in the order
 * of the layout's columns.
 */
export interface RecordExport<Row = Record<string, unknown>> {
  type: ImportRecordTypeName;
  columns: readonly ColumnSpec[];
  select: string;
  from: string;
  /** The rows of the organisation ($1) to export, whatever the period. */
  where: string;
  /** The time the period applies to; null for master data, which is exported whole. */
  period: string | null;
  keyset: readonly KeysetTerm[];
  cells(row: Row, format: CellFormat): string[];
}
