import { Injectable } from '@nestjs/common';
import { allowedCommands, normalisePhone, type Channel, type OutletKind, type Priority, type RequestStatus, type ServiceType, type WarrantyStatus } from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { encodeCursor, type RequestCursor } from '../../core/pagination/cursor';
import type { ServiceRequestEvent } from './service-request-event.model';
import type { ServiceRequest, ServiceRequestEdge } from './service-request.model';

export interface RequestListQuery {
  orgId: string;
  statuses?: readonly RequestStatus[] | null;
  outletIds?: readonly string[] | null;
  reportedFrom?: Date | null;
  reportedTo?: Date | null;
  technicianIds?: readonly string[] | null;
  search?: string | null;
}

interface RequestRow {
  id: string;
  code: string;
  type: ServiceType;
  channel: Channel;
  priority: Priority;
  status: RequestStatus;
  warranty_status: WarrantyStatus;
  fault_description: string | null;
  serial_no: string | null;
  reported_at: Date;
  acknowledged_at: Date | null;
  resolved_at: Date | null;
  closed_at: Date | null;
  cancelled_at: Date | null;
  reopen_count: number;
  version: number;
  technician_id: string | null;
  technician_login: string | null;
  technician_name: string | null;
  cursor_reported_at: string;
  customer_id: string;
  customer_name: string;
  customer_phone: string;
  customer_address: string | null;
  customer_active: boolean;
  customer_version: number;
  product_id: string;
  product_model: string;
  product_name: string;
  product_category: string;
  product_warranty_months: number;
  product_hazardous: boolean;
  product_active: boolean;
  product_version: number;
  outlet_id: string;
  outlet_code: string;
  outlet_name: string;
  outlet_kind: OutletKind;
  outlet_city: string;
  outlet_region_id: string | null;
  outlet_address: string | null;
  outlet_coverage: string | null;
  outlet_active: boolean;
  outlet_version: number;
  region_name: string | null;
}

/**
 * One row carries the request and what the list shows of its customer, product and outlet: no N+1.
 * `requests`: where the request rows come from (a CTE that has just written one, see insertAndRead).
 */
const selectRequest = (requests = 'service_requests'): string => `
  SELECT sr.id, sr.code, sr.type, sr.channel, sr.priority, sr.status, sr.warranty_status, sr.fault_description,
         pu.serial_no, sr.reported_at, sr.acknowledged_at, sr.resolved_at, sr.closed_at, sr.cancelled_at,
         sr.reopen_count, sr.version, t.id AS technician_id, t.login AS technician_login, t.name AS technician_name,
         to_char(sr.reported_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_reported_at,
         c.id AS customer_id, c.name AS customer_name, c.phone AS customer_phone, c.address AS customer_address,
         c.active AS customer_active, c.version AS customer_version,
         p.id AS product_id, p.model AS product_model, p.name AS product_name, p.category AS product_category,
         p.warranty_months AS product_warranty_months, p.hazardous AS product_hazardous, p.active AS product_active,
         p.version AS product_version,
         o.id AS outlet_id, o.code AS outlet_code, o.name AS outlet_name, o.kind AS outlet_kind, o.city AS outlet_city,
         o.region_id AS outlet_region_id, o.address AS outlet_address, o.coverage AS outlet_coverage,
         o.active AS outlet_active, o.version AS outlet_version, r.name AS region_name
    FROM ${requests} sr
    JOIN customers c ON c.id = sr.customer_id AND c.org_id = sr.org_id
    JOIN products p ON p.id = sr.product_id AND p.org_id = sr.org_id
    JOIN outlets o ON o.id = sr.outlet_id AND o.org_id = sr.org_id
    LEFT JOIN regions r ON r.id = o.region_id AND r.org_id = sr.org_id
    LEFT JOIN product_units pu ON pu.id = sr.unit_id AND pu.org_id = sr.org_id
    LEFT JOIN staff t ON t.id = sr.technician_id AND t.org_id = sr.org_id`;

const SELECT_REQUEST = selectRequest();

function toModel(row: RequestRow): ServiceRequest {
  return {
    id: row.id,
    code: row.code,
    type: row.type,
    channel: row.channel,
    priority: row.priority,
    status: row.status,
    warrantyStatus: row.warranty_status,
    faultDescription: row.fault_description,
    serialNo: row.serial_no,
    reportedAt: row.reported_at,
    acknowledgedAt: row.acknowledged_at,
    resolvedAt: row.resolved_at,
    closedAt: row.closed_at,
    cancelledAt: row.cancelled_at,
    reopenCount: row.reopen_count,
    version: row.version,
    allowedCommands: allowedCommands(row.status),
    technician: row.technician_id ? { id: row.technician_id, login: row.technician_login!, name: row.technician_name! } : null,
    customer: {
      id: row.customer_id,
      name: row.customer_name,
      phone: row.customer_phone,
      address: row.customer_address,
      active: row.customer_active,
      version: row.customer_version,
    },
    product: {
      id: row.product_id,
      model: row.product_model,
      name: row.product_name,
      category: row.product_category,
      warrantyMonths: row.product_warranty_months,
      hazardous: row.product_hazardous,
      active: row.product_active,
      version: row.product_version,
    },
    outlet: {
      id: row.outlet_id,
      code: row.outlet_code,
      name: row.outlet_name,
      kind: row.outlet_kind,
      city: row.outlet_city,
      regionId: row.outlet_region_id,
      regionName: row.region_name,
      address: row.outlet_address,
      coverage: row.outlet_coverage,
      active: row.outlet_active,
      version: row.outlet_version,
    },
  };
}

/** Builds the WHERE clause shared by the page, the count and the statistics, always starting with org_id. */
function whereClause(query: RequestListQuery, params: unknown[]): string {
  params.push(query.orgId);
  const conditions = [`sr.org_id = $${params.length}`];
  if (query.statuses?.length) {
    params.push(query.statuses);
    conditions.push(`sr.status = ANY($${params.length}::varchar[])`);
  }
  if (query.outletIds?.length) {
    params.push(query.outletIds);
    conditions.push(`sr.outlet_id = ANY($${params.length}::uuid[])`);
  }
  if (query.reportedFrom) {
    params.push(query.reportedFrom);
    conditions.push(`sr.reported_at >= $${params.length}`);
  }
  if (query.reportedTo) {
    params.push(query.reportedTo);
    conditions.push(`sr.reported_at < $${params.length}`);
  }
  if (query.technicianIds?.length) {
    params.push(query.technicianIds);
    conditions.push(`sr.technician_id = ANY($${params.length}::uuid[])`);
  }
  if (query.search) conditions.push(searchCondition(query.search, params));
  return conditions.join(' AND ');
}

/**
 * What a dispatcher types into one box: the start of a request code or serial number, part of the
 * customer's name, or the start of their phone number (separators ignored).
 */
function searchCondition(search: string, params: unknown[]): string {
  const escaped = search.replace(/[\\%_]/g, (char) => `\\${char}`);
  params.push(escaped);
  const text = `$${params.length}`;
  const digits = normalisePhone(search);
  const phone = /^\d{3,}$/.test(digits) ? (params.push(digits), `OR c2.phone LIKE $${params.length} || '%'`) : '';
  return `(sr.code ILIKE ${text} || '%'
     OR EXISTS (SELECT 1 FROM customers c2 WHERE c2.org_id = sr.org_id AND c2.id = sr.customer_id AND (c2.name ILIKE '%' || ${text} || '%' ${phone}))
     OR EXISTS (SELECT 1 FROM product_units u2 WHERE u2.org_id = sr.org_id AND u2.id = sr.unit_id AND u2.serial_no ILIKE ${text} || '%'))`;
}

@Injectable()
export class ServiceRequestRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first, keyset-paginated on (reported_at, id). Fetches one extra row to know if more exist. */
  async page(query: RequestListQuery, first: number, after: RequestCursor | null): Promise<{ edges: ServiceRequestEdge[]; hasNextPage: boolean }> {
    const params: unknown[] = [];
    let where = whereClause(query, params);
    if (after) {
      params.push(after.reportedAt, after.id);
      where += ` AND (sr.reported_at, sr.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`;
    }
    params.push(first + 1);
    const rows: RequestRow[] = await this.dataSource.query(
      `${SELECT_REQUEST} WHERE ${where} ORDER BY sr.reported_at DESC, sr.id DESC LIMIT $${params.length}`,
      params,
    );
    const edges = rows.slice(0, first).map((row) => ({
      cursor: encodeCursor({ reportedAt: row.cursor_reported_at, id: row.id }),
      node: toModel(row),
    }));
    return { edges, hasNextPage: rows.length > first };
  }

  async count(query: RequestListQuery): Promise<number> {
    const params: unknown[] = [];
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS n FROM service_requests sr WHERE ${whereClause(query, params)}`, params);
    return row.n;
  }

  /**
   * Runs `writes` (CTEs, the one named `written` inserting one request `RETURNING *`) and answers the request as
   * findById does, in the same statement: one round trip instead of a write and a read.
   */
  async insertAndRead(manager: EntityManager, writes: string, params: unknown[]): Promise<ServiceRequest> {
    const rows: RequestRow[] = await manager.query(`WITH ${writes} ${selectRequest('written')}`, params);
    return toModel(rows[0]!);
  }

  async findById(orgId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<ServiceRequest | null> {
    const rows: RequestRow[] = await manager.query(`${SELECT_REQUEST} WHERE sr.org_id = $1 AND sr.id = $2`, [orgId, id]);
    return rows[0] ? toModel(rows[0]) : null;
  }

  async countByStatus(query: RequestListQuery): Promise<{ status: RequestStatus; count: number }[]> {
    const params: unknown[] = [];
    return this.dataSource.query(
      `SELECT sr.status, count(*)::int AS count FROM service_requests sr WHERE ${whereClause(query, params)} GROUP BY sr.status ORDER BY sr.status`,
      params,
    );
  }

  async countByMonth(query: RequestListQuery, timeZone: string): Promise<{ month: string; count: number }[]> {
    const params: unknown[] = [];
    const where = whereClause(query, params);
    params.push(timeZone);
    return this.dataSource.query(
      `SELECT to_char(sr.reported_at AT TIME ZONE $${params.length}, 'YYYY-MM') AS month, count(*)::int AS count
         FROM service_requests sr WHERE ${where} GROUP BY 1 ORDER BY 1`,
      params,
    );
  }

  /** Timelines of many requests in one query (batched by the per-request loader), oldest first. */
  async eventsOf(orgId: string, requestIds: readonly string[]): Promise<Map<string, ServiceRequestEvent[]>> {
    const rows: EventRow[] = await this.dataSource.query(
      `SELECT e.id, e.request_id, e.from_status, e.to_status, e.at, e.note, e.imported, a.id AS actor_id, a.login AS actor_login, a.name AS actor_name
         FROM service_request_events e
         LEFT JOIN staff a ON a.id = e.actor_id AND a.org_id = e.org_id
        WHERE e.org_id = $1 AND e.request_id = ANY($2::uuid[])
        ORDER BY e.at, e.id`,
      [orgId, requestIds],
    );
    const byRequest = new Map<string, ServiceRequestEvent[]>(requestIds.map((id) => [id, []]));
    for (const row of rows) {
      byRequest.get(row.request_id)?.push({
        id: row.id,
        fromStatus: row.from_status,
        toStatus: row.to_status,
        at: row.at,
        note: row.note,
        imported: row.imported,
        actor: row.actor_id ? { id: row.actor_id, login: row.actor_login!, name: row.actor_name! } : null,
      });
    }
    return byRequest;
  }
}

interface EventRow {
  id: string;
  request_id: string;
  imported: boolean;
  from_status: RequestStatus | null;
  to_status: RequestStatus;
  at: Date;
  note: string | null;
  actor_id: string | null;
  actor_login: string | null;
  actor_name: string | null;
}
