import { Injectable } from '@nestjs/common';
import type { RequestStatus, ServiceType } from '@stardesk/domain';
import { DataSource } from 'typeorm';

export interface TrackedRequestRow {
  id: string;
  code: string;
  type: ServiceType;
  status: RequestStatus;
  reportedAt: Date;
  customerPhone: string;
  productName: string;
  productModel: string;
  technicianName: string | null;
}

/** The reads behind "track my request": one request by code, its status changes and next visit window. */
@Injectable()
export class PortalRequestRepository {
  constructor(private readonly dataSource: DataSource) {}

  async findByCode(orgId: string, code: string): Promise<TrackedRequestRow | null> {
    const rows: TrackedRequestRow[] = await this.dataSource.query(
      `SELECT r.id, r.code, r.type, r.status, r.reported_at AS "reportedAt", c.phone AS "customerPhone",
              p.name AS "productName", p.model AS "productModel", s.name AS "technicianName"
         FROM service_requests r
         JOIN customers c ON c.id = r.customer_id AND c.org_id = r.org_id
         JOIN products p ON p.id = r.product_id AND p.org_id = r.org_id
         LEFT JOIN staff s ON s.id = r.technician_id AND s.org_id = r.org_id
        WHERE r.org_id = $1 AND r.code = $2`,
      [orgId, code],
    );
    return rows[0] ?? null;
  }

  timeline(orgId: string, requestId: string): Promise<{ at: Date; status: RequestStatus }[]> {
    return this.dataSource.query(
      `SELECT at, to_status AS status FROM service_request_events
        WHERE org_id = $1 AND request_id = $2 ORDER BY at, id`,
      [orgId, requestId],
    );
  }

  async nextAppointment(orgId: string, requestId: string): Promise<{ from: Date; to: Date } | null> {
    const rows: { from: Date; to: Date }[] = await this.dataSource.query(
      `SELECT scheduled_from AS "from", scheduled_to AS "to" FROM deliveries
        WHERE org_id = $1 AND request_id = $2 AND status = 'SCHEDULED' ORDER BY scheduled_from LIMIT 1`,
      [orgId, requestId],
    );
    return rows[0] ?? null;
  }
}
