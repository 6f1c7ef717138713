import { Injectable } from '@nestjs/common';
import { ProductUnitEntity, nextRequestCodeSql, type OrganisationEntity } from '@stardesk/database';
import {
  ValidationFailed,
  localDateOf,
  validateNewServiceRequest,
  warrantyEnd,
  warrantyStatusOn,
  type FieldError,
  type RequestStatus,
  type ValidNewServiceRequest,
} from '@stardesk/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { CustomerDirectory } from '../customers/customer-directory.service';
import { decodeCursor } from '../../core/pagination/cursor';
import type { CreateServiceRequestInput } from './dto/create-service-request.input';
import { MAX_PAGE_SIZE, type ServiceRequestsArgs } from './dto/service-requests.args';
import type { ServiceRequestFilter } from './dto/service-request-filter.input';
import type { ServiceRequest, ServiceRequestConnection } from './service-request.model';
import type { ServiceRequestStats } from './service-request-stats.model';
import { ServiceRequestRepository, type RequestListQuery } from './service-request.repository';
import { isUuid, unknownIdErrors } from '../../core/ids';

/** What a new request needs of its product: the id, and the warranty a new unit gets. */
interface ProductTerms {
  id: string;
  warrantyMonths: number;
}

function listQuery(orgId: string, filter: ServiceRequestFilter | null | undefined): RequestListQuery {
  const outletIds = filter?.outletIds ?? null;
  const technicianIds = filter?.technicianIds ?? null;
  const invalid = [...unknownIdErrors('filter.outletIds', outletIds), ...unknownIdErrors('filter.technicianIds', technicianIds)];
  if (invalid.length) throw new ValidationFailed(invalid);
  const search = filter?.search?.trim() || null;
  if (search && search.length > 64) throw new ValidationFailed([{ field: 'filter.search', code: 'tooLong', params: { max: 64 } }]);
  if (filter?.reportedFrom && filter.reportedTo && filter.reportedTo < filter.reportedFrom) {
    throw new ValidationFailed([{ field: 'filter.reportedTo', code: 'beforeReported' }]);
  }
  return { orgId, statuses: filter?.statuses, outletIds, technicianIds, search, reportedFrom: filter?.reportedFrom, reportedTo: filter?.reportedTo };
}

@Injectable()
export class ServiceRequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ServiceRequestRepository,
    private readonly customers: CustomerDirectory,
  ) {}

  async list(organisation: OrganisationEntity, args: ServiceRequestsArgs): Promise<ServiceRequestConnection> {
    const errors: FieldError[] = [];
    if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) {
      errors.push({ field: 'first', code: 'invalidChoice', params: { allowed: `1–${MAX_PAGE_SIZE}` } });
    }
    const after = args.after ? decodeCursor(args.after) : null;
    if (args.after && !after) errors.push({ field: 'after', code: 'invalidCode' });
    if (errors.length) throw new ValidationFailed(errors);

    const query = listQuery(organisation.id, args.filter);
    const [page, totalCount] = await Promise.all([this.repository.page(query, args.first, after), this.repository.count(query)]);
    return {
      edges: page.edges,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.edges.at(-1)?.cursor ?? null },
      totalCount,
    };
  }

  async stats(organisation: OrganisationEntity, filter: ServiceRequestFilter | null | undefined): Promise<ServiceRequestStats> {
    const query = listQuery(organisation.id, filter);
    const [byStatus, byMonth] = await Promise.all([
      this.repository.countByStatus(query),
      this.repository.countByMonth(query, organisation.timeZone),
    ]);
    return { total: byStatus.reduce((sum, row) => sum + row.count, 0), byStatus, byMonth };
  }

  /**
   * Opens a request: validates, resolves outlet and product, finds or registers the customer (by phone)
   * and the unit (by serial), derives warranty status, and writes the request with its first event,
   * all in one transaction. Any problem is reported per field and nothing is written.
   */
  async create(organisation: OrganisationEntity, input: CreateServiceRequestInput, options: { firstEventNote?: string } = {}): Promise<ServiceRequest> {
    const now = new Date();
    const result = validateNewServiceRequest({ ...input, reportedAt: input.reportedAt ?? null }, now);
    if (!result.ok) throw new ValidationFailed(result.errors);
    const draft = result.value;

    return this.dataSource.transaction(async (tx) => {
      const product = await this.lookUpReferences(tx, organisation.id, draft);
      const customerId = await this.customers.findOrRegister(tx, organisation.id, { name: draft.customerName, phone: draft.customerPhone, address: draft.customerAddress });
      const unit = await this.findOrRegisterUnit(tx, organisation.id, draft, product, customerId);
      const warrantyStatus = warrantyStatusOn(localDateOf(draft.reportedAt, organisation.timeZone), unit?.warrantyEnd);
      const status: RequestStatus = 'NEW';
      // The request, its first event and the answer in one statement (one round trip; the triggers of both tables run at its end).
      return this.repository.insertAndRead(
        tx,
        `written AS (
           INSERT INTO service_requests
             (org_id, code, type, channel, priority, status, customer_id, product_id, unit_id, outlet_id,
              fault_description, warranty_status, reported_at)
           VALUES ($1, ${nextRequestCodeSql('$12', '$13')}, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
           RETURNING *),
         first_event AS (
           INSERT INTO service_request_events (org_id, request_id, from_status, to_status, at, actor_id, note)
           SELECT w.org_id, w.id, NULL, w.status, w.reported_at, NULL, $14 FROM written w)`,
        [
          organisation.id, draft.type, draft.channel, draft.priority, status, customerId, product.id, unit?.id ?? null,
          draft.outletId, draft.faultDescription, warrantyStatus, draft.reportedAt, organisation.timeZone, options.firstEventNote ?? null,
        ],
      );
    });
  }

  /** The outlet (active) and the product of the organisation, read in one statement; a missing one is a field error. */
  private async lookUpReferences(tx: EntityManager, orgId: string, draft: ValidNewServiceRequest): Promise<ProductTerms> {
    const [found]: { outlet_id: string | null; product_id: string | null; warranty_months: number | null }[] = await tx.query(
      `SELECT (SELECT o.id FROM outlets o WHERE o.org_id = $1 AND o.id = $2 AND o.active) AS outlet_id, p.id AS product_id, p.warranty_months
         FROM (SELECT 1) AS one LEFT JOIN products p ON p.org_id = $1 AND p.id = $3`,
      [orgId, isUuid(draft.outletId) ? draft.outletId : null, isUuid(draft.productId) ? draft.productId : null],
    );
    const errors: FieldError[] = [];
    if (!found?.outlet_id) errors.push({ field: 'outletId', code: 'notFound' });
    if (!found?.product_id) errors.push({ field: 'productId', code: 'notFound' });
    if (errors.length) throw new ValidationFailed(errors);
    return { id: found!.product_id!, warrantyMonths: found!.warranty_months! };
  }

  private async findOrRegisterUnit(
    tx: EntityManager,
    orgId: string,
    draft: ValidNewServiceRequest,
    product: ProductTerms,
    customerId: string,
  ): Promise<ProductUnitEntity | null> {
    if (!draft.serialNo) return null;
    const units = tx.getRepository(ProductUnitEntity);
    const existing = await units.findOne({ where: { orgId, serialNo: draft.serialNo }, relations: { product: true } });
    if (existing) {
      if (existing.productId !== product.id) {
        throw new ValidationFailed([{ field: 'serialNo', code: 'serialBelongsToOtherProduct', params: { model: existing.product?.model ?? '' } }]);
      }
      return existing;
    }
    const unit = units.create({
      orgId,
      productId: product.id,
      customerId,
      serialNo: draft.serialNo,
      purchaseDate: draft.purchaseDate,
      warrantyEnd: draft.purchaseDate ? warrantyEnd(draft.purchaseDate, product.warrantyMonths) : null,
    });
    return units.save(unit);
  }
}
