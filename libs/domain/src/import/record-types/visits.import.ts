import { VISIT_OUTCOMES, type VisitOutcome } from '../../visit/visit.types';
import type { PartLine } from '../cell-parsers';
import { column } from '../column-spec';
import type { ImportRecordType, RowSource } from '../import-record-type';
import type { RowReader } from '../row-reader';

export const VISIT_COLUMNS = [
  column('request_code', '工单号', true),
  column('seq', '上门序号', true),
  column('technician', '工程师', true),
  column('arrived_at', '到达时间', true),
  column('completed_at', '完成时间'),
  column('outcome', '结果', true),
  column('diagnosis', '故障诊断'),
  column('parts', '更换配件'),
] as const;

export type VisitColumn = (typeof VISIT_COLUMNS)[number]['key'];

/** A request has few visits; more than this is a numbering mistake rather than history. */
export const MAX_VISIT_SEQ = 99;

export interface ImportedVisit {
  source: RowSource;
  requestCode: string;
  seq: number;
  /** Login of the technician (created as a technician if new). */
  technician: string;
  arrivedAt: Date;
  completedAt: Date | null;
  outcome: VisitOutcome;
  diagnosis: string | null;
  parts: PartLine[];
}

function readVisit(reader: RowReader<VisitColumn>): ImportedVisit | null {
  const requestCode = reader.text('request_code', 32, true);
  const seq = reader.integer('seq', 1, MAX_VISIT_SEQ, true);
  const technician = reader.text('technician', 64, true);
  const arrivedAt = reader.instant('arrived_at', true);
  const completedAt = reader.instant('completed_at');
  const outcome = reader.choice('outcome', VISIT_OUTCOMES, true);
  const diagnosis = reader.text('diagnosis', 2000);
  const parts = reader.parts('parts');
  reader.notBefore('completed_at', completedAt, arrivedAt, 'beforeArrival');
  if (reader.failed) return null;
  return {
    source: reader.source,
    requestCode: requestCode!,
    seq: seq!,
    technician: technician!,
    arrivedAt: arrivedAt!,
    completedAt,
    outcome: outcome!,
    diagnosis,
    parts,
  };
}

export const visitKey = (requestCode: string, seq: number): string => `${requestCode} #${seq}`;

export const VISITS_IMPORT: ImportRecordType<ImportedVisit, VisitColumn> = {
  name: 'visits',
  columns: VISIT_COLUMNS,
  readRow: readVisit,
  key: (record) => visitKey(record.requestCode, record.seq),
  keyColumn: 'seq',
};
