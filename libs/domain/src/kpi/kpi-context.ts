import { resolvePeriod, type Period, type PeriodWindow } from './kpi-period';
import type {
  KpiComplaintRecord,
  KpiDataset,
  KpiRatingRecord,
  KpiRequestRecord,
  KpiStaffRecord,
  KpiSurveyInvitationRecord,
} from './kpi-records';
import type { KpiTargets } from './kpi-targets';

/**
 * The records a formula counts, after the rules that hold for every KPI: cancelled requests count in
 * no KPI, and each request's rating counts at most once (the latest wins). A breakdown row narrows
 * the scope to its records; the lookup always spans the whole dataset.
 */
export interface KpiScope {
  requests: readonly KpiRequestRecord[];
  ratings: readonly KpiRatingRecord[];
  surveyInvitations: readonly KpiSurveyInvitationRecord[];
  complaints: readonly KpiComplaintRecord[];
  staff: readonly KpiStaffRecord[];
}

export interface KpiLookup {
  /** Every request, cancelled or not, to attach ratings, invitations and complaints to. */
  requestsById: ReadonlyMap<string, KpiRequestRecord>;
  /** Non-cancelled REPAIR requests per unit serial: a repeat repair may fall in another row. */
  repairsBySerial: ReadonlyMap<string, readonly KpiRequestRecord[]>;
}

export interface KpiContext {
  window: PeriodWindow;
  targets: KpiTargets;
  /** Evaluation time: decides which unacknowledged requests are already late. */
  now: Date;
  scope: KpiScope;
  lookup: KpiLookup;
}

/** A KPI's value with the size of the population it was computed over. */
export interface KpiMeasure<T> {
  value: T;
  population: number;
}

export type KpiMeasureFormula<T> = (context: KpiContext) => KpiMeasure<T>;

export function isCancelled(request: KpiRequestRecord): boolean {
  return request.cancelledAt !== null;
}

export function buildKpiLookup(dataset: KpiDataset): KpiLookup {
  const requestsById = new Map<string, KpiRequestRecord>();
  const repairsBySerial = new Map<string, KpiRequestRecord[]>();
  for (const request of dataset.requests) {
    requestsById.set(request.id, request);
    if (request.type !== 'REPAIR' || isCancelled(request) || request.unitSerial === null) continue;
    const repairs = repairsBySerial.get(request.unitSerial) ?? [];
    repairs.push(request);
    repairsBySerial.set(request.unitSerial, repairs);
  }
  return { requestsById, repairsBySerial };
}

export function buildKpiScope(dataset: KpiDataset, lookup: KpiLookup): KpiScope {
  const belongsToLiveRequest = (requestId: string | null): boolean => {
    const request = requestId === null ? undefined : lookup.requestsById.get(requestId);
    // A record whose request is not in the dataset is kept: only a known cancellation removes it.
    return request === undefined || !isCancelled(request);
  };
  return {
    requests: dataset.requests.filter((request) => !isCancelled(request)),
    ratings: latestRatingPerRequest(dataset.ratings).filter((rating) => belongsToLiveRequest(rating.requestId)),
    surveyInvitations: dataset.surveyInvitations.filter((invitation) => belongsToLiveRequest(invitation.requestId)),
    // A complaint stands on its own, even about a request that was later cancelled.
    complaints: dataset.complaints,
    staff: dataset.staff,
  };
}

/**
 * The latest rating of each request over the whole dataset, not per period: a request re-rated in
 * a later month then counts only in that month, so monthly rows still add up to the year.
 * Ties on `submittedAt` go to the greater id, so that SQL (`DISTINCT ON … ORDER BY submitted_at
 * DESC, id DESC`) picks the same one.
 */
export function latestRatingPerRequest(ratings: readonly KpiRatingRecord[]): KpiRatingRecord[] {
  const latest = new Map<string, KpiRatingRecord>();
  for (const rating of ratings) {
    const current = latest.get(rating.requestId);
    if (current === undefined || isLater(rating, current)) latest.set(rating.requestId, rating);
  }
  return [...latest.values()];
}

function isLater(candidate: KpiRatingRecord, current: KpiRatingRecord): boolean {
  const difference = candidate.submittedAt.getTime() - current.submittedAt.getTime();
  return difference > 0 || (difference === 0 && candidate.id > current.id);
}

export function createKpiContext(dataset: KpiDataset, period: Period, targets: KpiTargets, now: Date): KpiContext {
  const lookup = buildKpiLookup(dataset);
  return { window: resolvePeriod(period), targets, now, scope: buildKpiScope(dataset, lookup), lookup };
}
