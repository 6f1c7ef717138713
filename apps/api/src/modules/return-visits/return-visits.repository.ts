import { Injectable } from '@nestjs/common';
import type { ReturnVisitMethod, ReturnVisitOutcome, ReturnVisitStatus } from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { ReturnVisit, ReturnVisitAttempt, ReturnVisitEdge } from './return-visit.model';

export interface ReturnVisitListQuery {
  orgId: string;
  statuses?: readonly ReturnVisitStatus[] | null;
  dueBefore?: Date | null;
  outletIds?: readonly string[] | null;
  requestId?: string | null;
}

/** Keyset position in the worklist: (dueAt, id), oldest due first. */
export interface ReturnVisitCursor {
  dueAt: string;
  id: string;
}

export function encodeReturnVisitCursor(cursor: ReturnVisitCursor): string {
  return Buffer.from(`${cursor.dueAt}|${cursor.id}`, 'utf8').toString('base64url');
}

export function decodeReturnVisitCursor(value: string): ReturnVisitCursor | null {
  const [dueAt, id] = Buffer.from(value, 'base64url').toString('utf8').split('|');
  if (!dueAt || !id || Number.isNaN(Date.parse(dueAt)) || !/^[0-9a-f-]{36}$/i.test(id)) return null;
  return { dueAt, id };
}

interface ReturnVisitRow {
  id: string;
  request_id: string;
  request_code: string;
  customer_name: string;
  customer_phone: string;
  outlet_id: string;
  outlet_name: string;
  closed_at: Date;
  due_at: Date;
  cursor_due_at: string;
  status: ReturnVisitStatus;
  attempt_count: number;
  next_attempt_at: Date | null;
  done_at: Date | null;
  method: ReturnVisitMethod | null;
  outcome: ReturnVisitOutcome | null;
  rating: number | null;
  recommend: number | null;
  comment: string | null;
  version: number;
  staff_id: string | null;
  staff_login: string | null;
  staff_name: string | null;
  attempts: (Omit<ReturnVisitAttempt, 'at' | 'staff'> & { at: string; staff: ReturnVisitAttempt['staff'] })[];
}

/** A visit with its request, customer, outlet, staff and every attempt: one row, no N+1. */
const SELECT_RETURN_VISIT = `
  SELECT rv.id, rv.request_id, sr.code AS request_code, c.name AS customer_name, c.phone AS customer_phone,
         o.id AS outlet_id, o.name AS outlet_name, rv.closed_at, rv.due_at,
         to_char(rv.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_due_at,
         rv.status, rv.attempt_count, rv.next_attempt_at, rv.done_at, rv.method, rv.outcome, rv.rating, rv.recommend, rv.comment,
         rv.version, s.id AS staff_id, s.login AS staff_login, s.name AS staff_name,
         COALESCE((SELECT json_agg(json_build_object(
                    'seq', a.seq, 'at', a.at, 'method', a.method, 'outcome', a.outcome, 'note', a.note,
                    'staff', CASE WHEN st.id IS NULL THEN NULL ELSE json_build_object('id', st.id, 'login', st.login, 'name', st.name) END)
                    ORDER BY a.seq)
                     FROM return_visit_attempts a LEFT JOIN staff st ON st.org_id = a.org_id AND st.id = a.staff_id
                    WHERE a.org_id = rv.org_id AND a.return_visit_id = rv.id), '[]') AS attempts
    FROM return_visits rv
    JOIN service_requests sr ON sr.org_id = rv.org_id AND sr.id = rv.request_id
    JOIN customers c ON c.org_id = sr.org_id AND c.id = sr.customer_id
    JOIN outlets o ON o.org_id = sr.org_id AND o.id = sr.outlet_id
    LEFT JOIN staff s ON s.org_id = rv.org_id AND s.id = rv.staff_id`;

function toModel(row: ReturnVisitRow): ReturnVisit {
  return {
    id: row.id,
    requestId: row.request_id,
    requestCode: row.request_code,
    customerName: row.customer_name,
    customerPhone: row.customer_phone,
    outletId: row.outlet_id,
    outletName: row.outlet_name,
    closedAt: row.closed_at,
    dueAt: row.due_at,
    status: row.status,
    attemptCount: row.attempt_count,
    nextAttemptAt: row.next_attempt_at,
    doneAt: row.done_at,
    method: row.method,
    outcome: row.outcome,
    rating: row.rating,
    recommend: row.recommend,
    comment: row.comment,
    version: row.version,
    staff: row.staff_id ? { id: row.staff_id, login: row.staff_login!, name: row.staff_name! } : null,
    attempts: row.attempts.map((attempt) => ({ ...attempt, at: new Date(attempt.at) })),
  };
}

function whereClause(query: ReturnVisitListQuery, params: unknown[]): string {
  params.push(query.orgId);
  const conditions = [`rv.org_id = $${params.length}`];
  if (query.statuses?.length) {
    params.push(query.statuses);
    conditions.push(`rv.status = ANY($${params.length}::varchar[])`);
  }
  if (query.dueBefore) {
    params.push(query.dueBefore);
    conditions.push(`rv.due_at < $${params.length}`);
  }
  if (query.outletIds?.length) {
    params.push(query.outletIds);
    conditions.push(`rv.request_id IN (SELECT id FROM service_requests WHERE org_id = rv.org_id AND outlet_id = ANY($${params.length}::uuid[]))`);
  }
  if (query.requestId) {
    params.push(query.requestId);
    conditions.push(`rv.request_id = $${params.length}`);
  }
  return conditions.join(' AND ');
}

@Injectable()
export class ReturnVisitsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The worklist: earliest due first, keyset-paginated on (due_at, id); one extra row tells if more exist. */
  async page(query: ReturnVisitListQuery, first: number, after: ReturnVisitCursor | null): Promise<{ edges: ReturnVisitEdge[]; hasNextPage: boolean }> {
    const params: unknown[] = [];
    let where = whereClause(query, params);
    if (after) {
      params.push(after.dueAt, after.id);
      where += ` AND (rv.due_at, rv.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
    }
    params.push(first + 1);
    const rows: ReturnVisitRow[] = await this.dataSource.query(`${SELECT_RETURN_VISIT} WHERE ${where} ORDER BY rv.due_at, rv.id LIMIT $${params.length}`, params);
    const edges = rows.slice(0, first).map((row) => ({ cursor: encodeReturnVisitCursor({ dueAt: row.cursor_due_at, id: row.id }), node: toModel(row) }));
    return { edges, hasNextPage: rows.length > first };
  }

  async count(query: ReturnVisitListQuery): Promise<number> {
    const params: unknown[] = [];
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM return_visits rv WHERE ${whereClause(query, params)}`, params);
    return row.n;
  }

  async findById(orgId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<ReturnVisit | null> {
    const rows: ReturnVisitRow[] = await manager.query(`${SELECT_RETURN_VISIT} WHERE rv.org_id = $1 AND rv.id = $2`, [orgId, id]);
    return rows[0] ? toModel(rows[0]) : null;
  }

  /** Return visits of many requests (batched by the per-request loader), oldest first. */
  async ofRequests(orgId: string, requestIds: readonly string[]): Promise<Map<string, ReturnVisit[]>> {
    const rows: ReturnVisitRow[] = await this.dataSource.query(
      `${SELECT_RETURN_VISIT} WHERE rv.org_id = $1 AND rv.request_id = ANY($2::uuid[]) ORDER BY rv.request_id, rv.created_at, rv.id`,
      [orgId, requestIds],
    );
    const byRequest = new Map<string, ReturnVisit[]>(requestIds.map((id) => [id, []]));
    for (const row of rows) byRequest.get(row.request_id)?.push(toModel(row));
    return byRequest;
  }
}
