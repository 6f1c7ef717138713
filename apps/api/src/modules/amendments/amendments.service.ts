import { Injectable } from '@nestjs/common';
import { OutletEntity, type OrganisationEntity } from '@stardesk/database';
import { ValidationFailed, validateComplaintAmendment, validateRequestAmendment, validateVisitAmendment, type FieldChange, type RequestFacts, type VisitFacts } from '@stardesk/domain';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import { recordNotFound, staleVersion } from '../../core/errors/app-errors';
import type { Complaint } from '../complaints/complaint.model';
import { ComplaintRepository } from '../complaints/complaint.repository';
import { ServiceRequestLifecycleService } from '../service-requests/service-request-lifecycle.service';
import type { ServiceRequest } from '../service-requests/service-request.model';
import { ServiceRequestRepository } from '../service-requests/service-request.repository';
import type { Visit } from '../visits/visit.model';
import { VisitsRepository } from '../visits/visits.repository';
import type { AmendComplaintInput } from './amend-complaint.input';
import type { AmendVisitInput } from './amend-visit.input';
import type { AmendServiceRequestInput } from './amend-service-request.input';
import type { Amendment } from './amendment.model';
import { isUuid } from '../../core/ids';

export const SERVICE_REQUEST_RECORD = 'SERVICE_REQUEST';
export const COMPLAINT_RECORD = 'COMPLAINT';
export const VISIT_RECORD = 'VISIT';
const VISIT = { 'zh-CN': '上门记录', en: 'Visit' };
const COMPLAINT = { 'zh-CN': '投诉', en: 'Complaint' };

/** Appends the amendment record. Actor stays empty until accounts exist. */
async function recordAmendment(tx: EntityManager, orgId: string, recordType: string, recordId: string, amendment: { reason: string; changes: FieldChange[] }): Promise<void> {
  await tx.query(
    `INSERT INTO amendments (org_id, record_type, record_id, changes, reason, amended_at, actor_id) VALUES ($1, $2, $3, $4, $5, now(), NULL)`,
    [orgId, recordType, recordId, JSON.stringify(amendment.changes), amendment.reason],
  );
}

@Injectable()
export class AmendmentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: ServiceRequestLifecycleService,
    private readonly requests: ServiceRequestRepository,
    private readonly complaints: ComplaintRepository,
    private readonly visits: VisitsRepository,
  ) {}

  /** Applies a correction and records it, in one transaction, whatever the request's status. */
  async amendServiceRequest(organisation: OrganisationEntity, input: AmendServiceRequestInput): Promise<ServiceRequest> {
    await this.dataSource.transaction(async (tx) => {
      const locked = await this.lifecycle.lock(tx, organisation.id, input.id);
      if (input.expectedVersion != null && input.expectedVersion !== locked.version) throw staleVersion(input.expectedVersion, locked.version);
      const [current]: { type: RequestFacts['type']; channel: RequestFacts['channel']; priority: RequestFacts['priority']; fault_description: string | null; outlet_id: string }[] =
        await tx.query('SELECT type, channel, priority, fault_description, outlet_id FROM service_requests WHERE org_id = $1 AND id = $2', [organisation.id, input.id]);
      const amendment = validateRequestAmendment(
        { type: current!.type, channel: current!.channel, priority: current!.priority, faultDescription: current!.fault_description, outletId: current!.outlet_id },
        input,
      );
      if (amendment.facts.outletId !== current!.outlet_id) {
        const outlet = isUuid(amendment.facts.outletId) ? await tx.getRepository(OutletEntity).findOneBy({ orgId: organisation.id, id: amendment.facts.outletId, active: true }) : null;
        if (!outlet) throw new ValidationFailed([{ field: 'outletId', code: 'notFound' }]);
      }
      await tx.query(
        `UPDATE service_requests SET type = $3, channel = $4, priority = $5, fault_description = $6, outlet_id = $7, version = version + 1, updated_at = now()
          WHERE org_id = $1 AND id = $2`,
        [organisation.id, input.id, amendment.facts.type, amendment.facts.channel, amendment.facts.priority, amendment.facts.faultDescription, amendment.facts.outletId],
      );
      await recordAmendment(tx, organisation.id, SERVICE_REQUEST_RECORD, input.id, amendment);
    });
    return (await this.requests.findById(organisation.id, input.id))!;
  }

  /**
   * Corrects a visit's report. The request is locked (a visit has no version of its own), so two
   * corrections of the same visit cannot interleave.
   */
  async amendVisit(organisation: OrganisationEntity, input: AmendVisitInput): Promise<Visit> {
    if (!isUuid(input.id)) throw recordNotFound(VISIT, input.id);
    const requestId = await this.dataSource.transaction(async (tx) => {
      const [found]: { request_id: string }[] = await tx.query('SELECT request_id FROM visits WHERE org_id = $1 AND id = $2', [organisation.id, input.id]);
      if (!found) throw recordNotFound(VISIT, input.id);
      const request = await this.lifecycle.lock(tx, organisation.id, found.request_id);
      if (input.expectedVersion != null && input.expectedVersion !== request.version) throw staleVersion(input.expectedVersion, request.version);
      const [current]: { outcome: VisitFacts['outcome']; diagnosis: string | null; actions: string | null; customer_feedback: string | null }[] = await tx.query(
        'SELECT outcome, diagnosis, actions, customer_feedback FROM visits WHERE org_id = $1 AND id = $2', [organisation.id, input.id]);
      const amendment = validateVisitAmendment(
        { outcome: current!.outcome, diagnosis: current!.diagnosis, actions: current!.actions, customerFeedback: current!.customer_feedback },
        input,
      );
      await tx.query('UPDATE visits SET outcome = $3, diagnosis = $4, actions = $5, customer_feedback = $6 WHERE org_id = $1 AND id = $2', [
        organisation.id, input.id, amendment.facts.outcome, amendment.facts.diagnosis, amendment.facts.actions, amendment.facts.customerFeedback,
      ]);
      // Bump the request's version: its visits are part of what the caller saw.
      await tx.query('UPDATE service_requests SET version = version + 1, updated_at = now() WHERE org_id = $1 AND id = $2', [organisation.id, found.request_id]);
      await recordAmendment(tx, organisation.id, VISIT_RECORD, input.id, amendment);
      return found.request_id;
    });
    const visits = await this.visits.ofRequests(organisation.id, [requestId]);
    return visits.get(requestId)!.find((visit) => visit.id === input.id)!;
  }

  /** Corrects a complaint's severity, category, description or resolution, whatever its status. */
  async amendComplaint(organisation: OrganisationEntity, input: AmendComplaintInput): Promise<Complaint> {
    if (!isUuid(input.id)) throw recordNotFound(COMPLAINT, input.id);
    await this.dataSource.transaction(async (tx) => {
      const locked = await this.complaints.lock(tx, organisation.id, input.id);
      if (!locked) throw recordNotFound(COMPLAINT, input.id);
      if (input.expectedVersion != null && input.expectedVersion !== locked.version) throw staleVersion(input.expectedVersion, locked.version);
      const [current]: { category: string | null; description: string | null }[] = await tx.query(
        'SELECT category, description FROM complaints WHERE org_id = $1 AND id = $2', [organisation.id, input.id]);
      const amendment = validateComplaintAmendment(
        { severity: locked.severity, category: current!.category, description: current!.description, resolution: locked.resolution },
        input,
        locked.status === 'CLOSED',
      );
      await tx.query(
        `UPDATE complaints SET severity = $3, category = $4, description = $5, resolution = $6, version = version + 1, updated_at = now()
          WHERE org_id = $1 AND id = $2`,
        [organisation.id, input.id, amendment.facts.severity, amendment.facts.category, amendment.facts.description, amendment.facts.resolution],
      );
      await recordAmendment(tx, organisation.id, COMPLAINT_RECORD, input.id, amendment);
    });
    return (await this.complaints.findById(organisation.id, input.id))!;
  }

  /** Amendments of many records of one type in one query, oldest first. */
  loader(orgId: string, recordType: string): DataLoader<string, Amendment[]> {
    return new DataLoader<string, Amendment[]>(async (ids) => {
      const rows: { id: string; record_id: string; changes: Amendment['changes']; reason: string; amended_at: Date; actor_id: string | null; actor_login: string | null; actor_name: string | null }[] =
        await this.dataSource.query(
          `SELECT a.id, a.record_id, a.changes, a.reason, a.amended_at, s.id AS actor_id, s.login AS actor_login, s.name AS actor_name
             FROM amendments a LEFT JOIN staff s ON s.org_id = a.org_id AND s.id = a.actor_id
            WHERE a.org_id = $1 AND a.record_type = $2 AND a.record_id = ANY($3::uuid[]) ORDER BY a.amended_at, a.id`,
          [orgId, recordType, ids],
        );
      return ids.map((id) =>
        rows
          .filter((row) => row.record_id === id)
          .map((row) => ({
            id: row.id,
            changes: row.changes,
            reason: row.reason,
            amendedAt: row.amended_at,
            actor: row.actor_id ? { id: row.actor_id, login: row.actor_login!, name: row.actor_name! } : null,
          })),
      );
    });
  }
}
