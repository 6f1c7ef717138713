import { csvLine } from './csv-reader';
import { headerRow } from './column-spec';
import { ImportFileParser, type ParsedImportFile } from './import-file-parser';
import type { ImportRecordTypeName } from './import-record-type';
import type { ImportContext } from './row-reader';
import { IMPORT_RECORD_TYPE_SPECS, type ImportRecordsByType } from './record-types';

type Row = Record<string, string>;

/** One plausible, valid row per record type (Shanghai times, no offsets), changed one cell at a time. */
export const VALID_IMPORT_ROWS: { [N in ImportRecordTypeName]: Row } = {
  outlets: { code: 'SH-01', name: '上海徐汇服务站', kind: 'OWN', region: 'EAST', city: '上海', address: '徐汇区漕溪北路 1 号' },
  staff: { login: 'gcs1', name: '王强', role: 'TECHNICIAN', phone: '13900001111', active: 'true', outlets: 'SH-01' },
  service_requests: {
    code: 'SR-H-0001', type: 'REPAIR', channel: 'HOTLINE', priority: 'NORMAL', customer_name: '张伟', customer_phone: '13800138000',
    product_model: 'KFR-35GW', product_category: '空调', serial_no: 'KFR35GW2500001', purchase_date: '2025-05-01', fault_description: '不制冷',
    outlet_code: 'SH-01', reported_at: '2026-03-01T09:00:00', acknowledged_at: '2026-03-01T09:20:00', resolved_at: '2026-03-02T15:00:00',
    closed_at: '2026-03-03T10:00:00', status: 'CLOSED', reopened: 'false',
  },
  visits: {
    request_code: 'SR-H-0001', seq: '1', technician: 'gcs1', arrived_at: '2026-03-02T10:00:00', completed_at: '2026-03-02T11:30:00',
    outcome: 'FIXED', diagnosis: '电容损坏', parts: 'CAP-35*1',
  },
  complaints: {
    code: 'CP-H-0001', request_code: 'SR-H-0001', severity: 'NORMAL', category: '服务态度', customer_name: '张伟', customer_phone: '13800138000',
    received_at: '2026-03-04T09:00:00', acknowledged_at: '2026-03-04T10:00:00', closed_at: '2026-03-05T16:00:00', customer_accepted: 'true',
    resolution: '致歉并回访',
  },
  return_visits: { request_code: 'SR-H-0001', done_at: '2026-03-05T10:00:00', method: 'PHONE', rating: '5', recommend: '9', comment: '满意' },
  qualifications: {
    login: 'gcs1', certificate_type: 'REFRIGERATION', certificate_no: 'T310101199001011234', issuer: '上海市应急管理局', title: '',
    valid_from: '2024-03-01', valid_until: '2030-02-28',
  },
  trainings: { course: 'R32 冷媒安全操作', date: '2026-03-02', hours: '3.5', attendees: 'gcs1;kefu1', score: '90', trainer: '王工' },
};

/**
 * Builder of an import file for tests: `anImportTable('visits').row({ seq: '2' }).inChinese().parse()`,
 * or `.toCsv()` for a file on disk. Each row starts from the valid row of its type.
 */
export class ImportTableBuilder<N extends ImportRecordTypeName> {
  private readonly rows: Row[] = [];
  private language: 'en' | 'zh' = 'en';
  private columns: string[];

  constructor(private readonly type: N) {
    this.columns = IMPORT_RECORD_TYPE_SPECS[type].columns.map((spec) => spec.key);
  }

  row(changes: Row = {}): this {
    this.rows.push({ ...VALID_IMPORT_ROWS[this.type], ...changes });
    return this;
  }

  inChinese(): this {
    this.language = 'zh';
    return this;
  }

  /** Only these columns, in this order (to test order-free headers and missing columns). */
  withColumns(...keys: string[]): this {
    this.columns = keys;
    return this;
  }

  table(): string[][] {
    const specs = IMPORT_RECORD_TYPE_SPECS[this.type].columns;
    const header = this.columns.map((key) => {
      const spec = specs.find((candidate) => candidate.key === key);
      return spec ? headerRow([spec], this.language)[0]! : key;
    });
    return [header, ...this.rows.map((row) => this.columns.map((key) => row[key] ?? ''))];
  }

  toCsv(): string {
    return `\uFEFF${this.table().map((cells) => csvLine(cells)).join('\r\n')}\r\n`;
  }

  parse(context: ImportContext = TEST_IMPORT_CONTEXT, fileName = `${this.type}.csv`): ParsedImportFile<ImportRecordsByType[N][number]> {
    const parser = new ImportFileParser(fileName, IMPORT_RECORD_TYPE_SPECS[this.type], context);
    this.table().forEach((cells, index) => parser.push(cells, index + 1));
    return parser.finish() as ParsedImportFile<ImportRecordsByType[N][number]>;
  }
}

export const TEST_IMPORT_CONTEXT: ImportContext = { timeZone: 'Asia/Shanghai', now: new Date('2026-06-01T00:00:00Z') };

export const anImportTable = <N extends ImportRecordTypeName>(type: N): ImportTableBuilder<N> => new ImportTableBuilder(type);
