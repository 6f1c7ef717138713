import { Injectable } from '@nestjs/common';
import type { ValidWarrantyDecision, WarrantyDecisionKind, WarrantyStatus } from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { SqlConditions } from '../../core/database/sql-conditions';
import type { Page } from '../../core/pagination/connection.model';
import { instantKeySql, keysetPage, type KeysetCursor } from '../../core/pagination/keyset';
import type { WarrantyDecision } from './warranty-decision.model';

export interface WarrantyDecisionListQuery {
  orgId: string;
  decisions?: readonly WarrantyDecisionKind[] | null;
  current?: boolean | null;
  overridden?: boolean | null;
  outletIds?: readonly string[] | null;
  requestId?: string | null;
  decidedFrom?: Date | null;
  decidedTo?: Date | null;
}

interface DecisionRow {
  id: string;
  cursor_key: string;
  request_id: string;
  request_code: string;
  decision: WarrantyDecisionKind;
  reason: string;
  in_warranty: boolean;
  derived_warranty_status: WarrantyStatus;
  warranty_overridden: boolean;
  override_reason: string | null;
  refund_amount: string | null;
  decided_by_id: string;
  decided_by_login: string;
  decided_by_name: string;
  decided_at: Date;
  supersedes_id: string | null;
  superseded_at: Date | null;
}

const SELECT_DECISION = `
  SELECT w.id, ${instantKeySql('w.decided_at')} AS cursor_key, w.request_id, sr.code AS request_code, w.decision, w.reason,
         w.in_warranty, w.derived_warranty_status, w.warranty_overridden, w.override_reason, w.refund_amount,
         s.id AS decided_by_id, s.login AS decided_by_login, s.name AS decided_by_name, w.decided_at, w.supersedes_id, w.superseded_at
    FROM warranty_decisions w
    JOIN service_requests sr ON sr.org_id = w.org_id AND sr.id = w.request_id
    JOIN staff s ON s.org_id = w.org_id AND s.id = w.decided_by_id`;

function toModel(row: DecisionRow): WarrantyDecision {
  return {
    id: row.id,
    requestId: row.request_id,
    requestCode: row.request_code,
    decision: row.decision,
    reason: row.reason,
    inWarranty: row.in_warranty,
    derivedWarrantyStatus: row.derived_warranty_status,
    warrantyOverridden: row.warranty_overridden,
    overrideReason: row.override_reason,
    refundAmount: row.refund_amount === null ? null : Number(row.refund_amount),
    decidedBy: { id: row.decided_by_id, login: row.decided_by_login, name: row.decided_by_name },
    decidedAt: row.decided_at,
    current: row.superseded_at === null,
    supersedesId: row.supersedes_id,
    supersededAt: row.superseded_at,
  };
}

function conditionsOf(query: WarrantyDecisionListQuery): SqlConditions {
  return new SqlConditions('w.org_id', query.orgId)
    .when(query.decisions?.length, (p) => `w.decision = ANY(${p}::varchar[])`, query.decisions)
    .whenRaw(query.current === true, 'w.superseded_at IS NULL')
    .whenRaw(query.current === false, 'w.superseded_at IS NOT NULL')
    .when(query.overridden != null, (p) => `w.warranty_overridden = ${p}::boolean`, query.overridden)
    .when(query.outletIds?.length, (p) => `sr.outlet_id = ANY(${p}::uuid[])`, query.outletIds)
    .when(query.requestId, (p) => `w.request_id = ${p}::uuid`, query.requestId)
    .when(query.decidedFrom, (p) => `w.decided_at >= ${p}::timestamptz`, query.decidedFrom)
    .when(query.decidedTo, (p) => `w.decided_at < ${p}::timestamptz`, query.decidedTo);
}

@Injectable()
export class WarrantyDecisionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest decision first. */
  page(query: WarrantyDecisionListQuery, page: { first: number; after: KeysetCursor | null }): Promise<Page<WarrantyDecision>> {
    const { where, params } = conditionsOf(query);
    return keysetPage(
      this.dataSource.manager,
      { select: SELECT_DECISION, where, params, keyColumn: 'w.decided_at', idColumn: 'w.id', keyType: 'timestamptz', direction: 'DESC' },
      page,
      toModel,
    );
  }

  async findById(orgId: string, id: string): Promise<WarrantyDecision | null> {
    const rows: DecisionRow[] = await this.dataSource.query(`${SELECT_DECISION} WHERE w.org_id = $1 AND w.id = $2`, [orgId, id]);
    return rows[0] ? toModel(rows[0]) : null;
  }

  /** Every decision of many requests (batched by the per-request loader), oldest first. */
  async ofRequests(orgId: string, requestIds: readonly string[]): Promise<Map<string, WarrantyDecision[]>> {
    const rows: DecisionRow[] = await this.dataSource.query(
      `${SELECT_DECISION} WHERE w.org_id = $1 AND w.request_id = ANY($2::uuid[]) ORDER BY w.decided_at, w.created_at, w.id`,
      [orgId, requestIds],
    );
    const byRequest = new Map<string, WarrantyDecision[]>(requestIds.map((id) => [id, []]));
    for (const row of rows) byRequest.get(row.request_id)?.push(toModel(row));
    return byRequest;
  }

  /** The request's current decision, locked; the caller holds the request's lock too. */
  async lockCurrent(tx: EntityManager, orgId: string, requestId: string): Promise<{ id: string; decided_at: Date } | null> {
    const [row] = await tx.query(
      'SELECT id, decided_at FROM warranty_decisions WHERE org_id = $1 AND request_id = $2 AND superseded_at IS NULL FOR UPDATE',
      [orgId, requestId],
    );
    return row ?? null;
  }

  /** Marks `previous` superseded (kept as it was) and writes the new current decision pointing back to it. */
  async supersede(tx: EntityManager, orgId: string, requestId: string, previousId: string | null, decision: ValidWarrantyDecision): Promise<string> {
    if (previousId) {
      await tx.query('UPDATE warranty_decisions SET superseded_at = $3 WHERE org_id = $1 AND id = $2', [orgId, previousId, decision.decidedAt]);
    }
    const [row]: { id: string }[] = await tx.query(
      `INSERT INTO warranty_decisions
         (org_id, request_id, decision, reason, in_warranty, derived_warranty_status, warranty_overridden, override_reason,
          refund_amount, decided_by_id, decided_at, supersedes_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
      [
        orgId, requestId, decision.decision, decision.reason, decision.inWarranty, decision.derivedWarrantyStatus, decision.warrantyOverridden,
        decision.overrideReason, decision.refundAmount, decision.decidedById, decision.decidedAt, previousId,
      ],
    );
    return row!.id;
  }
}
