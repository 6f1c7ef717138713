import { RETURN_VISIT_METHODS, type ReturnVisitMethod } from '../../satisfaction/return-visit.types';
import { column } from '../column-spec';
import type { ImportRecordType, RowSource } from '../import-record-type';
import type { RowReader } from '../row-reader';

export const RETURN_VISIT_COLUMNS = [
  column('request_code', '工单号', true),
  column('done_at', '回访时间', true),
  column('method', '回访方式', true),
  column('rating', '满意度'),
  column('recommend', '推荐意愿'),
  column('comment', '意见'),
] as const;

export type ReturnVisitColumn = (typeof RETURN_VISIT_COLUMNS)[number]['key'];

/** 回访 taken by staff: a completed return visit, and its rating when the customer gave one. */
export interface ImportedReturnVisit {
  source: RowSource;
  requestCode: string;
  doneAt: Date;
  method: ReturnVisitMethod;
  rating: number | null;
  recommend: number | null;
  comment: string | null;
}

function readReturnVisit(reader: RowReader<ReturnVisitColumn>): ImportedReturnVisit | null {
  const requestCode = reader.text('request_code', 32, true);
  const doneAt = reader.instant('done_at', true);
  const method = reader.choice('method', RETURN_VISIT_METHODS, true);
  const rating = reader.integer('rating', 1, 5);
  const recommend = reader.integer('recommend', 0, 10);
  const comment = reader.text('comment', 2000);
  if (reader.failed) return null;
  return { source: reader.source, requestCode: requestCode!, doneAt: doneAt!, method: method!, rating, recommend, comment };
}

/** A request may be visited again after a reopening: the request and the time make a return visit. */
export const returnVisitKey = (requestCode: string, doneAt: Date): string => `${requestCode} @ ${doneAt.toISOString()}`;

export const RETURN_VISITS_IMPORT: ImportRecordType<ImportedReturnVisit, ReturnVisitColumn> = {
  name: 'return_visits',
  columns: RETURN_VISIT_COLUMNS,
  readRow: readReturnVisit,
  key: (record) => returnVisitKey(record.requestCode, record.doneAt),
  keyColumn: 'done_at',
};
