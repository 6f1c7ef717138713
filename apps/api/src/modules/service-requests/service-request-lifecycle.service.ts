import { Injectable } from '@nestjs/common';
import { StaffEntity, type OrganisationEntity } from '@stardesk/database';
import { ValidationFailed, applyRequestCommand, type RequestCommand, type RequestLifecycleState, type RequestStatus, type WarrantyStatus } from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { recordNotFound, staleVersion } from '../../core/errors/app-errors';
import { ReturnVisitScheduler } from '../return-visits/return-visit-scheduler.service';
import type { ServiceRequest } from './service-request.model';
import { ServiceRequestRepository } from './service-request.repository';
import { isUuid } from '../../core/ids';

const REQUEST = { 'zh-CN': '工单', en: 'Service request' };

export interface LockedRequest {
  status: RequestStatus;
  version: number;
  reported_at: Date;
  acknowledged_at: Date | null;
  resolved_at: Date | null;
  closed_at: Date | null;
  cancelled_at: Date | null;
  reopen_count: number;
  technician_id: string | null;
  outlet_id: string;
  warranty_status: WarrantyStatus;
  last_event_at: Date;
}

/**
 * Moves requests through their lifecycle. The row is locked for the transaction, the pure domain
 * decides, and the new state and its event are written together, or not at all.
 */
@Injectable()
export class ServiceRequestLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ServiceRequestRepository,
    private readonly returnVisits: ReturnVisitScheduler,
  ) {}

  async apply(organisation: OrganisationEntity, id: string, command: RequestCommand, expectedVersion?: number | null): Promise<ServiceRequest> {
    await this.dataSource.transaction(async (tx) => {
      const row = await this.lock(tx, organisation.id, id);
      if (expectedVersion != null && expectedVersion !== row.version) throw staleVersion(expectedVersion, row.version);
      await this.applyLocked(tx, organisation.id, id, row, command);
    });
    return (await this.repository.findById(organisation.id, id))!;
  }

  /**
   * Locks the request for the caller's transaction and returns what other features need to know
   * (visits record their arrival on it; the status decides what they may do).
   */
  async lock(tx: EntityManager, orgId: string, id: string): Promise<LockedRequest> {
    if (!isUuid(id)) throw recordNotFound(REQUEST, id);
    const [row]: LockedRequest[] = await tx.query(
      `SELECT sr.status, sr.version, sr.reported_at, sr.acknowledged_at, sr.resolved_at, sr.closed_at, sr.cancelled_at,
              sr.reopen_count, sr.technician_id, sr.outlet_id, sr.warranty_status,
              (SELECT max(e.at) FROM service_request_events e WHERE e.org_id = sr.org_id AND e.request_id = sr.id) AS last_event_at
         FROM service_requests sr WHERE sr.org_id = $1 AND sr.id = $2 FOR UPDATE`,
      [orgId, id],
    );
    if (!row) throw recordNotFound(REQUEST, id);
    return row;
  }

  /** Applies a command to a request already locked in `tx`: the domain decides, row and event are written. */
  async applyLocked(tx: EntityManager, orgId: string, id: string, row: LockedRequest, command: RequestCommand): Promise<void> {
    if (command.kind === 'DISPATCH') await this.checkTechnician(tx, orgId, command.technicianId);
    const { state, event } = applyRequestCommand(toState(row), command, new Date());
    await tx.query(
      `UPDATE service_requests
          SET status = $3, acknowledged_at = $4, resolved_at = $5, closed_at = $6, cancelled_at = $7,
              reopen_count = $8, technician_id = $9, version = version + 1, updated_at = now()
        WHERE org_id = $1 AND id = $2`,
      [orgId, id, state.status, state.acknowledgedAt, state.resolvedAt, state.closedAt, state.cancelledAt, state.reopenCount, state.technicianId],
    );
    // Actor stays empty until accounts exist (issue "Accounts, roles, audit trail").
    await tx.query(
      `INSERT INTO service_request_events (org_id, request_id, from_status, to_status, at, actor_id, note)
       VALUES ($1, $2, $3, $4, $5, NULL, $6)`,
      [orgId, id, event.from, event.to, event.at, event.note],
    );
    if (command.kind === 'CLOSE') await this.returnVisits.onClosed(tx, orgId, id, event.at);
    if (command.kind === 'REOPEN') await this.returnVisits.onReopened(tx, orgId, id, event.at);
  }

  private async checkTechnician(tx: EntityManager, orgId: string, technicianId: string | null | undefined): Promise<void> {
    if (!technicianId) return; // the domain reports the missing field
    const technician = isUuid(technicianId)
      ? await tx.getRepository(StaffEntity).findOneBy({ orgId, id: technicianId, role: 'TECHNICIAN', active: true })
      : null;
    if (!technician) throw new ValidationFailed([{ field: 'technicianId', code: 'notFound' }]);
  }
}

function toState(row: LockedRequest): RequestLifecycleState {
  return {
    status: row.status,
    reportedAt: row.reported_at,
    lastEventAt: row.last_event_at ?? row.reported_at,
    acknowledgedAt: row.acknowledged_at,
    resolvedAt: row.resolved_at,
    closedAt: row.closed_at,
    cancelledAt: row.cancelled_at,
    reopenCount: row.reopen_count,
    technicianId: row.technician_id,
  };
}
