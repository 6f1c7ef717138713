import { chargeForPart, localDateOf } from '@stardesk/domain';
import type { EntityManager } from 'typeorm';
import type { CopyWriter } from './copy-writer';
import { DEMO_SPARE_PARTS, type GeneratedActivity } from './demo-activity';
import type { DemoRating } from './demo-facts';
import type { GeneratedDemo, GeneratedRequest } from './demo-generator';
import { SeededRandom } from './random';

export interface DemoIds {
  orgId: string;
  timeZone: string;
  outletIds: Map<string, string>;
  staffIds: Map<string, string>;
  yearStart: Date;
}

/** The automotive-style satisfaction index of seed 003 (1000-point scale), as the demo's survey. */
const CSI_FACTORS = [
  { key: 'service_initiation', labelZh: '服务启动', labelEn: 'Service initiation', weight: 0.21 },
  { key: 'service_advisor', labelZh: '服务顾问', labelEn: 'Service advisor', weight: 0.19 },
  { key: 'service_quality', labelZh: '服务质量', labelEn: 'Service quality', weight: 0.22 },
  { key: 'service_facility', labelZh: '服务设施', labelEn: 'Service facility', weight: 0.2 },
  { key: 'handover', labelZh: '交付', labelEn: 'Handover', weight: 0.18 },
];

/**
 * Numbers for record codes taken from a PostgreSQL sequence without a round trip per day: the block is
 * counted here and the sequence moved past it at the end, so codes the API hands out later never clash.
 * (A seed replaces the demo organisations; it is not meant to run beside live intake.)
 */
export class CodeCounter {
  private constructor(private readonly sequence: string, private last: number) {}

  static async start(tx: EntityManager, sequence: string): Promise<CodeCounter> {
    const [{ n }]: { n: string }[] = await tx.query(`SELECT nextval('${sequence}')::text AS n`);
    return new CodeCounter(sequence, Number(n) - 1);
  }

  next(): string {
    this.last++;
    return String(this.last).padStart(6, '0');
  }

  async finish(tx: EntityManager): Promise<void> {
    await tx.query(`SELECT setval('${this.sequence}', GREATEST($1::bigint, (SELECT last_value FROM ${this.sequence})))`, [this.last]);
  }
}

/**
 * Writes the demo's visits with parts and stock, complaints, return visits and their ratings, one day
 * of requests at a time; stock levels are settled at the end from what the year consumed.
 */
export class DemoActivityWriter {
  private readonly random: SeededRandom;
  private readonly partIds: Map<string, string>;
  private readonly consumed = new Map<string, number>();

  constructor(
    private readonly tx: EntityManager,
    private readonly copy: CopyWriter,
    private readonly ids: DemoIds,
    private readonly complaintCodes: CodeCounter,
    seed: number,
  ) {
    this.random = new SeededRandom(seed);
    this.partIds = new Map(DEMO_SPARE_PARTS.map((part) => [part.partNo, this.random.uuid()]));
  }

  async begin(): Promise<void> {
    for (const part of DEMO_SPARE_PARTS) this.copy.add('spare_parts', [this.partIds.get(part.partNo)!, this.ids.orgId, part.partNo, part.name, part.price, part.unitCost]);
    await this.tx.query(`INSERT INTO survey_templates (org_id, code, name, version, factors, active) VALUES ($1, 'CSI', '售后服务满意度调查', 1, $2, true)`, [this.ids.orgId, JSON.stringify(CSI_FACTORS)]);
  }

  /** Writes the day's activity; returns the ratings written, by request (what the KPI facts take from them). */
  writeDay(day: GeneratedDemo, activity: GeneratedActivity): Map<string, DemoRating> {
    const requests = new Map(day.requests.map((request) => [request.id, request]));
    this.writeVisitsAndParts(activity, requests);
    this.writeComplaints(activity, requests);
    return this.writeReturnVisits(activity);
  }

  /** Stock received at the start of the year covers every part later fitted, plus a working reserve. */
  finish(): void {
    const { orgId } = this.ids;
    for (const [outletCode, outletId] of this.ids.outletIds) {
      for (const part of DEMO_SPARE_PARTS) {
        const used = this.consumed.get(`${outletCode}|${part.partNo}`) ?? 0;
        const received = used + this.random.int(3, 15);
        this.copy.add('part_stock', [orgId, outletId, this.partIds.get(part.partNo)!, received - used]);
        this.copy.add('stock_movements', [this.random.uuid(), orgId, outletId, this.partIds.get(part.partNo)!, null, 'RECEIVED', received, part.unitCost, 0, null, null, this.ids.yearStart]);
      }
    }
  }

  private writeVisitsAndParts(activity: GeneratedActivity, requests: Map<string, GeneratedRequest>): void {
    const { orgId } = this.ids;
    for (const v of activity.visits) {
      this.copy.add('visits', [v.id, orgId, v.requestId, v.seq, this.ids.staffIds.get(v.technicianLogin)!, v.arrivedAt, v.completedAt, v.outcome, v.diagnosis, v.outcome === 'FIXED' ? '客户本人' : null]);
      if (!v.partNo) continue;
      const request = requests.get(v.requestId)!;
      const part = DEMO_SPARE_PARTS.find((p) => p.partNo === v.partNo)!;
      const key = `${request.outletCode}|${part.partNo}`;
      this.consumed.set(key, (this.consumed.get(key) ?? 0) + 1);
      this.copy.add('stock_movements', [this.random.uuid(), orgId, this.ids.outletIds.get(request.outletCode)!, this.partIds.get(part.partNo)!, v.id, 'CONSUMED', 1, part.unitCost,
        chargeForPart(part.price, 1, request.warrantyStatus === 'IN_WARRANTY'), `OLD-${v.id.slice(0, 8).toUpperCase()}`, `NEW-${v.id.slice(9, 13).toUpperCase()}${v.seq}`, v.completedAt]);
    }
  }

  private writeComplaints(activity: GeneratedActivity, requests: Map<string, GeneratedRequest>): void {
    const { orgId } = this.ids;
    const complaints = [...activity.complaints].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
    for (const c of complaints) {
      const request = requests.get(c.requestId)!;
      const status = c.closedAt ? 'CLOSED' : c.acknowledgedAt ? 'ACKNOWLEDGED' : 'RECEIVED';
      const code = `CP${localDateOf(c.receivedAt, this.ids.timeZone).replace(/-/g, '')}-${this.complaintCodes.next()}`;
      this.copy.add('complaints', [c.id, orgId, code, c.requestId, request.customerId, this.ids.outletIds.get(request.outletCode)!, 'HOTLINE', c.severity, c.category, c.description,
        status, c.receivedAt, c.acknowledgedAt, c.closedAt, 1, c.resolution, c.customerAccepted]);
      this.copy.add('complaint_events', [orgId, c.id, 'RECEIVE', null, 'RECEIVED', null, 1, c.receivedAt, null]);
      if (c.acknowledgedAt) this.copy.add('complaint_events', [orgId, c.id, 'ACKNOWLEDGE', 'RECEIVED', 'ACKNOWLEDGED', 1, 1, c.acknowledgedAt, null]);
      if (c.closedAt) this.copy.add('complaint_events', [orgId, c.id, 'CLOSE', 'ACKNOWLEDGED', 'CLOSED', 1, 1, c.closedAt, c.resolution]);
    }
  }

  private writeReturnVisits(activity: GeneratedActivity): Map<string, DemoRating> {
    const { orgId } = this.ids;
    const ratings = new Map<string, DemoRating>();
    for (const v of activity.returnVisits) {
      this.copy.add('return_visits', [v.id, orgId, v.requestId, v.closedAt, v.dueAt, v.status, v.attempts.length, v.doneAt, v.attempts.length ? v.method : null,
        v.attempts.at(-1)?.outcome ?? null, v.rating, v.recommend, v.comment]);
      v.attempts.forEach((attempt, index) => this.copy.add('return_visit_attempts', [orgId, v.id, index + 1, attempt.at, v.method, attempt.outcome]));
      if (v.status !== 'DONE') continue;
      const rating = { id: this.random.uuid(), submittedAt: v.doneAt!, overall: v.rating!, recommend: v.recommend };
      this.copy.add('survey_responses', [rating.id, orgId, v.requestId, v.id, 'RETURN_VISIT', rating.submittedAt, rating.overall, rating.recommend, [], v.comment]);
      // The latest submission counts (ties to the greater id), as for the facts' rating.
      const seen = ratings.get(v.requestId);
      if (!seen || seen.submittedAt < rating.submittedAt || (seen.submittedAt.getTime() === rating.submittedAt.getTime() && seen.id < rating.id)) ratings.set(v.requestId, rating);
    }
    return ratings;
  }
}
