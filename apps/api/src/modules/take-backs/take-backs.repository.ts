import { Injectable } from '@nestjs/common';
import type { DisposalMethod, ValidTakeBack } from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { SqlConditions } from '../../core/database/sql-conditions';
import type { Page } from '../../core/pagination/connection.model';
import { instantKeySql, keysetPage, type KeysetCursor } from '../../core/pagination/keyset';
import type { TakeBack } from './take-back.model';

export interface TakeBackListQuery {
  orgId: string;
  outletIds?: readonly string[] | null;
  productIds?: readonly string[] | null;
  disposalMethods?: readonly DisposalMethod[] | null;
  requestId?: string | null;
  collectedFrom?: Date | null;
  collectedTo?: Date | null;
}

interface TakeBackRow {
  id: string;
  cursor_key: string;
  outlet_id: string;
  outlet_code: string;
  outlet_name: string;
  product_id: string;
  product_model: string;
  product_name: string;
  hazardous: boolean;
  quantity: number;
  disposal_method: DisposalMethod;
  disposer: string;
  certificate_no: string | null;
  collected_at: Date;
  customer_id: string | null;
  customer_name: string | null;
  request_id: string | null;
  request_code: string | null;
  note: string | null;
}

const SELECT_TAKE_BACK = `
  SELECT t.id, ${instantKeySql('t.collected_at')} AS cursor_key, o.id AS outlet_id, o.code AS outlet_code, o.name AS outlet_name,
         p.id AS product_id, p.model AS product_model, p.name AS product_name, p.hazardous, t.quantity, t.disposal_method, t.disposer,
         t.certificate_no, t.collected_at, c.id AS customer_id, c.name AS customer_name, sr.id AS request_id, sr.code AS request_code, t.note
    FROM take_backs t
    JOIN outlets o ON o.org_id = t.org_id AND o.id = t.outlet_id
    JOIN products p ON p.org_id = t.org_id AND p.id = t.product_id
    LEFT JOIN customers c ON c.org_id = t.org_id AND c.id = t.customer_id
    LEFT JOIN service_requests sr ON sr.org_id = t.org_id AND sr.id = t.request_id`;

function toModel(row: TakeBackRow): TakeBack {
  return {
    id: row.id,
    outletId: row.outlet_id,
    outletCode: row.outlet_code,
    outletName: row.outlet_name,
    productId: row.product_id,
    productModel: row.product_model,
    productName: row.product_name,
    hazardous: row.hazardous,
    quantity: row.quantity,
    disposalMethod: row.disposal_method,
    disposer: row.disposer,
    certificateNo: row.certificate_no,
    collectedAt: row.collected_at,
    customerId: row.customer_id,
    customerName: row.customer_name,
    requestId: row.request_id,
    requestCode: row.request_code,
    note: row.note,
  };
}

function conditionsOf(query: TakeBackListQuery): SqlConditions {
  return new SqlConditions('t.org_id', query.orgId)
    .when(query.outletIds?.length, (p) => `t.outlet_id = ANY(${p}::uuid[])`, query.outletIds)
    .when(query.productIds?.length, (p) => `t.product_id = ANY(${p}::uuid[])`, query.productIds)
    .when(query.disposalMethods?.length, (p) => `t.disposal_method = ANY(${p}::varchar[])`, query.disposalMethods)
    .when(query.requestId, (p) => `t.request_id = ${p}::uuid`, query.requestId)
    .when(query.collectedFrom, (p) => `t.collected_at >= ${p}::timestamptz`, query.collectedFrom)
    .when(query.collectedTo, (p) => `t.collected_at < ${p}::timestamptz`, query.collectedTo);
}

@Injectable()
export class TakeBacksRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest collection first. */
  page(query: TakeBackListQuery, page: { first: number; after: KeysetCursor | null }): Promise<Page<TakeBack>> {
    const { where, params } = conditionsOf(query);
    return keysetPage(
      this.dataSource.manager,
      { select: SELECT_TAKE_BACK, where, params, keyColumn: 't.collected_at', idColumn: 't.id', keyType: 'timestamptz', direction: 'DESC' },
      page,
      toModel,
    );
  }

  async findById(orgId: string, id: string): Promise<TakeBack | null> {
    const rows: TakeBackRow[] = await this.dataSource.query(`${SELECT_TAKE_BACK} WHERE t.org_id = $1 AND t.id = $2`, [orgId, id]);
    return rows[0] ? toModel(rows[0]) : null;
  }

  async insert(tx: EntityManager, orgId: string, record: ValidTakeBack): Promise<string> {
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO take_backs (org_id, outlet_id, product_id, quantity, disposal_method, disposer, certificate_no, collected_at, customer_id, request_id, note)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [orgId, record.outletId, record.productId, record.quantity, record.disposalMethod, record.disposer, record.certificateNo, record.collectedAt, record.customerId, record.requestId, record.note],
    );
    return row!.id;
  }
}
