import { chargeForPart, localDateOf } from '@stardesk/domain';
import type { EntityManager } from 'typeorm';
import { bulkInsert } from './bulk-insert';
import { DEMO_SPARE_PARTS, type GeneratedActivity } from './demo-activity';
import type { GeneratedDemo } from './demo-generator';
import { SeededRandom } from './random';

export interface DemoIds {
  orgId: string;
  timeZone: string;
  outletIds: Map<string, string>;
  staffIds: Map<string, string>;
  yearStart: Date;
}

const uuid = (name: string) => ({ name, type: 'uuid' });
const text = (name: string) => ({ name, type: 'text' });
const int = (name: string) => ({ name, type: 'int' });
const time = (name: string) => ({ name, type: 'timestamptz' });

/** The automotive-style satisfaction index of seed 003 (1000-point scale), as the demo's survey. */
const CSI_FACTORS = [
  { key: 'service_initiation', labelZh: '服务启动', labelEn: 'Service initiation', weight: 0.21 },
  { key: 'service_advisor', labelZh: '服务顾问', labelEn: 'Service advisor', weight: 0.19 },
  { key: 'service_quality', labelZh: '服务质量', labelEn: 'Service quality', weight: 0.22 },
  { key: 'service_facility', labelZh: '服务设施', labelEn: 'Service facility', weight: 0.2 },
  { key: 'handover', labelZh: '交付', labelEn: 'Handover', weight: 0.18 },
];

/** Writes the demo's visits with parts and stock, complaints, return visits and their ratings. */
export async function writeDemoActivity(tx: EntityManager, ids: DemoIds, demo: GeneratedDemo, activity: GeneratedActivity, seed: number): Promise<void> {
  const random = new SeededRandom(seed);
  const requests = new Map(demo.requests.map((request) => [request.id, request]));
  await writeVisitsAndParts(tx, ids, activity, requests, random);
  await writeComplaints(tx, ids, activity, requests);
  await writeReturnVisits(tx, ids, activity, random);
  await tx.query(`INSERT INTO survey_templates (org_id, code, name, version, factors, active) VALUES ($1, 'CSI', '售后服务满意度调查', 1, $2, true)`, [ids.orgId, JSON.stringify(CSI_FACTORS)]);
}

async function writeVisitsAndParts(tx: EntityManager, ids: DemoIds, activity: GeneratedActivity, requests: Map<string, GeneratedDemo['requests'][number]>, random: SeededRandom): Promise<void> {
  const partIds = new Map(DEMO_SPARE_PARTS.map((part) => [part.partNo, random.uuid()]));
  await bulkInsert(tx, 'spare_parts', [uuid('id'), uuid('org_id'), text('part_no'), text('name'), { name: 'price', type: 'numeric' }, { name: 'unit_cost', type: 'numeric' }],
    DEMO_SPARE_PARTS.map((part) => [partIds.get(part.partNo), ids.orgId, part.partNo, part.name, part.price, part.unitCost]));
  await bulkInsert(tx, 'visits',
    [uuid('id'), uuid('org_id'), uuid('request_id'), int('seq'), uuid('technician_id'), time('arrived_at'), time('completed_at'), text('outcome'), text('diagnosis'), text('confirmed_by')],
    activity.visits.map((v) => [v.id, ids.orgId, v.requestId, v.seq, ids.staffIds.get(v.technicianLogin), v.arrivedAt, v.completedAt, v.outcome, v.diagnosis, v.outcome === 'FIXED' ? '客户本人' : null]));

  // Stock received at the start of the year covers every part later fitted, plus a working reserve.
  const consumed = new Map<string, number>();
  const movements: unknown[][] = [];
  for (const visit of activity.visits.filter((v) => v.partNo)) {
    const request = requests.get(visit.requestId)!;
    const part = DEMO_SPARE_PARTS.find((p) => p.partNo === visit.partNo)!;
    const key = `${request.outletCode}|${part.partNo}`;
    consumed.set(key, (consumed.get(key) ?? 0) + 1);
    movements.push([random.uuid(), ids.orgId, ids.outletIds.get(request.outletCode), partIds.get(part.partNo), visit.id, 'CONSUMED', 1, part.unitCost,
      chargeForPart(part.price, 1, request.warrantyStatus === 'IN_WARRANTY'), `OLD-${visit.id.slice(0, 8).toUpperCase()}`, `NEW-${visit.id.slice(9, 13).toUpperCase()}${visit.seq}`, visit.completedAt]);
  }
  const stock: unknown[][] = [];
  for (const [outletCode, outletId] of ids.outletIds) {
    for (const part of DEMO_SPARE_PARTS) {
      const used = consumed.get(`${outletCode}|${part.partNo}`) ?? 0;
      const received = used + random.int(3, 15);
      stock.push([ids.orgId, outletId, partIds.get(part.partNo), received - used]);
      movements.push([random.uuid(), ids.orgId, outletId, partIds.get(part.partNo), null, 'RECEIVED', received, part.unitCost, 0, null, null, ids.yearStart]);
    }
  }
  await bulkInsert(tx, 'part_stock', [uuid('org_id'), uuid('outlet_id'), uuid('part_id'), int('quantity')], stock);
  await bulkInsert(tx, 'stock_movements',
    [uuid('id'), uuid('org_id'), uuid('outlet_id'), uuid('part_id'), uuid('visit_id'), text('kind'), int('quantity'), { name: 'unit_cost', type: 'numeric' },
      { name: 'charged_amount', type: 'numeric' }, text('faulty_serial'), text('replacement_serial'), time('at')],
    movements);
}

async function writeComplaints(tx: EntityManager, ids: DemoIds, activity: GeneratedActivity, requests: Map<string, GeneratedDemo['requests'][number]>): Promise<void> {
  const complaints = [...activity.complaints].sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime());
  const numbers: { n: string }[] = await tx.query(`SELECT nextval('complaint_code_seq')::text AS n FROM generate_series(1, $1)`, [complaints.length]);
  await bulkInsert(tx, 'complaints',
    [uuid('id'), uuid('org_id'), text('code'), uuid('request_id'), uuid('customer_id'), uuid('outlet_id'), text('channel'), text('severity'), text('category'), text('description'),
      text('status'), time('received_at'), time('acknowledged_at'), time('closed_at'), int('escalation_level'), text('resolution'), { name: 'customer_accepted', type: 'boolean' }],
    complaints.map((c, index) => {
      const request = requests.get(c.requestId)!;
      const status = c.closedAt ? 'CLOSED' : c.acknowledgedAt ? 'ACKNOWLEDGED' : 'RECEIVED';
      const code = `CP${localDateOf(c.receivedAt, ids.timeZone).replace(/-/g, '')}-${numbers[index]!.n.padStart(6, '0')}`;
      return [c.id, ids.orgId, code, c.requestId, request.customerId, ids.outletIds.get(request.outletCode), 'HOTLINE', c.severity, c.category, c.description,
        status, c.receivedAt, c.acknowledgedAt, c.closedAt, 1, c.resolution, c.customerAccepted];
    }));
  const events = complaints.flatMap((c) => [
    [c.id, 'RECEIVE', null, 'RECEIVED', null, 1, c.receivedAt, null],
    ...(c.acknowledgedAt ? [[c.id, 'ACKNOWLEDGE', 'RECEIVED', 'ACKNOWLEDGED', 1, 1, c.acknowledgedAt, null]] : []),
    ...(c.closedAt ? [[c.id, 'CLOSE', 'ACKNOWLEDGED', 'CLOSED', 1, 1, c.closedAt, c.resolution]] : []),
  ]);
  await bulkInsert(tx, 'complaint_events',
    [uuid('org_id'), uuid('complaint_id'), text('action'), text('from_status'), text('to_status'), int('from_level'), int('to_level'), time('at'), text('note')],
    events.map((event) => [ids.orgId, ...event]));
}

async function writeReturnVisits(tx: EntityManager, ids: DemoIds, activity: GeneratedActivity, random: SeededRandom): Promise<void> {
  const visits = activity.returnVisits;
  await bulkInsert(tx, 'return_visits',
    [uuid('id'), uuid('org_id'), uuid('request_id'), time('closed_at'), time('due_at'), text('status'), int('attempt_count'), time('done_at'), text('method'), text('outcome'),
      int('rating'), int('recommend'), text('comment')],
    visits.map((v) => [v.id, ids.orgId, v.requestId, v.closedAt, v.dueAt, v.status, v.attempts.length, v.doneAt, v.attempts.length ? v.method : null,
      v.attempts.at(-1)?.outcome ?? null, v.rating, v.recommend, v.comment]));
  await bulkInsert(tx, 'return_visit_attempts', [uuid('org_id'), uuid('return_visit_id'), int('seq'), time('at'), text('method'), text('outcome')],
    visits.flatMap((v) => v.attempts.map((attempt, index) => [ids.orgId, v.id, index + 1, attempt.at, v.method, attempt.outcome])));
  await bulkInsert(tx, 'survey_responses',
    [uuid('id'), uuid('org_id'), uuid('request_id'), uuid('return_visit_id'), text('source'), time('submitted_at'), int('overall'), int('recommend'), { name: 'factor_scores', type: 'jsonb' }, text('comment')],
    visits.filter((v) => v.status === 'DONE').map((v) => [random.uuid(), ids.orgId, v.requestId, v.id, 'RETURN_VISIT', v.doneAt, v.rating, v.recommend, '[]', v.comment]));
}
