import { Injectable } from '@nestjs/common';
import { deliveryPunctuality, type ArrivalCondition, type DeliveryKind, type DeliveryStatus, type RequestStatus } from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { SqlConditions } from '../../core/database/sql-conditions';
import type { Page } from '../../core/pagination/connection.model';
import { instantKeySql, keysetPage, type KeysetCursor } from '../../core/pagination/keyset';
import type { Delivery } from './delivery.model';

export interface DeliveryListQuery {
  orgId: string;
  statuses?: readonly DeliveryStatus[] | null;
  kinds?: readonly DeliveryKind[] | null;
  outletIds?: readonly string[] | null;
  staffIds?: readonly string[] | null;
  requestId?: string | null;
  scheduledFrom?: Date | null;
  scheduledTo?: Date | null;
}

interface DeliveryRow {
  id: string;
  cursor_key: string;
  request_id: string;
  request_code: string;
  kind: DeliveryKind;
  status: DeliveryStatus;
  customer_name: string;
  outlet_id: string;
  outlet_name: string;
  serial_no: string | null;
  scheduled_from: Date;
  scheduled_to: Date;
  staff_id: string | null;
  staff_login: string | null;
  staff_name: string | null;
  note: string | null;
  done_at: Date | null;
  condition: ArrivalCondition | null;
  signer_name: string | null;
  completion_note: string | null;
  version: number;
}

/** A delivery and what lists show of its request, customer, outlet, unit and staff: one row, no N+1. */
const SELECT_DELIVERY = `
  SELECT d.id, ${instantKeySql('d.scheduled_from')} AS cursor_key, d.request_id, sr.code AS request_code, d.kind, d.status,
         c.name AS customer_name, o.id AS outlet_id, o.name AS outlet_name, pu.serial_no,
         d.scheduled_from, d.scheduled_to, s.id AS staff_id, s.login AS staff_login, s.name AS staff_name, d.note,
         d.done_at, d.condition, d.signer_name, d.completion_note, d.version
    FROM deliveries d
    JOIN service_requests sr ON sr.org_id = d.org_id AND sr.id = d.request_id
    JOIN customers c ON c.org_id = sr.org_id AND c.id = sr.customer_id
    JOIN outlets o ON o.org_id = sr.org_id AND o.id = sr.outlet_id
    LEFT JOIN product_units pu ON pu.org_id = d.org_id AND pu.id = d.unit_id
    LEFT JOIN staff s ON s.org_id = d.org_id AND s.id = d.staff_id`;

function toModel(row: DeliveryRow): Delivery {
  return {
    id: row.id,
    requestId: row.request_id,
    requestCode: row.request_code,
    kind: row.kind,
    status: row.status,
    customerName: row.customer_name,
    outletId: row.outlet_id,
    outletName: row.outlet_name,
    serialNo: row.serial_no,
    scheduledFrom: row.scheduled_from,
    scheduledTo: row.scheduled_to,
    staff: row.staff_id ? { id: row.staff_id, login: row.staff_login!, name: row.staff_name! } : null,
    note: row.note,
    doneAt: row.done_at,
    punctuality: row.done_at ? deliveryPunctuality({ from: row.scheduled_from, to: row.scheduled_to }, row.done_at) : null,
    condition: row.condition,
    signerName: row.signer_name,
    completionNote: row.completion_note,
    version: row.version,
  };
}

function conditionsOf(query: DeliveryListQuery): SqlConditions {
  return new SqlConditions('d.org_id', query.orgId)
    .when(query.statuses?.length, (p) => `d.status = ANY(${p}::varchar[])`, query.statuses)
    .when(query.kinds?.length, (p) => `d.kind = ANY(${p}::varchar[])`, query.kinds)
    .when(query.outletIds?.length, (p) => `sr.outlet_id = ANY(${p}::uuid[])`, query.outletIds)
    .when(query.staffIds?.length, (p) => `d.staff_id = ANY(${p}::uuid[])`, query.staffIds)
    .when(query.requestId, (p) => `d.request_id = ${p}::uuid`, query.requestId)
    .when(query.scheduledFrom, (p) => `d.scheduled_from >= ${p}::timestamptz`, query.scheduledFrom)
    .when(query.scheduledTo, (p) => `d.scheduled_from < ${p}::timestamptz`, query.scheduledTo);
}

/** A delivery as completion sees it, with its request's state, read under a row lock. */
export interface LockedDelivery {
  status: DeliveryStatus;
  version: number;
  staff_id: string | null;
  request_code: string;
  request_status: RequestStatus;
  reported_at: Date;
}

@Injectable()
export class DeliveriesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The worklist: earliest window first. */
  page(query: DeliveryListQuery, page: { first: number; after: KeysetCursor | null }): Promise<Page<Delivery>> {
    const { where, params } = conditionsOf(query);
    return keysetPage(
      this.dataSource.manager,
      { select: SELECT_DELIVERY, where, params, keyColumn: 'd.scheduled_from', idColumn: 'd.id', keyType: 'timestamptz', direction: 'ASC' },
      page,
      toModel,
    );
  }

  async findById(orgId: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<Delivery | null> {
    const rows: DeliveryRow[] = await manager.query(`${SELECT_DELIVERY} WHERE d.org_id = $1 AND d.id = $2`, [orgId, id]);
    return rows[0] ? toModel(rows[0]) : null;
  }

  /** Deliveries of many requests (batched by the per-request loader), in window order. */
  async ofRequests(orgId: string, requestIds: readonly string[]): Promise<Map<string, Delivery[]>> {
    const rows: DeliveryRow[] = await this.dataSource.query(
      `${SELECT_DELIVERY} WHERE d.org_id = $1 AND d.request_id = ANY($2::uuid[]) ORDER BY d.scheduled_from, d.id`,
      [orgId, requestIds],
    );
    const byRequest = new Map<string, Delivery[]>(requestIds.map((id) => [id, []]));
    for (const row of rows) byRequest.get(row.request_id)?.push(toModel(row));
    return byRequest;
  }

  /** Locks the delivery (and its request, so the request cannot be closed meanwhile). */
  async lock(tx: EntityManager, orgId: string, id: string): Promise<LockedDelivery | null> {
    const [row]: LockedDelivery[] = await tx.query(
      `SELECT d.status, d.version, d.staff_id, sr.code AS request_code, sr.status AS request_status, sr.reported_at
         FROM deliveries d JOIN service_requests sr ON sr.org_id = d.org_id AND sr.id = d.request_id
        WHERE d.org_id = $1 AND d.id = $2
        FOR UPDATE`,
      [orgId, id],
    );
    return row ?? null;
  }
}
