import {
  localDateOf,
  problemAt,
  requestTimesOf,
  synthesiseRequestEvents,
  warrantyStatusOn,
  type ImportedServiceRequest,
} from '@stardesk/domain';
import { bulkInsert, bulkUpdate, columns, deleteWhereIn } from '../bulk-write';
import type { KnownRequest } from '../request-directory';
import type { ImportWriter, ImportWriterContext } from './import-writer';

const REQUEST_COLUMNS = columns(
  'id:uuid', 'type:text', 'channel:text', 'priority:text', 'status:text', 'customer_id:uuid', 'product_id:uuid', 'unit_id:uuid',
  'outlet_id:uuid', 'technician_id:uuid', 'fault_description:text', 'warranty_status:text', 'reported_at:timestamptz',
  'acknowledged_at:timestamptz', 'resolved_at:timestamptz', 'closed_at:timestamptz', 'cancelled_at:timestamptz', 'reopen_count:int',
);
const EVENT_COLUMNS = columns('id:uuid', 'org_id:uuid', 'request_id:uuid', 'from_status:text', 'to_status:text', 'at:timestamptz', 'imported:boolean');

interface PlannedRequest {
  request: KnownRequest;
  record: ImportedServiceRequest;
  customerId: string;
  productId: string;
  unitId: string | null;
  update: boolean;
}

/**
 * service_requests.csv: resolves outlet, product, customer and unit, decides warranty from the unit,
 * and writes the requests with lifecycle events synthesised from their times (imported, no actor), so
 * timelines and KPIs read them like live requests. With `update`, an imported request is overwritten
 * and its synthesised events replaced; one worked in StarDesk since is refused.
 */
export class ServiceRequestsWriter implements ImportWriter<ImportedServiceRequest> {
  private readonly planned: PlannedRequest[] = [];

  constructor(private readonly context: ImportWriterContext) {}

  async resolve(records: readonly ImportedServiceRequest[]): Promise<void> {
    const { session, catalogue, requests } = this.context;
    const zone = session.org.timeZone;
    for (const record of records) {
      const stored = requests.storedRequest(record.code);
      if (stored && !session.options.update) {
        session.report(problemAt(record.source, 'code', 'alreadyExists', { key: record.code }));
        continue;
      }
      if (stored?.workedInApp) {
        session.report(problemAt(record.source, 'code', 'changedInApp', { key: record.code }));
        continue;
      }
      const outletId = catalogue.outlets.get(record.outletCode);
      if (!outletId && !session.refusedInSet('outlets', record.outletCode)) {
        session.report(problemAt(record.source, 'outlet_code', 'notFound', { value: record.outletCode }));
      }
      const product = catalogue.product(record.productModel, record.productCategory);
      const customerId = catalogue.customerId(record.customerPhone, record.customerName);
      const found = record.serialNo ? catalogue.unit(record.serialNo, product, customerId, record.purchaseDate) : null;
      if (found && 'otherModel' in found) session.report(problemAt(record.source, 'serial_no', 'serialOtherModel', { model: found.otherModel }));
      const unit = found && !('otherModel' in found) ? found : null;
      const { closedAt } = requestTimesOf(record);
      const request: KnownRequest = {
        id: stored?.id ?? session.newId(),
        code: record.code,
        status: record.status,
        reportedAt: record.reportedAt,
        closedAt,
        // Without its outlet the set is refused anyway; the request still answers the rows naming it.
        outletId: outletId ?? '',
        warrantyStatus: warrantyStatusOn(localDateOf(record.reportedAt, zone), unit?.warrantyEnd),
        inSet: true,
        // An overwritten request keeps what its stored visits say, unless the set's visits say otherwise.
        firstArrivalAt: stored?.firstArrivalAt ?? null,
        lastVisit: stored?.lastVisit ?? null,
      };
      requests.register(request);
      this.planned.push({ request, record, customerId, productId: product.id, unitId: unit?.id ?? null, update: stored !== undefined });
    }
  }

  async write(): Promise<void> {
    const { session } = this.context;
    const orgId = session.org.id;
    const rowOf = ({ request, record, customerId, productId, unitId }: PlannedRequest): unknown[] => {
      const { closedAt, cancelledAt } = requestTimesOf(record);
      return [
        request.id, record.type, record.channel, record.priority, record.status, customerId, productId, unitId, request.outletId,
        request.lastVisit?.technicianId ?? null, record.faultDescription, request.warrantyStatus, record.reportedAt, record.acknowledgedAt,
        record.resolvedAt, closedAt, cancelledAt, record.reopened ? 1 : 0,
      ];
    };
    const inserts = this.planned.filter((plan) => !plan.update);
    const updates = this.planned.filter((plan) => plan.update);
    await bulkInsert(
      session.tx,
      'service_requests',
      [...REQUEST_COLUMNS, ...columns('org_id:uuid', 'code:text', 'created_at:timestamptz', 'updated_at:timestamptz')],
      inserts.map((plan) => [...rowOf(plan), orgId, plan.record.code, plan.record.reportedAt, plan.record.reportedAt]),
    );
    await bulkUpdate(session.tx, 'service_requests', orgId, REQUEST_COLUMNS, updates.map(rowOf), 'version = t.version + 1, updated_at = now()');
    await deleteWhereIn(session.tx, 'service_request_events', orgId, 'request_id', updates.map((plan) => plan.request.id), 'AND imported');

    const events: unknown[][] = [];
    for (const { request, record } of this.planned) {
      const { cancelledAt } = requestTimesOf(record);
      const synthesised = synthesiseRequestEvents({ ...record, closedAt: request.closedAt, cancelledAt, firstArrivalAt: request.firstArrivalAt });
      for (const event of synthesised) events.push([session.newOrderedId(), orgId, request.id, event.from, event.to, event.at, true]);
    }
    await bulkInsert(session.tx, 'service_request_events', EVENT_COLUMNS, events);
    session.count('service_requests', inserts.length, updates.length);
  }
}
