import { Injectable } from '@nestjs/common';
import { SparePartEntity, StaffEntity, type OrganisationEntity } from '@stardesk/database';
import {
  ValidationFailed,
  chargeForPart,
  stockDelta,
  validateVisit,
  type FieldError,
  type RequestCommandKind,
  type RequestStatus,
  type ValidVisit,
} from '@stardesk/domain';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AppError } from '../../core/errors/app-errors';
import { ServiceRequestLifecycleService, type LockedRequest } from '../service-requests/service-request-lifecycle.service';
import type { RecordVisitInput } from './dto/record-visit.input';
import type { Visit } from './visit.model';
import { VisitsRepository } from './visits.repository';
import { isUuid } from '../../core/ids';


/** Arriving at a dispatched request starts the work; arriving at one on hold resumes it. */
const ARRIVAL_COMMAND: Partial<Record<RequestStatus, RequestCommandKind>> = { DISPATCHED: 'START', ON_HOLD: 'RESUME' };
const VISITABLE: readonly RequestStatus[] = ['DISPATCHED', 'IN_PROGRESS', 'ON_HOLD'];

@Injectable()
export class VisitsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: ServiceRequestLifecycleService,
    private readonly repository: VisitsRepository,
  ) {}

  /**
   * Records a visit and every part it moved in one transaction: the request is locked, stock is
   * taken with a guarded UPDATE (never below zero, so of two visits racing for the last part exactly
   * one wins), and the request moves to IN_PROGRESS at the arrival time when it was not there yet.
   */
  async record(organisation: OrganisationEntity, input: RecordVisitInput): Promise<Visit> {
    const visitId = await this.dataSource.transaction(async (tx) => {
      const request = await this.lifecycle.lock(tx, organisation.id, input.requestId);
      if (!VISITABLE.includes(request.status)) throw visitNotAllowed(request.status);
      const visit = validateVisit(input, { reportedAt: request.reported_at, now: new Date() });
      await this.checkTechnician(tx, organisation.id, visit.technicianId);
      const parts = await this.loadParts(tx, organisation.id, visit);

      const arrival = ARRIVAL_COMMAND[request.status];
      if (arrival) await this.lifecycle.applyLocked(tx, organisation.id, input.requestId, request, { kind: arrival, at: visit.arrivedAt });

      const [{ seq }]: { seq: number }[] = await tx.query(
        'SELECT COALESCE(max(seq), 0) + 1 AS seq FROM visits WHERE org_id = $1 AND request_id = $2',
        [organisation.id, input.requestId],
      );
      const [{ id }]: { id: string }[] = await tx.query(
        `INSERT INTO visits (org_id, request_id, seq, technician_id, arrived_at, completed_at, outcome, diagnosis, actions, confirmed_by, customer_feedback)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
        [organisation.id, input.requestId, seq, visit.technicianId, visit.arrivedAt, visit.completedAt, visit.outcome, visit.diagnosis, visit.actions, visit.confirmedBy, visit.customerFeedback],
      );
      await this.moveParts(tx, organisation.id, request, id, visit, parts);
      return id;
    });
    const visits = await this.repository.ofRequests(organisation.id, [input.requestId]);
    return visits.get(input.requestId)!.find((visit) => visit.id === visitId)!;
  }

  private async checkTechnician(tx: EntityManager, orgId: string, technicianId: string): Promise<void> {
    const technician = isUuid(technicianId) ? await tx.getRepository(StaffEntity).findOneBy({ orgId, id: technicianId, role: 'TECHNICIAN', active: true }) : null;
    if (!technician) throw new ValidationFailed([{ field: 'technicianId', code: 'notFound' }]);
  }

  private async loadParts(tx: EntityManager, orgId: string, visit: ValidVisit): Promise<Map<string, SparePartEntity>> {
    const ids = visit.parts.map((part) => part.partId).filter((id) => isUuid(id));
    const found = ids.length ? await tx.getRepository(SparePartEntity).findBy({ orgId, id: In(ids) }) : [];
    const byId = new Map(found.map((part) => [part.id, part]));
    const missing: FieldError[] = visit.parts.flatMap((part, index) => (byId.has(part.partId) ? [] : [{ field: `parts.${index}.partId`, code: 'notFound' as const }]));
    if (missing.length) throw new ValidationFailed(missing);
    return byId;
  }

  private async moveParts(tx: EntityManager, orgId: string, request: LockedRequest, visitId: string, visit: ValidVisit, parts: Map<string, SparePartEntity>): Promise<void> {
    const inWarranty = request.warranty_status === 'IN_WARRANTY';
    const at = visit.completedAt ?? visit.arrivedAt;
    const shortages: FieldError[] = [];
    for (const [index, line] of visit.parts.entries()) {
      const part = parts.get(line.partId)!;
      const delta = stockDelta(line.movement, line.quantity);
      if (delta < 0) {
        const taken = await tx.query(
          `UPDATE part_stock SET quantity = quantity + $4 WHERE org_id = $1 AND outlet_id = $2 AND part_id = $3 AND quantity + $4 >= 0 RETURNING quantity`,
          [orgId, request.outlet_id, part.id, delta],
        );
        if (taken[0].length === 0) {
          const [available] = await tx.query('SELECT quantity FROM part_stock WHERE org_id = $1 AND outlet_id = $2 AND part_id = $3', [orgId, request.outlet_id, part.id]);
          shortages.push({ field: `parts.${index}.quantity`, code: 'insufficientStock', params: { available: available?.quantity ?? 0 } });
          continue;
        }
      } else if (delta > 0) {
        await tx.query(
          `INSERT INTO part_stock (org_id, outlet_id, part_id, quantity) VALUES ($1, $2, $3, $4)
           ON CONFLICT (outlet_id, part_id) DO UPDATE SET quantity = part_stock.quantity + EXCLUDED.quantity`,
          [orgId, request.outlet_id, part.id, delta],
        );
      }
      const charged = line.movement === 'CONSUMED' ? chargeForPart(Number(part.price), line.quantity, inWarranty) : 0;
      await tx.query(
        `INSERT INTO stock_movements (org_id, outlet_id, part_id, visit_id, kind, quantity, unit_cost, charged_amount, faulty_serial, replacement_serial, at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [orgId, request.outlet_id, part.id, visitId, line.movement, line.quantity, part.unitCost, charged, line.faultySerial, line.replacementSerial, at],
      );
    }
    // Reported together so the technician sees every short line at once; the transaction rolls back.
    if (shortages.length) throw new ValidationFailed(shortages);
  }
}

function visitNotAllowed(status: RequestStatus): AppError {
  return new AppError('INVALID_STATE', {
    'zh-CN': `只有已派工、处理中或挂起的工单可以登记上门记录（当前状态：${status}）`,
    en: `Visits can be recorded only for dispatched, in-progress or on-hold requests (current status: ${status})`,
  });
}
