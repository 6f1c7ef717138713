import type { KpiContext, KpiMeasure } from './kpi-context';
import { isWithin } from './kpi-period';
import type { KpiRequestRecord, KpiVisitRecord } from './kpi-records';
import { durationStats, rate, type DurationStats } from './kpi-statistics';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, targetsForOutlet } from './kpi-targets';

/** Service-request KPIs of kpis.md. Deadlines compare milliseconds, so "exactly on target" is exact. */

function reportedInPeriod(context: KpiContext): KpiRequestRecord[] {
  return context.scope.requests.filter((request) => isWithin(request.reportedAt, context.window));
}

function resolvedRepairsInPeriod(context: KpiContext): KpiRequestRecord[] {
  return context.scope.requests.filter((request) => request.type === 'REPAIR' && isWithin(request.resolvedAt, context.window));
}

function share(population: readonly KpiRequestRecord[], counts: (request: KpiRequestRecord) => boolean): KpiMeasure<number | null> {
  return { value: rate(population.filter(counts).length, population.length), population: population.length };
}

function durations(values: number[]): KpiMeasure<DurationStats> {
  return { value: durationStats(values), population: values.length };
}

/** The first visit on site; equal arrival times go to the smaller technician id, as SQL would order. */
export function firstVisit(request: KpiRequestRecord): KpiVisitRecord | null {
  let first: KpiVisitRecord | null = null;
  for (const visit of request.visits) {
    const difference = first === null ? -1 : visit.arrivedAt.getTime() - first.arrivedAt.getTime();
    if (difference < 0 || (difference === 0 && first !== null && visit.technicianId < first.technicianId)) first = visit;
  }
  return first;
}

function responseTargetMs(context: KpiContext, request: KpiRequestRecord): number {
  return targetsForOutlet(context.targets, request.outletId).responseMinutes[request.priority] * MS_PER_MINUTE;
}

export function measureRequestCount(context: KpiContext): KpiMeasure<number> {
  const count = reportedInPeriod(context).length;
  return { value: count, population: count };
}

export function measureResponseMinutes(context: KpiContext): KpiMeasure<DurationStats> {
  return durations(
    reportedInPeriod(context)
      .filter((request) => request.acknowledgedAt !== null)
      .map((request) => ((request.acknowledgedAt as Date).getTime() - request.reportedAt.getTime()) / MS_PER_MINUTE),
  );
}

export function measureResponseOnTimeRate(context: KpiContext): KpiMeasure<number | null> {
  const now = context.now.getTime();
  // An unacknowledged request is judged once its deadline has passed; until then it may still be on time.
  const population = reportedInPeriod(context).filter(
    (request) => request.acknowledgedAt !== null || now > request.reportedAt.getTime() + responseTargetMs(context, request),
  );
  return share(
    population,
    (request) =>
      request.acknowledgedAt !== null &&
      request.acknowledgedAt.getTime() - request.reportedAt.getTime() <= responseTargetMs(context, request),
  );
}

export function measureArrivalOnTimeRate(context: KpiContext): KpiMeasure<number | null> {
  const population = reportedInPeriod(context).filter((request) => request.visits.length > 0);
  return share(population, (request) => {
    const arrivalMs = (firstVisit(request) as KpiVisitRecord).arrivedAt.getTime() - request.reportedAt.getTime();
    return arrivalMs <= targetsForOutlet(context.targets, request.outletId).arrivalHours * MS_PER_HOUR;
  });
}

export function measureResolutionHours(context: KpiContext): KpiMeasure<DurationStats> {
  return durations(
    context.scope.requests
      .filter((request) => isWithin(request.resolvedAt, context.window))
      .map((request) => ((request.resolvedAt as Date).getTime() - request.reportedAt.getTime()) / MS_PER_HOUR),
  );
}

export function isFirstTimeFix(request: KpiRequestRecord): boolean {
  const [only, ...more] = request.visits;
  return more.length === 0 && (only === undefined || only.outcome === 'FIXED') && request.reopenCount === 0;
}

export function measureFirstTimeFixRate(context: KpiContext): KpiMeasure<number | null> {
  return share(resolvedRepairsInPeriod(context), isFirstTimeFix);
}

/**
 * Another non-cancelled REPAIR of the same serial reported in (resolvedAt, resolvedAt + window].
 * "After" is strict; the window's end counts, as targets do. A repair resolved less than a window
 * before `now` may still turn into a repeat: kpis.md keeps it in the population, and so do we.
 */
export function isRepeatedRepair(context: KpiContext, request: KpiRequestRecord): boolean {
  if (request.unitSerial === null || request.resolvedAt === null) return false;
  const resolvedAt = request.resolvedAt.getTime();
  const windowMs = targetsForOutlet(context.targets, request.outletId).repeatRepairWindowDays * MS_PER_DAY;
  return (context.lookup.repairsBySerial.get(request.unitSerial) ?? []).some((other) => {
    const afterMs = other.reportedAt.getTime() - resolvedAt;
    return other.id !== request.id && afterMs > 0 && afterMs <= windowMs;
  });
}

export function measureRepeatRepairRate(context: KpiContext): KpiMeasure<number | null> {
  return share(resolvedRepairsInPeriod(context), (request) => isRepeatedRepair(context, request));
}

/**
 * A completed return visit done in [closedAt, closedAt + target]. Visits before the latest closure
 * belong to an earlier closure of a reopened request and do not cover this one.
 */
export function hasTimelyReturnVisit(context: KpiContext, request: KpiRequestRecord): boolean {
  if (request.closedAt === null) return false;
  const closedAt = request.closedAt.getTime();
  const targetMs = targetsForOutlet(context.targets, request.outletId).returnVisitDays * MS_PER_DAY;
  return request.returnVisits.some((visit) => {
    const afterMs = visit.doneAt.getTime() - closedAt;
    return visit.completed && afterMs >= 0 && afterMs <= targetMs;
  });
}

export function measureReturnVisitRate(context: KpiContext): KpiMeasure<number | null> {
  const population = context.scope.requests.filter((request) => isWithin(request.closedAt, context.window));
  return share(population, (request) => hasTimelyReturnVisit(context, request));
}
