import { chargeForPart, problemAt, visitAgainstRequest, visitKey, visitNumberingProblems, type ImportedVisit } from '@stardesk/domain';
import { bulkInsert, bulkUpdate, columns, deleteWhereIn } from '../bulk-write';
import type { KnownRequest } from '../request-directory';
import type { ImportWriter, ImportWriterContext } from './import-writer';

const VISIT_COLUMNS = columns(
  'id:uuid', 'request_id:uuid', 'seq:int', 'technician_id:uuid', 'arrived_at:timestamptz', 'completed_at:timestamptz', 'outcome:text', 'diagnosis:text',
);
const MOVEMENT_COLUMNS = columns(
  'id:uuid', 'org_id:uuid', 'outlet_id:uuid', 'part_id:uuid', 'visit_id:uuid', 'kind:text', 'quantity:int', 'unit_cost:numeric', 'charged_amount:numeric', 'at:timestamptz',
);

interface StoredVisit {
  id: string;
  code: string;
  seq: number;
  imported: boolean;
}

/**
 * visits.csv: each visit joins its request (from the set or stored), numbered 1..n per request; its
 * technician is found by login or created; its parts become CONSUMED movements of the request's
 * outlet, costed and charged by warranty. They record history: the outlet's current stock is left
 * as it is (it was counted after these parts were used).
 */
export class VisitsWriter implements ImportWriter<ImportedVisit> {
  private readonly visits: unknown[][] = [];
  private readonly updates: unknown[][] = [];
  private readonly movements: unknown[][] = [];

  constructor(private readonly context: ImportWriterContext) {}

  async resolve(records: readonly ImportedVisit[]): Promise<void> {
    const { session, catalogue, requests } = this.context;
    const stored = await this.storedVisits(records);
    const storedSeqs = new Map<string, number[]>();
    for (const visit of stored.values()) storedSeqs.set(visit.code, [...(storedSeqs.get(visit.code) ?? []), visit.seq]);
    session.report(visitNumberingProblems(records, storedSeqs));

    for (const record of records) {
      const request = requests.find(record.requestCode);
      if (!request) {
        if (!session.refusedInSet('service_requests', record.requestCode)) {
          session.report(problemAt(record.source, 'request_code', 'notFound', { value: record.requestCode }));
        }
        continue;
      }
      session.report(visitAgainstRequest(record, request, session.formatTime));
      const existing = stored.get(visitKey(record.requestCode, record.seq));
      if (existing && !session.options.update) {
        session.report(problemAt(record.source, 'seq', 'alreadyExists', { key: visitKey(record.requestCode, record.seq) }));
        continue;
      }
      if (existing && !existing.imported) {
        session.report(problemAt(record.source, 'seq', 'notImportedRecord', { key: visitKey(record.requestCode, record.seq) }));
        continue;
      }
      const technicianId = catalogue.technicianId(record.technician);
      if (request.inSet) requests.noteVisit(request, record.seq, record.arrivedAt, technicianId);
      const id = existing?.id ?? session.newId();
      const values = [id, request.id, record.seq, technicianId, record.arrivedAt, record.completedAt, record.outcome, record.diagnosis];
      if (existing) this.updates.push(values);
      else this.visits.push(values);
      this.planParts(record, request, id);
    }
  }

  private planParts(record: ImportedVisit, request: KnownRequest, visitId: string): void {
    const { session, catalogue } = this.context;
    const inWarranty = request.warrantyStatus === 'IN_WARRANTY';
    for (const line of record.parts) {
      const part = catalogue.part(line.partNo);
      // Ordered ids keep the parts of a visit in the order the file lists them (the export reads them so).
      this.movements.push([
        session.newOrderedId(), session.org.id, request.outletId, part.id, visitId, 'CONSUMED', line.quantity, part.unitCost,
        chargeForPart(part.price, line.quantity, inWarranty), record.completedAt ?? record.arrivedAt,
      ]);
    }
  }

  private async storedVisits(records: readonly ImportedVisit[]): Promise<Map<string, StoredVisit>> {
    const { session } = this.context;
    const codes = [...new Set(records.map((record) => record.requestCode))];
    const rows: StoredVisit[] = await session.tx.query(
      `SELECT v.id, sr.code, v.seq, v.imported FROM visits v JOIN service_requests sr ON sr.id = v.request_id
        WHERE v.org_id = $1 AND sr.org_id = $1 AND sr.code = ANY($2::text[])`,
      [session.org.id, codes],
    );
    return new Map(rows.map((row) => [visitKey(row.code, row.seq), row]));
  }

  async write(): Promise<void> {
    const { session } = this.context;
    const orgId = session.org.id;
    await bulkInsert(session.tx, 'visits', [...VISIT_COLUMNS, ...columns('org_id:uuid', 'imported:boolean')], this.visits.map((row) => [...row, orgId, true]));
    await bulkUpdate(session.tx, 'visits', orgId, VISIT_COLUMNS, this.updates);
    await deleteWhereIn(session.tx, 'stock_movements', orgId, 'visit_id', this.updates.map((row) => row[0] as string));
    await bulkInsert(session.tx, 'stock_movements', MOVEMENT_COLUMNS, this.movements);
    session.count('visits', this.visits.length, this.updates.length);
  }
}
