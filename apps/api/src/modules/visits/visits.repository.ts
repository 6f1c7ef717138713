import { Injectable } from '@nestjs/common';
import type { VisitOutcome, VisitPartMovement } from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Visit, VisitPart } from './visit.model';

interface VisitRow {
  id: string;
  request_id: string;
  seq: number;
  technician_id: string;
  technician_login: string;
  technician_name: string;
  arrived_at: Date;
  completed_at: Date | null;
  outcome: VisitOutcome;
  diagnosis: string | null;
  actions: string | null;
  confirmed_by: string | null;
  customer_feedback: string | null;
  parts: { partId: string; partNo: string; partName: string; movement: VisitPartMovement; quantity: number; unitCost: string; chargedAmount: string; faultySerial: string | null; replacementSerial: string | null }[];
}

/** Visits with their technician and part lines, one query for any number of requests. */
@Injectable()
export class VisitsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async ofRequests(orgId: string, requestIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, Visit[]>> {
    const rows: VisitRow[] = await manager.query(
      `SELECT v.id, v.request_id, v.seq, v.arrived_at, v.completed_at, v.outcome, v.diagnosis, v.actions, v.confirmed_by, v.customer_feedback,
              t.id AS technician_id, t.login AS technician_login, t.name AS technician_name,
              COALESCE((SELECT json_agg(json_build_object(
                         'partId', m.part_id, 'partNo', p.part_no, 'partName', p.name, 'movement', m.kind, 'quantity', m.quantity,
                         'unitCost', m.unit_cost, 'chargedAmount', m.charged_amount,
                         'faultySerial', m.faulty_serial, 'replacementSerial', m.replacement_serial) ORDER BY p.part_no, m.kind)
                          FROM stock_movements m JOIN spare_parts p ON p.org_id = m.org_id AND p.id = m.part_id
                         WHERE m.org_id = v.org_id AND m.visit_id = v.id), '[]') AS parts
         FROM visits v JOIN staff t ON t.org_id = v.org_id AND t.id = v.technician_id
        WHERE v.org_id = $1 AND v.request_id = ANY($2::uuid[])
        ORDER BY v.request_id, v.seq`,
      [orgId, requestIds],
    );
    const byRequest = new Map<string, Visit[]>(requestIds.map((id) => [id, []]));
    for (const row of rows) byRequest.get(row.request_id)?.push(toModel(row));
    return byRequest;
  }
}

function toModel(row: VisitRow): Visit {
  return {
    id: row.id,
    requestId: row.request_id,
    seq: row.seq,
    technician: { id: row.technician_id, login: row.technician_login, name: row.technician_name },
    arrivedAt: row.arrived_at,
    completedAt: row.completed_at,
    outcome: row.outcome,
    diagnosis: row.diagnosis,
    actions: row.actions,
    confirmedBy: row.confirmed_by,
    customerFeedback: row.customer_feedback,
    parts: row.parts.map((part): VisitPart => ({ ...part, unitCost: Number(part.unitCost), chargedAmount: Number(part.chargedAmount) })),
  };
}
