import type { RequestStatus } from '../service-request/service-request.types';
import type { ImportProblem } from './import-problem';
import { problemAt, type ImportRecordType, type RowSource } from './import-record-type';
import type { ImportedReturnVisit } from './record-types/return-visits.import';
import type { ImportedVisit } from './record-types/visits.import';

/** The same record twice in a set: the later rows are reported, naming the first. */
export function duplicatesInSet<R extends { source: RowSource }>(type: ImportRecordType<R>, records: readonly R[]): ImportProblem[] {
  const first = new Map<string, R>();
  const problems: ImportProblem[] = [];
  for (const record of records) {
    const key = type.key(record);
    const earlier = first.get(key);
    if (earlier) {
      problems.push(problemAt(record.source, type.keyColumn, 'duplicateInSet', { file: earlier.source.file.name, row: earlier.source.row, key }));
    } else {
      first.set(key, record);
    }
  }
  return problems;
}

/**
 * Visits of a request are numbered 1, 2, ... without gaps (first-time fix counts them), counting
 * the visits already stored for it. A visit whose predecessor is missing is reported.
 */
export function visitNumberingProblems(visits: readonly ImportedVisit[], storedSeqs: ReadonlyMap<string, readonly number[]>): ImportProblem[] {
  const seqsByRequest = new Map<string, Set<number>>();
  for (const [code, seqs] of storedSeqs) seqsByRequest.set(code, new Set(seqs));
  for (const visit of visits) {
    const seqs = seqsByRequest.get(visit.requestCode) ?? new Set<number>();
    seqs.add(visit.seq);
    seqsByRequest.set(visit.requestCode, seqs);
  }
  const problems: ImportProblem[] = [];
  for (const visit of visits) {
    const seqs = seqsByRequest.get(visit.requestCode)!;
    let missing = 1;
    while (missing < visit.seq && seqs.has(missing)) missing++;
    if (missing < visit.seq) problems.push(problemAt(visit.source, 'seq', 'seqNotConsecutive', { requestCode: visit.requestCode, missing }));
  }
  return problems;
}

/** What the checks below need to know of the request a row refers to (from the set or the database). */
export interface ReferencedRequest {
  code: string;
  status: RequestStatus;
  reportedAt: Date;
  closedAt: Date | null;
}

/** A technician arrives after the call: arrived_at ≥ the request's reported_at. */
export function visitAgainstRequest(visit: ImportedVisit, request: ReferencedRequest, formatTime: (instant: Date) => string): ImportProblem[] {
  if (visit.arrivedAt.getTime() >= request.reportedAt.getTime()) return [];
  return [problemAt(visit.source, 'arrived_at', 'beforeReported', { reportedAt: formatTime(request.reportedAt) })];
}

/** A return visit follows the closure of its request. */
export function returnVisitAgainstRequest(
  visit: ImportedReturnVisit,
  request: ReferencedRequest,
  formatTime: (instant: Date) => string,
): ImportProblem[] {
  if (request.status !== 'CLOSED' || !request.closedAt) return [problemAt(visit.source, 'request_code', 'requestNotClosed', { requestCode: request.code })];
  if (visit.doneAt.getTime() < request.closedAt.getTime()) {
    return [problemAt(visit.source, 'done_at', 'beforeRequestClosed', { closedAt: formatTime(request.closedAt) })];
  }
  return [];
}
