import type { ImportRecordsByType, RequestStatus, WarrantyStatus } from '@stardesk/domain';
import type { ImportSession } from './import-session';

/** A request a row of the set refers to, stored already or imported by the same set. */
export interface KnownRequest {
  id: string;
  code: string;
  status: RequestStatus;
  reportedAt: Date;
  closedAt: Date | null;
  outletId: string;
  warrantyStatus: WarrantyStatus;
  /** True for a request of the set (new or overwritten), false for one only stored. */
  inSet: boolean;
  /** Arrival of the set's first visit, and the technician of its last: the request's events and assignee. */
  firstArrivalAt: Date | null;
  lastVisit: { seq: number; technicianId: string } | null;
}

export interface StoredRequest extends KnownRequest {
  /** Has events entered in StarDesk (not synthesised by an import): an import may not overwrite it. */
  workedInApp: boolean;
}

interface StoredRequestRow {
  id: string;
  code: string;
  status: RequestStatus;
  reported_at: Date;
  closed_at: Date | null;
  outlet_id: string;
  warranty_status: WarrantyStatus;
  worked_in_app: boolean;
  first_arrival_at: Date | null;
  last_visit_seq: number | null;
  last_visit_technician_id: string | null;
}

/** Service requests by code, for the requests file and every file that names a request_code. */
export class RequestDirectory {
  private readonly stored = new Map<string, StoredRequest>();
  private readonly ofSet = new Map<string, KnownRequest>();

  static async load(session: ImportSession, records: ImportRecordsByType): Promise<RequestDirectory> {
    const directory = new RequestDirectory();
    const codes = new Set<string>();
    for (const record of records.service_requests) codes.add(record.code);
    for (const record of records.visits) codes.add(record.requestCode);
    for (const record of records.return_visits) codes.add(record.requestCode);
    for (const record of records.complaints) if (record.requestCode) codes.add(record.requestCode);
    const rows: StoredRequestRow[] = await session.tx.query(
      `SELECT sr.id, sr.code, sr.status, sr.reported_at, sr.closed_at, sr.outlet_id, sr.warranty_status,
              EXISTS (SELECT 1 FROM service_request_events e WHERE e.org_id = sr.org_id AND e.request_id = sr.id AND NOT e.imported) AS worked_in_app,
              first.arrived_at AS first_arrival_at, last.seq AS last_visit_seq, last.technician_id AS last_visit_technician_id
         FROM service_requests sr
         LEFT JOIN visits first ON first.org_id = sr.org_id AND first.request_id = sr.id AND first.seq = 1
         LEFT JOIN LATERAL (SELECT v.seq, v.technician_id FROM visits v WHERE v.org_id = sr.org_id AND v.request_id = sr.id ORDER BY v.seq DESC LIMIT 1) last ON true
        WHERE sr.org_id = $1 AND sr.code = ANY($2::text[])`,
      [session.org.id, [...codes]],
    );
    for (const row of rows) {
      directory.stored.set(row.code, {
        id: row.id,
        code: row.code,
        status: row.status,
        reportedAt: row.reported_at,
        closedAt: row.closed_at,
        outletId: row.outlet_id,
        warrantyStatus: row.warranty_status,
        inSet: false,
        firstArrivalAt: row.first_arrival_at,
        lastVisit: row.last_visit_seq === null ? null : { seq: row.last_visit_seq, technicianId: row.last_visit_technician_id! },
        workedInApp: row.worked_in_app,
      });
    }
    return directory;
  }

  storedRequest(code: string): StoredRequest | undefined {
    return this.stored.get(code);
  }

  /** Adds a request of the set; it shadows the stored one of the same code (an update). */
  register(request: KnownRequest): void {
    this.ofSet.set(request.code, request);
  }

  find(code: string): KnownRequest | undefined {
    return this.ofSet.get(code) ?? this.stored.get(code);
  }

  /** Requests of the set, in the order registered. */
  get requestsOfSet(): KnownRequest[] {
    return [...this.ofSet.values()];
  }

  /** A visit of the set: the first one starts the work, the last one (stored or in the set) names the assignee. */
  noteVisit(request: KnownRequest, seq: number, arrivedAt: Date, technicianId: string): void {
    if (seq === 1) request.firstArrivalAt = arrivedAt;
    if (!request.lastVisit || seq >= request.lastVisit.seq) request.lastVisit = { seq, technicianId };
  }
}
