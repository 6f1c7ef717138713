import { Injectable } from '@nestjs/common';
import {
  allowedComplaintCommands,
  complaintTargetsFor,
  type Channel,
  type ComplaintAction,
  type ComplaintDeadlineKind,
  type ComplaintEscalationReason,
  type ComplaintEvent as DomainComplaintEvent,
  type ComplaintLifecycleState,
  type ComplaintSeverity,
  type ComplaintStatus,
  type KpiTargets,
  type OutletKind,
  type RequestStatus,
} from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Page } from '../../core/pagination/connection.model';
import { keysetPage, type KeysetCursor } from '../../core/pagination/keyset';
import type { ComplaintEvent } from './complaint-event.model';
import type { Complaint } from './complaint.model';

export interface ComplaintListQuery {
  orgId: string;
  statuses?: readonly ComplaintStatus[] | null;
  severities?: readonly ComplaintSeverity[] | null;
  outletIds?: readonly string[] | null;
  receivedFrom?: Date | null;
  receivedTo?: Date | null;
  /** With `now` and the organisation's targets, which decide what is overdue. */
  overdue?: { value: boolean; now: Date; targets: KpiTargets } | null;
}

interface ComplaintRow {
  id: string;
  code: string;
  status: ComplaintStatus;
  channel: Channel | null;
  severity: ComplaintSeverity;
  category: string | null;
  description: string | null;
  received_at: Date;
  acknowledged_at: Date | null;
  closed_at: Date | null;
  escalation_level: number;
  ack_deadline_escalated: boolean;
  resolution_deadline_escalated: boolean;
  resolution: string | null;
  customer_accepted: boolean | null;
  version: number;
  cursor_key: string;
  customer_id: string;
  customer_name: string;
  customer_phone: string;
  customer_address: string | null;
  customer_active: boolean;
  customer_version: number;
  outlet_id: string | null;
  outlet_code: string | null;
  outlet_name: string | null;
  outlet_kind: OutletKind | null;
  outlet_city: string | null;
  outlet_region_id: string | null;
  outlet_address: string | null;
  outlet_coverage: string | null;
  outlet_active: boolean | null;
  outlet_version: number | null;
  region_name: string | null;
  request_id: string | null;
  request_code: string | null;
  request_status: RequestStatus | null;
}

/** One row carries the complaint and what lists show of its customer, outlet and request: no N+1. */
const SELECT_COMPLAINT = `
  SELECT c.id, c.code, c.status, c.channel, c.severity, c.category, c.description, c.received_at, c.acknowledged_at,
         c.closed_at, c.escalation_level, c.ack_deadline_escalated, c.resolution_deadline_escalated, c.resolution,
         c.customer_accepted, c.version,
         to_char(c.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_key,
         cu.id AS customer_id, cu.name AS customer_name, cu.phone AS customer_phone, cu.address AS customer_address,
         cu.active AS customer_active, cu.version AS customer_version,
         o.id AS outlet_id, o.code AS outlet_code, o.name AS outlet_name, o.kind AS outlet_kind, o.city AS outlet_city,
         o.region_id AS outlet_region_id, o.address AS outlet_address, o.coverage AS outlet_coverage,
         o.active AS outlet_active, o.version AS outlet_version,
         r.name AS region_name,
         sr.id AS request_id, sr.code AS request_code, sr.status AS request_status
    FROM complaints c
    JOIN customers cu ON cu.id = c.customer_id AND cu.org_id = c.org_id
    LEFT JOIN outlets o ON o.id = c.outlet_id AND o.org_id = c.org_id
    LEFT JOIN regions r ON r.id = o.region_id AND r.org_id = c.org_id
    LEFT JOIN service_requests sr ON sr.id = c.request_id AND sr.org_id = c.org_id`;

export function escalatedDeadlinesOf(row: { ack_deadline_escalated: boolean; resolution_deadline_escalated: boolean }): ComplaintDeadlineKind[] {
  const kinds: ComplaintDeadlineKind[] = [];
  if (row.ack_deadline_escalated) kinds.push('ACKNOWLEDGEMENT');
  if (row.resolution_deadline_escalated) kinds.push('RESOLUTION');
  return kinds;
}

function toModel(row: ComplaintRow): Complaint {
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    channel: row.channel,
    severity: row.severity,
    category: row.category,
    description: row.description,
    receivedAt: row.received_at,
    acknowledgedAt: row.acknowledged_at,
    closedAt: row.closed_at,
    escalationLevel: row.escalation_level,
    escalatedDeadlines: escalatedDeadlinesOf(row),
    resolution: row.resolution,
    customerAccepted: row.customer_accepted,
    version: row.version,
    allowedCommands: allowedComplaintCommands(row.status, row.escalation_level),
    customer: {
      id: row.customer_id,
      name: row.customer_name,
      phone: row.customer_phone,
      address: row.customer_address,
      active: row.customer_active,
      version: row.customer_version,
    },
    outlet: row.outlet_id
      ? {
          id: row.outlet_id,
          code: row.outlet_code!,
          name: row.outlet_name!,
          kind: row.outlet_kind!,
          city: row.outlet_city!,
          regionId: row.outlet_region_id,
          regionName: row.region_name,
          address: row.outlet_address,
          coverage: row.outlet_coverage,
          active: row.outlet_active!,
          version: row.outlet_version!,
        }
      : null,
    request: row.request_id ? { id: row.request_id, code: row.request_code!, status: row.request_status! } : null,
  };
}

/**
 * SQL of "open and past a deadline it still has to meet" (complaintDeadlineStatus().overdue), with
 * the organisation's targets as parameters. Per-outlet overrides are not stored yet, so the
 * organisation's values are the ones that apply.
 */
function overdueCondition(now: Date, targets: KpiTargets, params: unknown[]): string {
  const { acknowledgementHours, resolutionHours } = complaintTargetsFor(targets, null);
  params.push(now, acknowledgementHours, resolutionHours.MAJOR, resolutionHours.NORMAL);
  const [at, ack, major, normal] = [params.length - 3, params.length - 2, params.length - 1, params.length].map((n) => `$${n}`);
  return `((c.status = 'RECEIVED' AND c.received_at + ${ack}::float8 * interval '1 hour' < ${at}::timestamptz)
        OR (c.status <> 'CLOSED' AND c.received_at + (CASE c.severity WHEN 'MAJOR' THEN ${major}::float8 ELSE ${normal}::float8 END) * interval '1 hour' < ${at}::timestamptz))`;
}

/** The WHERE clause shared by the page and the count, always starting with org_id. */
function whereClause(query: ComplaintListQuery, params: unknown[]): string {
  params.push(query.orgId);
  const conditions = [`c.org_id = $${params.length}`];
  if (query.statuses?.length) {
    params.push(query.statuses);
    conditions.push(`c.status = ANY($${params.length}::varchar[])`);
  }
  if (query.severities?.length) {
    params.push(query.severities);
    conditions.push(`c.severity = ANY($${params.length}::varchar[])`);
  }
  if (query.outletIds?.length) {
    params.push(query.outletIds);
    conditions.push(`c.outlet_id = ANY($${params.length}::uuid[])`);
  }
  if (query.receivedFrom) {
    params.push(query.receivedFrom);
    conditions.push(`c.received_at >= $${params.length}`);
  }
  if (query.receivedTo) {
    params.push(query.receivedTo);
    conditions.push(`c.received_at < $${params.length}`);
  }
  if (query.overdue) {
    const overdue = overdueCondition(query.overdue.now, query.overdue.targets, params);
    conditions.push(query.overdue.value ? overdue : `NOT ${overdue}`);
  }
  return conditions.join(' AND ');
}

/** A complaint as the lifecycle and the escalation job see it, read under a row lock. */
export interface LockedComplaint {
  status: ComplaintStatus;
  severity: ComplaintSeverity;
  outlet_id: string | null;
  received_at: Date;
  acknowledged_at: Date | null;
  closed_at: Date | null;
  escalation_level: number;
  ack_deadline_escalated: boolean;
  resolution_deadline_escalated: boolean;
  resolution: string | null;
  customer_accepted: boolean | null;
  version: number;
  last_event_at: Date | null;
}

export function lifecycleStateOf(row: LockedComplaint): ComplaintLifecycleState {
  return {
    status: row.status,
    severity: row.severity,
    outletId: row.outlet_id,
    receivedAt: row.received_at,
    lastEventAt: row.last_event_at ?? row.received_at,
    acknowledgedAt: row.acknowledged_at,
    closedAt: row.closed_at,
    escalationLevel: row.escalation_level,
    escalatedDeadlines: escalatedDeadlinesOf(row),
    resolution: row.resolution,
    customerAccepted: row.customer_accepted,
  };
}

/** An open complaint the escalation job considers (any organisation). */
export interface EscalationCandidateRow extends LockedComplaint {
  id: string;
  org_id: string;
}

const LOCKED_COLUMNS = `c.status, c.severity, c.outlet_id, c.received_at, c.acknowledged_at, c.closed_at, c.escalation_level,
       c.ack_deadline_escalated, c.resolution_deadline_escalated, c.resolution, c.customer_accepted, c.version,
       (SELECT max(e.at) FROM complaint_events e WHERE e.org_id = c.org_id AND e.complaint_id = c.id) AS last_event_at`;

@Injectable()
export class ComplaintRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first, keyset-paginated on (received_at, id), with the total count of the same filter. */
  page(query: ComplaintListQuery, first: number, after: KeysetCursor | null): Promise<Page<Complaint>> {
    const params: unknown[] = [];
    const where = whereClause(query, params);
    return keysetPage<ComplaintRow, Complaint>(
      this.dataSource.manager,
      { select: SELECT_COMPLAINT, where, params, keyColumn: 'c.received_at', idColumn: 'c.id', keyType: 'timestamptz', direction: 'DESC' },
      { first, after },
      toModel,
    );
  }

  async findById(orgId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<Complaint | null> {
    const rows: ComplaintRow[] = await manager.query(`${SELECT_COMPLAINT} WHERE c.org_id = $1 AND c.id = $2`, [orgId, id]);
    return rows[0] ? toModel(rows[0]) : null;
  }

  async lock(tx: EntityManager, orgId: string, id: string): Promise<LockedComplaint | null> {
    const [row]: LockedComplaint[] = await tx.query(`SELECT ${LOCKED_COLUMNS} FROM complaints c WHERE c.org_id = $1 AND c.id = $2 FOR UPDATE`, [orgId, id]);
    return row ?? null;
  }

  /** Locks several complaints of one organisation, in id order so that concurrent runs cannot deadlock. */
  async lockMany(tx: EntityManager, orgId: string, ids: readonly string[]): Promise<(LockedComplaint & { id: string })[]> {
    return tx.query(
      `SELECT c.id, ${LOCKED_COLUMNS} FROM complaints c WHERE c.org_id = $1 AND c.id = ANY($2::uuid[]) ORDER BY c.id FOR UPDATE`,
      [orgId, ids],
    );
  }

  /** Open complaints below the top level, of one organisation or all: the ones a deadline may raise. */
  async escalationCandidates(orgId: string | null, topLevel: number): Promise<EscalationCandidateRow[]> {
    const params: unknown[] = [topLevel];
    const byOrg = orgId ? `AND c.org_id = $${params.push(orgId)}` : '';
    return this.dataSource.query(
      `SELECT c.id, c.org_id, ${LOCKED_COLUMNS}
         FROM complaints c
        WHERE c.status IN ('RECEIVED', 'ACKNOWLEDGED') AND c.escalation_level < $1 ${byOrg}
        ORDER BY c.org_id, c.id`,
      params,
    );
  }

  /** Writes the state a command or the job produced, and its events, in the caller's transaction. */
  async saveTransition(tx: EntityManager, orgId: string, id: string, state: ComplaintLifecycleState, events: readonly DomainComplaintEvent[]): Promise<void> {
    await tx.query(
      `UPDATE complaints
          SET status = $3, acknowledged_at = $4, closed_at = $5, escalation_level = $6, ack_deadline_escalated = $7,
              resolution_deadline_escalated = $8, resolution = $9, customer_accepted = $10, version = version + 1, updated_at = now()
        WHERE org_id = $1 AND id = $2`,
      [
        orgId, id, state.status, state.acknowledgedAt, state.closedAt, state.escalationLevel,
        state.escalatedDeadlines.includes('ACKNOWLEDGEMENT'), state.escalatedDeadlines.includes('RESOLUTION'),
        state.resolution, state.customerAccepted,
      ],
    );
    for (const event of events) await this.insertEvent(tx, orgId, id, event);
  }

  async insertEvent(tx: EntityManager, orgId: string, complaintId: string, event: DomainComplaintEvent): Promise<void> {
    // Actor stays empty until accounts exist (issue "Accounts, roles, audit trail").
    await tx.query(
      `INSERT INTO complaint_events
         (org_id, complaint_id, action, from_status, to_status, from_level, to_level, escalation_reason, deadline, at, actor_id, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, $11)`,
      [orgId, complaintId, event.action, event.fromStatus, event.toStatus, event.fromLevel, event.toLevel, event.escalationReason, event.deadline, event.at, event.note],
    );
  }

  /** Histories of many complaints in one query (batched by the per-complaint loader), oldest first. */
  async eventsOf(orgId: string, complaintIds: readonly string[]): Promise<Map<string, ComplaintEvent[]>> {
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT e.id, e.complaint_id, e.action, e.from_status, e.to_status, e.from_level, e.to_level, e.escalation_reason,
              e.deadline, e.at, e.note, a.id AS actor_id, a.login AS actor_login, a.name AS actor_name
         FROM complaint_events e
         LEFT JOIN staff a ON a.id = e.actor_id AND a.org_id = e.org_id
        WHERE e.org_id = $1 AND e.complaint_id = ANY($2::uuid[])
        ORDER BY e.at, e.to_level, e.id`,
      [orgId, complaintIds],
    );
    const byComplaint = new Map<string, ComplaintEvent[]>(complaintIds.map((id) => [id, []]));
    for (const row of rows) {
      byComplaint.get(row.complaint_id)?.push({
        id: row.id,
        action: row.action,
        fromStatus: row.from_status,
        toStatus: row.to_status,
        fromLevel: row.from_level,
        toLevel: row.to_level,
        escalationReason: row.escalation_reason,
        deadline: row.deadline,
        at: row.at,
        note: row.note,
        actor: row.actor_id ? { id: row.actor_id, login: row.actor_login!, name: row.actor_name! } : null,
      });
    }
    return byComplaint;
  }
}

interface EventRow {
  id: string;
  complaint_id: string;
  action: ComplaintAction;
  from_status: ComplaintStatus | null;
  to_status: ComplaintStatus;
  from_level: number | null;
  to_level: number;
  escalation_reason: ComplaintEscalationReason | null;
  deadline: ComplaintDeadlineKind | null;
  at: Date;
  note: string | null;
  actor_id: string | null;
  actor_login: string | null;
  actor_name: string | null;
}
