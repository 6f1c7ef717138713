import { Injectable } from '@nestjs/common';
import { OutletEntity, nextComplaintCodeSql, type OrganisationEntity } from '@stardesk/database';
import { ValidationFailed, complaintReceivedEvent, validateNewComplaint, type FieldError, type ValidNewComplaint } from '@stardesk/domain';
import { DataSource, QueryFailedError, type EntityManager } from 'typeorm';
import { checkPageArgs } from '../../core/pagination/keyset';
import { ServiceRequestRepository } from '../service-requests/service-request.repository';
import type { Complaint, ComplaintConnection } from './complaint.model';
import { ComplaintRepository, type ComplaintListQuery } from './complaint.repository';
import { CustomerDirectory } from '../customers/customer-directory.service';
import { ComplaintTargetsService } from './complaint-targets.service';
import type { CreateComplaintInput } from './dto/create-complaint.input';
import type { ComplaintFilter } from './dto/complaint-filter.input';
import type { ComplaintsArgs } from './dto/complaints.args';
import { isUuid } from '../../core/ids';


const duplicateCode = (): ValidationFailed => new ValidationFailed([{ field: 'code', code: 'duplicate' }]);

@Injectable()
export class ComplaintsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ComplaintRepository,
    private readonly requests: ServiceRequestRepository,
    private readonly targets: ComplaintTargetsService,
    private readonly customers: CustomerDirectory,
  ) {}

  async list(organisation: OrganisationEntity, args: ComplaintsArgs): Promise<ComplaintConnection> {
    const errors: FieldError[] = [];
    const after = checkPageArgs(args, errors);
    errors.push(...filterErrors(args.filter));
    if (errors.length) throw new ValidationFailed(errors);
    return this.repository.page(await this.listQuery(organisation.id, args.filter), args.first, after);
  }

  /**
   * Registers a complaint: validates, resolves the request and outlet, finds or registers the
   * customer (by phone, as requests do), and writes the complaint at level 1 with its first event,
   * in one transaction. Any problem is reported per field and nothing is written.
   */
  async create(organisation: OrganisationEntity, input: CreateComplaintInput): Promise<Complaint> {
    const result = validateNewComplaint({ ...input, receivedAt: input.receivedAt ?? null }, new Date());
    if (!result.ok) throw new ValidationFailed(result.errors);
    const draft = result.value;

    let id: string;
    try {
      id = await this.dataSource.transaction(async (tx) => {
        const { requestId, outletId, customerId } = await this.lookUpReferences(tx, organisation.id, draft);
        if (draft.code) {
          const [taken] = await tx.query('SELECT 1 FROM complaints WHERE org_id = $1 AND code = $2', [organisation.id, draft.code]);
          if (taken) throw duplicateCode();
        }
        // $10 is the given code, or the time zone of the date in a generated one (CP20261123-000042).
        const code = draft.code ? '$10' : nextComplaintCodeSql('$9', '$10');
        const [inserted]: { id: string }[] = await tx.query(
          `INSERT INTO complaints (org_id, code, request_id, customer_id, outlet_id, channel, severity, category, description, status, received_at)
           VALUES ($1, ${code}, $2, $3, $4, $5, $6, $7, $8, 'RECEIVED', $9)
           RETURNING id`,
          [
            organisation.id, requestId, customerId, outletId, draft.channel, draft.severity, draft.category, draft.description,
            draft.receivedAt, draft.code ?? organisation.timeZone,
          ],
        );
        await this.repository.insertEvent(tx, organisation.id, inserted!.id, complaintReceivedEvent(draft.receivedAt));
        return inserted!.id;
      });
    } catch (error) {
      // Two dispatchers giving the same code at the same moment: the unique index decides.
      if (error instanceof QueryFailedError && (error.driverError as { constraint?: string }).constraint === 'uq_complaints_org_code') throw duplicateCode();
      throw error;
    }
    return (await this.repository.findById(organisation.id, id))!;
  }

  private async lookUpReferences(tx: EntityManager, orgId: string, draft: ValidNewComplaint) {
    const errors: FieldError[] = [];
    const request = draft.requestId && isUuid(draft.requestId) ? await this.requests.findById(orgId, draft.requestId, tx) : null;
    if (draft.requestId && !request) errors.push({ field: 'requestId', code: 'notFound' });
    if (draft.requestId && !request && !draft.customerPhone) {
      // Without the request there is no customer to fall back on.
      errors.push({ field: 'customerName', code: 'required' }, { field: 'customerPhone', code: 'required' });
    }
    let outletId = request?.outlet.id ?? null;
    if (draft.outletId) {
      const outlet = isUuid(draft.outletId) ? await tx.getRepository(OutletEntity).findOneBy({ orgId, id: draft.outletId, active: true }) : null;
      if (!outlet) errors.push({ field: 'outletId', code: 'notFound' });
      outletId = outlet?.id ?? null;
    }
    if (errors.length) throw new ValidationFailed(errors);
    const customerId = draft.customerPhone ? await this.customers.findOrRegister(tx, orgId, { name: draft.customerName!, phone: draft.customerPhone }) : request!.customer.id;
    return { requestId: request?.id ?? null, outletId, customerId };
  }

  /** The same rule as opening a request: one customer per phone number within the organisation. */
  private async listQuery(orgId: string, filter: ComplaintFilter | null | undefined): Promise<ComplaintListQuery> {
    const overdue = filter?.overdue == null ? null : { value: filter.overdue, now: new Date(), targets: await this.targets.forOrganisation(orgId) };
    return {
      orgId,
      statuses: filter?.statuses,
      severities: filter?.severities,
      outletIds: filter?.outletIds,
      receivedFrom: filter?.receivedFrom,
      receivedTo: filter?.receivedTo,
      overdue,
    };
  }
}

function filterErrors(filter: ComplaintFilter | null | undefined): FieldError[] {
  const errors: FieldError[] = (filter?.outletIds ?? []).flatMap((id, index) => (isUuid(id) ? [] : [{ field: `filter.outletIds.${index}`, code: 'notFound' as const }]));
  if (filter?.receivedFrom && filter.receivedTo && filter.receivedTo < filter.receivedFrom) errors.push({ field: 'filter.receivedTo', code: 'beforeStart' });
  return errors;
}
