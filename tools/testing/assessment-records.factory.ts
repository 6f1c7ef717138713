import type { DataSource } from 'typeorm';
import type { GivenOrganisation } from './organisation.factory';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export interface RepairRecord {
  reportedAt: string;
  /** Minutes from report to acknowledgement (NORMAL priority: 120 is on time). */
  ackMinutes?: number;
  resolvedAfterHours?: number;
  diagnosis?: string | null;
  cancelled?: boolean;
}

export interface ComplaintRecord {
  receivedAt: string;
  ackHours?: number;
  /** Hours from receipt to closure (NORMAL severity: 168 is on time). */
  closedAfterHours?: number;
  customerAccepted?: boolean | null;
}

/**
 * Writes finished records of a past period straight into the tables, with exactly the times a test
 * needs (the GraphQL mutations refuse times they would not accept live, e.g. a reopened history).
 * The organisation needs an outlet 'SH-01', a product 'KFR-35GW' and a technician 'gcs1'.
 */
export class AssessmentRecords {
  private sequence = 0;
  private customerId: string | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly given: GivenOrganisation,
  ) {}

  private async customer(): Promise<string> {
    if (this.customerId) return this.customerId;
    const [row] = await this.dataSource.query<{ id: string }[]>(
      "INSERT INTO customers (org_id, name, phone, address) VALUES ($1, '王芳', '13800138000', '上海市徐汇区') RETURNING id",
      [this.given.organisation.id],
    );
    this.customerId = (row as { id: string }).id;
    return this.customerId;
  }

  async repair(record: RepairRecord): Promise<string> {
    const reportedAt = new Date(record.reportedAt);
    const at = (ms: number): Date => new Date(reportedAt.getTime() + ms);
    const resolvedAt = at((record.resolvedAfterHours ?? 20) * HOUR);
    this.sequence += 1;
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO service_requests (org_id, code, type, channel, priority, status, customer_id, product_id, outlet_id, technician_id, fault_description, warranty_status,
                                     reported_at, acknowledged_at, resolved_at, closed_at, cancelled_at)
       VALUES ($1, $2, 'REPAIR', 'HOTLINE', 'NORMAL', $3, $4, $5, $6, $7, '不制冷', 'IN_WARRANTY', $8, $9, $10, $11, $12) RETURNING id`,
      [
        this.given.organisation.id,
        `SR-T-${String(this.sequence).padStart(4, '0')}`,
        record.cancelled ? 'CANCELLED' : 'CLOSED',
        await this.customer(),
        this.given.productIds['KFR-35GW'],
        this.given.outletIds['SH-01'],
        this.given.staffIds['gcs1'],
        reportedAt,
        at((record.ackMinutes ?? 30) * MINUTE),
        resolvedAt,
        at((record.resolvedAfterHours ?? 20) * HOUR + HOUR),
        record.cancelled ? at(21 * HOUR) : null,
      ],
    );
    const id = (row as { id: string }).id;
    await this.dataSource.query(
      `INSERT INTO visits (org_id, request_id, seq, technician_id, arrived_at, completed_at, outcome, diagnosis, confirmed_by)
       VALUES ($1, $2, 1, $3, $4, $5, 'FIXED', $6, '王芳')`,
      [this.given.organisation.id, id, this.given.staffIds['gcs1'], at(4 * HOUR), resolvedAt, record.diagnosis === undefined ? '压缩机故障' : record.diagnosis],
    );
    return id;
  }

  async complaint(record: ComplaintRecord): Promise<string> {
    const receivedAt = new Date(record.receivedAt);
    this.sequence += 1;
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO complaints (org_id, code, customer_id, outlet_id, channel, severity, description, status, received_at, acknowledged_at, closed_at, resolution, customer_accepted)
       VALUES ($1, $2, $3, $4, 'HOTLINE', 'NORMAL', '上门迟到', 'CLOSED', $5, $6, $7, '致歉并补偿', $8) RETURNING id`,
      [
        this.given.organisation.id,
        `CP-T-${String(this.sequence).padStart(4, '0')}`,
        await this.customer(),
        this.given.outletIds['SH-01'],
        receivedAt,
        new Date(receivedAt.getTime() + (record.ackHours ?? 2) * HOUR),
        new Date(receivedAt.getTime() + (record.closedAfterHours ?? 48) * HOUR),
        record.customerAccepted === undefined ? true : record.customerAccepted,
      ],
    );
    return (row as { id: string }).id;
  }
}
