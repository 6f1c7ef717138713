import { complaintStatusOf, problemAt, synthesiseComplaintEvents, type ImportedComplaint } from '@stardesk/domain';
import { bulkInsert, bulkUpdate, columns, deleteWhereIn } from '../bulk-write';
import type { ImportWriter, ImportWriterContext } from './import-writer';

const COMPLAINT_COLUMNS = columns(
  'id:uuid', 'request_id:uuid', 'customer_id:uuid', 'outlet_id:uuid', 'severity:text', 'category:text', 'status:text', 'received_at:timestamptz',
  'acknowledged_at:timestamptz', 'closed_at:timestamptz', 'resolution:text', 'customer_accepted:boolean',
);
const EVENT_COLUMNS = columns(
  'id:uuid', 'org_id:uuid', 'complaint_id:uuid', 'action:text', 'from_status:text', 'to_status:text', 'from_level:smallint', 'to_level:smallint', 'at:timestamptz',
  'note:text', 'imported:boolean',
);

interface StoredComplaint {
  id: string;
  code: string;
  worked_in_app: boolean;
}

/**
 * complaints.csv: a complaint names its request (optional) and thereby its outlet, and its customer
 * by phone; its status and history (received, acknowledged, closed, at level 1) come from its times.
 */
export class ComplaintsWriter implements ImportWriter<ImportedComplaint> {
  private readonly inserts: unknown[][] = [];
  private readonly updates: unknown[][] = [];
  private readonly events: unknown[][] = [];

  constructor(private readonly context: ImportWriterContext) {}

  async resolve(records: readonly ImportedComplaint[]): Promise<void> {
    const { session, catalogue, requests } = this.context;
    const stored: StoredComplaint[] = await session.tx.query(
      `SELECT c.id, c.code,
              EXISTS (SELECT 1 FROM complaint_events e WHERE e.org_id = c.org_id AND e.complaint_id = c.id AND NOT e.imported) AS worked_in_app
         FROM complaints c WHERE c.org_id = $1 AND c.code = ANY($2::text[])`,
      [session.org.id, records.map((record) => record.code)],
    );
    const storedByCode = new Map(stored.map((row) => [row.code, row]));
    for (const record of records) {
      const existing = storedByCode.get(record.code);
      if (existing && !session.options.update) {
        session.report(problemAt(record.source, 'code', 'alreadyExists', { key: record.code }));
        continue;
      }
      if (existing?.worked_in_app) {
        session.report(problemAt(record.source, 'code', 'notImportedRecord', { key: record.code }));
        continue;
      }
      const request = record.requestCode ? requests.find(record.requestCode) : undefined;
      if (record.requestCode && !request && !session.refusedInSet('service_requests', record.requestCode)) {
        session.report(problemAt(record.source, 'request_code', 'notFound', { value: record.requestCode }));
      }
      const id = existing?.id ?? session.newId();
      this.planEvents(id, record);
      const values = [
        id, request?.id ?? null, catalogue.customerId(record.customerPhone, record.customerName), request?.outletId || null, record.severity,
        record.category, complaintStatusOf(record), record.receivedAt, record.acknowledgedAt, record.closedAt, record.resolution, record.customerAccepted,
      ];
      if (existing) this.updates.push(values);
      else this.inserts.push([...values, record.code]);
    }
  }

  private planEvents(complaintId: string, record: ImportedComplaint): void {
    const { session } = this.context;
    for (const event of synthesiseComplaintEvents(record)) {
      this.events.push([session.newOrderedId(), session.org.id, complaintId, event.action, event.fromStatus, event.toStatus, event.fromLevel, event.toLevel, event.at, event.note, true]);
    }
  }

  async write(): Promise<void> {
    const { session } = this.context;
    const orgId = session.org.id;
    await bulkInsert(session.tx, 'complaints', [...COMPLAINT_COLUMNS, ...columns('code:text', 'org_id:uuid')], this.inserts.map((row) => [...row, orgId]));
    await bulkUpdate(session.tx, 'complaints', orgId, COMPLAINT_COLUMNS, this.updates, 'version = t.version + 1, updated_at = now()');
    await deleteWhereIn(session.tx, 'complaint_events', orgId, 'complaint_id', this.updates.map((row) => row[0] as string), 'AND imported');
    await bulkInsert(session.tx, 'complaint_events', EVENT_COLUMNS, this.events);
    session.count('complaints', this.inserts.length, this.updates.length);
  }
}
