import type { ComplaintSeverity, ReturnVisitMethod, ReturnVisitOutcome, ReturnVisitStatus, VisitOutcome } from '@stardesk/domain';
import type { GeneratedDemo, GeneratedEvent, GeneratedRequest } from './demo-generator';
import { SeededRandom } from './random';

/**
 * The work around the demo requests, derived from their lifecycle so every figure agrees: visits at
 * the times work started or resumed, parts for repairs, complaints from some customers, and return
 * visits with ratings after closure. Shapes follow performance.md: first-time fix 80–90 %,
 * CSAT 85–95 %, complaints 1–3 % of requests.
 */
export interface DemoSparePart { partNo: string; name: string; category: string; price: number; unitCost: number }
export interface GeneratedVisit { id: string; requestId: string; seq: number; technicianLogin: string; arrivedAt: Date; completedAt: Date; outcome: VisitOutcome; diagnosis: string; partNo: string | null }
export interface GeneratedComplaint {
  id: string; requestId: string; severity: ComplaintSeverity; category: string; description: string; receivedAt: Date;
  acknowledgedAt: Date | null; closedAt: Date | null; resolution: string | null; customerAccepted: boolean | null;
}
export interface GeneratedReturnVisit {
  id: string; requestId: string; closedAt: Date; dueAt: Date; status: ReturnVisitStatus; attempts: { at: Date; outcome: ReturnVisitOutcome }[];
  doneAt: Date | null; method: ReturnVisitMethod; rating: number | null; recommend: number | null; comment: string | null;
}
export interface GeneratedActivity { visits: GeneratedVisit[]; complaints: GeneratedComplaint[]; returnVisits: GeneratedReturnVisit[] }

export const DEMO_SPARE_PARTS: DemoSparePart[] = [
  { partNo: 'AC-PCB-35', name: '空调室外机主板', category: '空调', price: 420, unitCost: 230 },
  { partNo: 'AC-CAP-45', name: '压缩机启动电容', category: '空调', price: 65, unitCost: 18 },
  { partNo: 'RF-THERM-01', name: '冰箱温控器', category: '冰箱', price: 120, unitCost: 45 },
  { partNo: 'WM-PUMP-02', name: '洗衣机排水泵', category: '洗衣机', price: 150, unitCost: 60 },
  { partNo: 'WH-IGN-16', name: '热水器点火器', category: '热水器', price: 95, unitCost: 32 },
  { partNo: 'KT-MOTOR-258', name: '油烟机电机', category: '厨电', price: 380, unitCost: 190 },
  { partNo: 'TV-PWR-65', name: '电视电源板', category: '电视', price: 360, unitCost: 170 },
];

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const COMPLAINT_TOPICS = [
  ['上门超时', '工程师未按约定时间上门'],
  ['服务态度', '客服电话多次转接，态度敷衍'],
  ['维修质量', '维修后同一故障再次出现'],
  ['收费争议', '保内维修被要求支付配件费用'],
] as const;
const COMMENTS = ['师傅很专业，准时上门', '处理及时，满意', '等待时间有点长', '电话回访很周到', null, null, null];

/** `random` is a seed, or the stream of a generator that walks the year day by day. */
export function generateActivity(demo: GeneratedDemo, productCategoryOf: (model: string) => string, random: SeededRandom | number, now: Date): GeneratedActivity {
  if (typeof random === 'number') random = new SeededRandom(random);
  const eventsByRequest = new Map<string, GeneratedEvent[]>();
  for (const event of demo.events) {
    const events = eventsByRequest.get(event.requestId);
    if (events) events.push(event);
    else eventsByRequest.set(event.requestId, [event]);
  }
  const activity: GeneratedActivity = { visits: [], complaints: [], returnVisits: [] };
  for (const request of demo.requests) {
    const events = eventsByRequest.get(request.id) ?? [];
    activity.visits.push(...visitsOf(random, request, events, productCategoryOf(request.productModel)));
    if (request.status !== 'CANCELLED' && random.chance(0.02)) {
      const complaint = complaintOf(random, request, now);
      if (complaint) activity.complaints.push(complaint);
    }
    if (request.status === 'CLOSED' && request.closedAt) activity.returnVisits.push(returnVisitOf(random, request.id, request.closedAt, now));
  }
  return activity;
}

/** One visit per time work started or resumed at the customer's, the last one fixing it when resolved. */
function visitsOf(random: SeededRandom, request: GeneratedRequest, events: GeneratedEvent[], category: string): GeneratedVisit[] {
  const arrivals = events.filter((e) => e.to === 'IN_PROGRESS' && e.actorLogin !== null && e.from !== null && ['DISPATCHED', 'ON_HOLD', 'RESOLVED', 'CLOSED'].includes(e.from));
  const technician = events.find((e) => e.to === 'IN_PROGRESS' && e.from === 'DISPATCHED')?.actorLogin;
  if (!technician || request.type === 'CONSULTATION') return [];
  return arrivals.map((arrival, index) => {
    const next = events.find((e) => e.at > arrival.at && (e.to === 'ON_HOLD' || e.to === 'RESOLVED'));
    const heldForParts = next?.to === 'ON_HOLD';
    const outcome: VisitOutcome = heldForParts ? 'NEEDS_PARTS' : next?.to === 'RESOLVED' ? 'FIXED' : 'NOT_FIXED';
    const completedAt = next ? new Date(Math.min(next.at.getTime(), arrival.at.getTime() + 3 * HOUR)) : new Date(arrival.at.getTime() + 90 * MINUTE);
    const parts = DEMO_SPARE_PARTS.filter((part) => part.category === category);
    const partNo = request.type === 'REPAIR' && outcome === 'FIXED' && parts.length && random.chance(0.4) ? random.pick(parts).partNo : null;
    return {
      id: random.uuid(),
      requestId: request.id,
      seq: index + 1,
      technicianLogin: technician,
      arrivedAt: arrival.at,
      completedAt,
      outcome,
      diagnosis: request.faultDescription ? `检测：${request.faultDescription}` : '按工单完成安装/保养',
      partNo,
    };
  });
}

function complaintOf(random: SeededRandom, request: GeneratedRequest, now: Date): GeneratedComplaint | null {
  const receivedAt = new Date(request.reportedAt.getTime() + random.int(2, 96) * HOUR);
  if (receivedAt > now) return null;
  const severity: ComplaintSeverity = random.chance(0.2) ? 'MAJOR' : 'NORMAL';
  const [category, description] = random.pick(COMPLAINT_TOPICS);
  const acknowledgedAt = new Date(receivedAt.getTime() + random.logNormal(5, 0.8) * HOUR);
  const closedAt = new Date(acknowledgedAt.getTime() + random.logNormal(severity === 'MAJOR' ? 30 : 48, 0.6) * HOUR);
  const accepted = random.chance(0.85);
  return {
    id: random.uuid(),
    requestId: request.id,
    severity,
    category,
    description,
    receivedAt,
    acknowledgedAt: acknowledgedAt <= now ? acknowledgedAt : null,
    closedAt: closedAt <= now ? closedAt : null,
    resolution: closedAt <= now ? (accepted ? '已致歉并重新安排服务，客户认可' : '已解释处理依据，客户仍不认可') : null,
    customerAccepted: closedAt <= now ? accepted : null,
  };
}

const RATING_WEIGHTS = { '5': 56, '4': 33, '3': 7, '2': 3, '1': 1 } as const;

function returnVisitOf(random: SeededRandom, requestId: string, closedAt: Date, now: Date): GeneratedReturnVisit {
  const dueAt = new Date(closedAt.getTime() + 7 * DAY);
  const base = { id: random.uuid(), requestId, closedAt, dueAt, method: 'PHONE' as const, doneAt: null, rating: null, recommend: null, comment: null };
  const firstCall = new Date(closedAt.getTime() + random.logNormal(30, 0.7) * HOUR);
  if (firstCall > now) return { ...base, status: 'SCHEDULED', attempts: [] };
  if (random.chance(0.06)) {
    const attempts = [0, 1, 2].map((n) => ({ at: new Date(firstCall.getTime() + n * 6 * HOUR), outcome: 'UNREACHABLE' as const })).filter((a) => a.at <= now);
    return { ...base, status: attempts.length === 3 ? 'UNREACHABLE' : 'SCHEDULED', attempts };
  }
  const unreachableFirst = random.chance(0.15);
  const doneAt = unreachableFirst ? new Date(firstCall.getTime() + 5 * HOUR) : firstCall;
  const attempts = [
    ...(unreachableFirst ? [{ at: firstCall, outcome: 'UNREACHABLE' as const }] : []),
    ...(doneAt <= now ? [{ at: doneAt, outcome: 'COMPLETED' as const }] : []),
  ];
  if (doneAt > now) return { ...base, status: 'SCHEDULED', attempts };
  const rating = Number(random.weighted(RATING_WEIGHTS));
  const recommend = Math.max(0, Math.min(10, rating * 2 + random.int(-2, 0)));
  return { ...base, status: 'DONE', attempts, doneAt, rating, recommend, comment: random.pick(COMMENTS) };
}
