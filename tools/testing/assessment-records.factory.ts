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

  /** A delivery of a (new) request, done at `doneAt` within or after its window. */
  async delivery(record: { doneAt: string; scheduledTo: string; condition: string | null; signerName: string | null }): Promise<string> {
    const requestId = await this.repair({ reportedAt: new Date(new Date(record.doneAt).getTime() - 48 * HOUR).toISOString() });
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO deliveries (org_id, request_id, kind, status, scheduled_from, scheduled_to, done_at, condition, signer_name)
       VALUES ($1, $2, 'DELIVERY', 'DONE', $3, $4, $5, $6, $7) RETURNING id`,
      [this.given.organisation.id, requestId, new Date(new Date(record.scheduledTo).getTime() - 4 * HOUR), record.scheduledTo, record.doneAt, record.condition, record.signerName],
    );
    return (row as { id: string }).id;
  }

  async warrantyDecision(record: { decidedAt: string; overridden: boolean; overrideReason: string | null }): Promise<string> {
    const requestId = await this.repair({ reportedAt: new Date(new Date(record.decidedAt).getTime() - 24 * HOUR).toISOString() });
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO warranty_decisions (org_id, request_id, decision, reason, in_warranty, derived_warranty_status, warranty_overridden, override_reason, decided_by_id, decided_at)
       VALUES ($1, $2, 'REPAIR', '非人为损坏', true, 'IN_WARRANTY', $3, $4, $5, $6) RETURNING id`,
      [this.given.organisation.id, requestId, record.overridden, record.overrideReason, this.given.staffIds['gcs1'], record.decidedAt],
    );
    return (row as { id: string }).id;
  }

  async takeBack(record: { collectedAt: string; certificateNo: string | null }): Promise<string> {
    const [row] = await this.dataSource.query<{ id: string }[]>(
      `INSERT INTO take_backs (org_id, outlet_id, product_id, quantity, disposal_method, disposer, certificate_no, collected_at)
       VALUES ($1, $2, $3, 1, 'RECYCLER', '绿环再生资源公司', $4, $5) RETURNING id`,
      [this.given.organisation.id, this.given.outletIds['SH-01'], this.given.productIds['KFR-35GW'], record.certificateNo, record.collectedAt],
    );
    return (row as { id: string }).id;
  }

  /** A certificate of staff member `login`, valid on the inclusive local dates. */
  async qualification(login: string, validFrom: string, validUntil: string | null): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO qualifications (org_id, staff_id, certificate_type, certificate_no, issuer, valid_from, valid_until)
       VALUES ($1, $2, 'REFRIGERATION', $3, '应急管理局', $4, $5)`,
      [this.given.organisation.id, this.given.staffIds[login], `CERT-${login}`, validFrom, validUntil],
    );
  }

  async evaluation(login: string, periodFrom: string, periodTo: string): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO staff_evaluations (org_id, staff_id, period_from, period_to, attitude, problem_solving, satisfaction, score, evaluator_id)
       VALUES ($1, $2, $3, $4, 5, 4, 5, 93.3, $5)`,
      [this.given.organisation.id, this.given.staffIds[login], periodFrom, periodTo, this.given.staffIds[login]],
    );
  }
}
