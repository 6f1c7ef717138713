import { Injectable } from '@nestjs/common';
import { StaffEntity, type OrganisationEntity } from '@stardesk/database';
import { ValidationFailed, applyRequestCommand, type RequestCommand, type RequestLifecycleState, type RequestStatus } from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { recordNotFound, staleVersion } from '../../core/errors/app-errors';
import type { ServiceRequest } from './service-request.model';
import { ServiceRequestRepository } from './service-request.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const REQUEST = { 'zh-CN': '工单', en: 'Service request' };

interface LockedRow {
  status: RequestStatus;
  version: number;
  reported_at: Date;
  acknowledged_at: Date | null;
  resolved_at: Date | null;
  closed_at: Date | null;
  cancelled_at: Date | null;
  reopen_count: number;
  technician_id: string | null;
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
  ) {}

  async apply(organisation: OrganisationEntity, id: string, command: RequestCommand, expectedVersion?: number | null): Promise<ServiceRequest> {
    if (!UUID.test(id)) throw recordNotFound(REQUEST, id);
    await this.dataSource.transaction(async (tx) => {
      const row = await this.lock(tx, organisation.id, id);
      if (expectedVersion != null && expectedVersion !== row.version) throw staleVersion(expectedVersion, row.version);
      if (command.kind === 'DISPATCH') await this.checkTechnician(tx, organisation.id, command.technicianId);

      const { state, event } = applyRequestCommand(toState(row), command, new Date());
      await tx.query(
        `UPDATE service_requests
            SET status = $3, acknowledged_at = $4, resolved_at = $5, closed_at = $6, cancelled_at = $7,
                reopen_count = $8, technician_id = $9, version = version + 1, updated_at = now()
          WHERE org_id = $1 AND id = $2`,
        [organisation.id, id, state.status, state.acknowledgedAt, state.resolvedAt, state.closedAt, state.cancelledAt, state.reopenCount, state.technicianId],
      );
      await tx.query(
        `INSERT INTO service_request_events (org_id, request_id, from_status, to_status, at, actor_id, note)
         VALUES ($1, $2, $3, $4, $5, NULL, $6)`,
        [organisation.id, id, event.from, event.to, event.at, event.note],
      );
    });
    return (await this.repository.findById(organisation.id, id))!;
  }

  private async lock(tx: EntityManager, orgId: string, id: string): Promise<LockedRow> {
    const [row]: LockedRow[] = await tx.query(
      `SELECT sr.status, sr.version, sr.reported_at, sr.acknowledged_at, sr.resolved_at, sr.closed_at, sr.cancelled_at,
              sr.reopen_count, sr.technician_id,
              (SELECT max(e.at) FROM service_request_events e WHERE e.org_id = sr.org_id AND e.request_id = sr.id) AS last_event_at
         FROM service_requests sr WHERE sr.org_id = $1 AND sr.id = $2 FOR UPDATE`,
      [orgId, id],
    );
    if (!row) throw recordNotFound(REQUEST, id);
    return row;
  }

  private async checkTechnician(tx: EntityManager, orgId: string, technicianId: string | null | undefined): Promise<void> {
    if (!technicianId) return; // the domain reports the missing field
    const technician = UUID.test(technicianId)
      ? await tx.getRepository(StaffEntity).findOneBy({ orgId, id: technicianId, role: 'TECHNICIAN', active: true })
      : null;
    if (!technician) throw new ValidationFailed([{ field: 'technicianId', code: 'notFound' }]);
  }
}

function toState(row: LockedRow): RequestLifecycleState {
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
