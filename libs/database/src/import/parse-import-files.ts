import {
  IMPORT_RECORD_TYPES,
  IMPORT_RECORD_TYPE_SPECS,
  ImportFileParser,
  emptyImportRecords,
  recordTypeOfFileName,
  type ImportContext,
  type ImportProblem,
  type ImportRecordType,
  type RowSource,
  type ImportRecordTypeName,
  type ImportRecordsByType,
} from '@stardesk/domain';
import { NotUtf8Error, readCsvRows, type SheetRow } from './read-csv-rows';
import { readXlsxRows } from './read-xlsx-rows';
import type { ImportSource } from './import-source';

export interface ParsedImportSet {
  records: ImportRecordsByType;
  problems: ImportProblem[];
  /** File names in the order given, for the report. */
  fileOrder: string[];
  /** Keys of refused rows by type: other rows referring to them are not reported again. */
  rejectedKeys: Map<ImportRecordTypeName, Set<string>>;
  /** Types with a file that could not be read whole: references to them cannot be checked. */
  incompleteTypes: Set<ImportRecordTypeName>;
}

function rowsOf(source: ImportSource, type: ImportRecordTypeName): AsyncGenerator<SheetRow> | string {
  const extension = source.name.toLowerCase().split('.').pop();
  if (extension === 'xlsx') return readXlsxRows(source.open(), type);
  if (extension === 'csv') return readCsvRows(source.open());
  return extension === 'xls' ? 'XLS (Excel 97–2003) is not supported: save the workbook as .xlsx' : 'only .csv and .xlsx files can be imported';
}

/**
 * Reads every file of a set into records, streaming each file row by row. Problems of cells and rows
 * are collected, not thrown: the whole set is reported at once.
 */
export async function parseImportFiles(sources: readonly ImportSource[], context: ImportContext, explicitType?: ImportRecordTypeName): Promise<ParsedImportSet> {
  const records = emptyImportRecords();
  const problems: ImportProblem[] = [];
  const rejectedKeys = new Map<ImportRecordTypeName, Set<string>>(IMPORT_RECORD_TYPES.map((type) => [type, new Set<string>()]));
  const incompleteTypes = new Set<ImportRecordTypeName>();
  for (const source of sources) {
    const type = explicitType ?? recordTypeOfFileName(source.name);
    if (!type) {
      problems.push({
        file: source.name, row: null, column: null, code: 'unknownRecordType', severity: 'error',
        params: { allowed: IMPORT_RECORD_TYPES.join(', ') },
      });
      continue;
    }
    // The union of the record types reads as one type here: the records land in the list of their type.
    const spec = IMPORT_RECORD_TYPE_SPECS[type] as unknown as ImportRecordType<{ source: RowSource }>;
    const parser = new ImportFileParser(source.name, spec, context);
    const rows = rowsOf(source, type);
    if (typeof rows === 'string') {
      parser.fail({ code: 'unreadableFile', params: { detail: rows } });
    } else {
      try {
        for await (const row of rows) parser.push(row.cells, row.number);
      } catch (error) {
        if (error instanceof NotUtf8Error) parser.fail({ code: 'notUtf8' });
        else parser.fail({ code: 'unreadableFile', params: { detail: (error as Error).message } });
      }
    }
    const parsed = parser.finish();
    // Loops rather than push(...spread): a file may hold more rows than a call takes arguments.
    for (const problem of parsed.problems) problems.push(problem);
    const list = records[type] as unknown[];
    for (const record of parsed.records) list.push(record);
    for (const key of parsed.rejectedKeys) rejectedKeys.get(type)!.add(key);
    if (!parsed.complete) incompleteTypes.add(type);
  }
  return { records, problems, fileOrder: sources.map((source) => source.name), rejectedKeys, incompleteTypes };
}
