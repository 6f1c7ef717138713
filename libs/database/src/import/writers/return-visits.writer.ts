import {
  DEFAULT_RETURN_VISIT_TARGET_DAYS,
  problemAt,
  returnVisitAgainstRequest,
  returnVisitDueAt,
  returnVisitKey,
  type ImportedReturnVisit,
} from '@stardesk/domain';
import { bulkInsert, bulkUpdate, columns, deleteWhereIn } from '../bulk-write';
import type { ImportWriter, ImportWriterContext } from './import-writer';

const VISIT_COLUMNS = columns(
  'id:uuid', 'request_id:uuid', 'closed_at:timestamptz', 'due_at:timestamptz', 'done_at:timestamptz', 'method:text', 'rating:smallint', 'recommend:smallint',
  'comment:text',
);
const ATTEMPT_COLUMNS = columns('org_id:uuid', 'return_visit_id:uuid', 'seq:int', 'at:timestamptz', 'method:text', 'outcome:text');
const RESPONSE_COLUMNS = columns(
  'org_id:uuid', 'request_id:uuid', 'source:text', 'return_visit_id:uuid', 'submitted_at:timestamptz', 'overall:smallint', 'recommend:smallint',
  'factor_scores:jsonb', 'comment:text',
);

interface StoredReturnVisit {
  id: string;
  code: string;
  done_at: Date;
  imported: boolean;
}

/**
 * return_visits.csv: a completed return visit of a closed request, with its one attempt; its rating
 * is stored as a survey response taken during a return visit, so the satisfaction KPIs count it.
 */
export class ReturnVisitsWriter implements ImportWriter<ImportedReturnVisit> {
  private readonly inserts: unknown[][] = [];
  private readonly updates: unknown[][] = [];
  private readonly attempts: unknown[][] = [];
  private readonly responses: unknown[][] = [];

  constructor(private readonly context: ImportWriterContext) {}

  async resolve(records: readonly ImportedReturnVisit[]): Promise<void> {
    const { session, requests } = this.context;
    const rows: StoredReturnVisit[] = await session.tx.query(
      `SELECT rv.id, sr.code, rv.done_at, rv.imported FROM return_visits rv JOIN service_requests sr ON sr.id = rv.request_id
        WHERE rv.org_id = $1 AND sr.org_id = $1 AND rv.done_at IS NOT NULL AND sr.code = ANY($2::text[])`,
      [session.org.id, [...new Set(records.map((record) => record.requestCode))]],
    );
    const stored = new Map(rows.map((row) => [returnVisitKey(row.code, row.done_at), row]));
    const orgId = session.org.id;
    for (const record of records) {
      const request = requests.find(record.requestCode);
      if (!request) {
        if (!session.refusedInSet('service_requests', record.requestCode)) {
          session.report(problemAt(record.source, 'request_code', 'notFound', { value: record.requestCode }));
        }
        continue;
      }
      const problems = returnVisitAgainstRequest(record, request, session.formatTime);
      session.report(problems);
      const key = returnVisitKey(record.requestCode, record.doneAt);
      const existing = stored.get(key);
      if (existing && !session.options.update) session.report(problemAt(record.source, 'done_at', 'alreadyExists', { key }));
      else if (existing && !existing.imported) session.report(problemAt(record.source, 'done_at', 'notImportedRecord', { key }));
      if (problems.length || (existing && (!session.options.update || !existing.imported)) || !request.closedAt) continue;

      const id = existing?.id ?? session.newId();
      const values = [
        id, request.id, request.closedAt, returnVisitDueAt(request.closedAt, DEFAULT_RETURN_VISIT_TARGET_DAYS), record.doneAt, record.method,
        record.rating, record.recommend, record.comment,
      ];
      if (existing) this.updates.push(values);
      else this.inserts.push(values);
      this.attempts.push([orgId, id, 1, record.doneAt, record.method, 'COMPLETED']);
      if (record.rating !== null) {
        this.responses.push([orgId, request.id, 'RETURN_VISIT', id, record.doneAt, record.rating, record.recommend, '[]', record.comment]);
      }
    }
  }

  async write(): Promise<void> {
    const { session } = this.context;
    const orgId = session.org.id;
    const done = columns('org_id:uuid', 'status:text', 'attempt_count:int', 'outcome:text', 'imported:boolean');
    await bulkInsert(session.tx, 'return_visits', [...VISIT_COLUMNS, ...done], this.inserts.map((row) => [...row, orgId, 'DONE', 1, 'COMPLETED', true]));
    await bulkUpdate(session.tx, 'return_visits', orgId, VISIT_COLUMNS, this.updates, 'version = t.version + 1, updated_at = now()');
    const updatedIds = this.updates.map((row) => row[0] as string);
    await deleteWhereIn(session.tx, 'return_visit_attempts', orgId, 'return_visit_id', updatedIds);
    await deleteWhereIn(session.tx, 'survey_responses', orgId, 'return_visit_id', updatedIds);
    await bulkInsert(session.tx, 'return_visit_attempts', ATTEMPT_COLUMNS, this.attempts);
    await bulkInsert(session.tx, 'survey_responses', RESPONSE_COLUMNS, this.responses);
    session.count('return_visits', this.inserts.length, this.updates.length);
  }
}
