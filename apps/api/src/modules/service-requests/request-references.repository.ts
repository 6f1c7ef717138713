import { Injectable } from '@nestjs/common';
import type { RequestStatus, ServiceType, WarrantyStatus } from '@stardesk/domain';
import type { EntityManager } from 'typeorm';
import { AppError, recordNotFound } from '../../core/errors/app-errors';
import { isUuid } from '../../core/ids';

const REQUEST = { 'zh-CN': '工单', en: 'Service request' };

/** What records attached to a request (deliveries, warranty decisions, take-backs) need to know of it. */
export interface RequestReference {
  id: string;
  code: string;
  type: ServiceType;
  status: RequestStatus;
  reported_at: Date;
  unit_id: string | null;
  product_id: string;
  customer_id: string;
  outlet_id: string;
  warranty_status: WarrantyStatus;
}

const COLUMNS = 'sr.id, sr.code, sr.type, sr.status, sr.reported_at, sr.unit_id, sr.product_id, sr.customer_id, sr.outlet_id, sr.warranty_status';

@Injectable()
export class RequestReferencesRepository {
  /** The request, locked for the caller's transaction so its status cannot change underneath; NOT_FOUND otherwise. */
  async lock(tx: EntityManager, orgId: string, id: string): Promise<RequestReference> {
    const [row]: RequestReference[] = isUuid(id) ? await tx.query(`SELECT ${COLUMNS} FROM service_requests sr WHERE sr.org_id = $1 AND sr.id = $2 FOR UPDATE`, [orgId, id]) : [];
    if (!row) throw recordNotFound(REQUEST, id);
    return row;
  }

  /** The request when the id names one of the organisation's, else null (for optional links). */
  async find(manager: EntityManager, orgId: string, id: string): Promise<RequestReference | null> {
    if (!isUuid(id)) return null;
    const [row]: RequestReference[] = await manager.query(`SELECT ${COLUMNS} FROM service_requests sr WHERE sr.org_id = $1 AND sr.id = $2`, [orgId, id]);
    return row ?? null;
  }
}

/** Cancelled and closed requests take no new records: closed ones change only by amendment. */
export function assertRequestTakesRecords(request: Pick<RequestReference, 'code' | 'status'>, what: { 'zh-CN': string; en: string }): void {
  if (request.status !== 'CANCELLED' && request.status !== 'CLOSED') return;
  throw new AppError('INVALID_STATE', {
    'zh-CN': `工单 ${request.code} 已${request.status === 'CLOSED' ? '关闭' : '取消'}，不能再登记${what['zh-CN']}`,
    en: `Service request ${request.code} is ${request.status === 'CLOSED' ? 'closed' : 'cancelled'}; no ${what.en} can be recorded on it`,
  });
}
