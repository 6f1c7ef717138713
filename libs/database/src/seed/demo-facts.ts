import type { CopyValue } from './copy-text';
import type { GeneratedActivity } from './demo-activity';
import type { GeneratedDemo } from './demo-generator';

/**
 * The KPI fact row (kpi_request_facts) of every generated request, from what the generator already
 * holds, so that a bulk seed writes the facts with COPY instead of recomputing them from the raw tables
 * after the load (kpi_refresh_request_facts over 1 M requests was ~217 s of an 835 s seed).
 *
 * Each column follows kpi_refresh_request_facts (kpi/kpi-fact-triggers.ts); the integration test
 * "bulk seed facts" holds the two to equality, column by column. One column is left to SQL:
 * next_repair_reported_at needs later requests of the same unit (see fillNextRepairs).
 */

/** The latest rating of a request as written to survey_responses (the demo survey has no factors: no CSI). */
export interface DemoRating { id: string; submittedAt: Date; overall: number; recommend: number | null }

export interface DemoFactIds {
  orgId: string;
  outletIds: ReadonlyMap<string, string>;
  productIds: ReadonlyMap<string, string>;
  staffIds: ReadonlyMap<string, string>;
}

/** Column order of the rows below (DEMO_TABLES.kpi_request_facts). */
export const DEMO_FACT_COLUMNS = [
  'request_id', 'org_id', 'type', 'channel', 'priority', 'outlet_id', 'product_id', 'unit_serial', 'cancelled', 'reported_at', 'acknowledged_at',
  'resolved_at', 'closed_at', 'reopen_count', 'visit_count', 'first_technician_id', 'first_arrived_at', 'first_outcome', 'return_visit_done_at',
  'next_repair_reported_at', 'rating_id', 'rated_at', 'rating_overall', 'rating_recommend', 'rating_csi',
] as const;

interface FirstVisit { count: number; technicianId: string; arrivedAt: Date; outcome: string }

/** Per request: how many visits, and the first (earliest arrival, then smallest technician id, as the SQL orders them). */
function visitsByRequest(activity: GeneratedActivity, staffIds: ReadonlyMap<string, string>): Map<string, FirstVisit> {
  const byRequest = new Map<string, FirstVisit>();
  for (const visit of activity.visits) {
    const technicianId = staffIds.get(visit.technicianLogin)!;
    const seen = byRequest.get(visit.requestId);
    if (!seen) {
      byRequest.set(visit.requestId, { count: 1, technicianId, arrivedAt: visit.arrivedAt, outcome: visit.outcome });
      continue;
    }
    seen.count++;
    const at = visit.arrivedAt.getTime();
    const first = seen.arrivedAt.getTime();
    if (at < first || (at === first && technicianId < seen.technicianId)) Object.assign(seen, { technicianId, arrivedAt: visit.arrivedAt, outcome: visit.outcome });
  }
  return byRequest;
}

/** Per request: the first return visit DONE at or after its closure. */
function returnVisitsDone(activity: GeneratedActivity, closedAt: ReadonlyMap<string, Date>): Map<string, Date> {
  const byRequest = new Map<string, Date>();
  for (const returnVisit of activity.returnVisits) {
    const closed = closedAt.get(returnVisit.requestId);
    if (returnVisit.status !== 'DONE' || !returnVisit.doneAt || !closed || returnVisit.doneAt < closed) continue;
    const seen = byRequest.get(returnVisit.requestId);
    if (!seen || returnVisit.doneAt < seen) byRequest.set(returnVisit.requestId, returnVisit.doneAt);
  }
  return byRequest;
}

/** The day's fact rows, in DEMO_FACT_COLUMNS order; `ratings` holds the latest rating of each rated request. */
export function demoFactRows(day: GeneratedDemo, activity: GeneratedActivity, ratings: ReadonlyMap<string, DemoRating>, ids: DemoFactIds): CopyValue[][] {
  const visits = visitsByRequest(activity, ids.staffIds);
  const closedAt = new Map<string, Date>();
  for (const request of day.requests) if (request.closedAt) closedAt.set(request.id, request.closedAt);
  const returnVisits = returnVisitsDone(activity, closedAt);
  return day.requests.map((r) => {
    const visit = visits.get(r.id);
    const rating = ratings.get(r.id);
    return [
      r.id, ids.orgId, r.type, r.channel, r.priority, ids.outletIds.get(r.outletCode)!, ids.productIds.get(r.productModel)!, r.unitSerial, r.cancelledAt !== null,
      r.reportedAt, r.acknowledgedAt, r.resolvedAt, r.closedAt, r.reopenCount, visit?.count ?? 0, visit?.technicianId ?? null, visit?.arrivedAt ?? null,
      visit?.outcome ?? null, returnVisits.get(r.id) ?? null, null, rating?.id ?? null, rating?.submittedAt ?? null, rating?.overall ?? null,
      rating?.recommend ?? null, null,
    ];
  });
}
