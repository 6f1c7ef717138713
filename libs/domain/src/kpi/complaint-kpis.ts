import type { KpiContext, KpiMeasure } from './kpi-context';
import { isWithin } from './kpi-period';
import type { KpiComplaintRecord } from './kpi-records';
import { durationStats, rate, roundedRatio, type DurationStats } from './kpi-statistics';
import { MS_PER_HOUR, targetsForOutlet } from './kpi-targets';

/** Complaint KPIs of kpis.md. Targets are those of the outlet handling the complaint. */

function closedInPeriod(context: KpiContext): KpiComplaintRecord[] {
  return context.scope.complaints.filter((complaint) => isWithin(complaint.closedAt, context.window));
}

/**
 * Complaints received per 1,000 requests reported in the period (both counted in the same scope),
 * 2 decimals; null without requests even when complaints arrived, as kpis.md says.
 */
export function measureComplaintRate(context: KpiContext): KpiMeasure<number | null> {
  const received = context.scope.complaints.filter((complaint) => isWithin(complaint.receivedAt, context.window)).length;
  const requests = context.scope.requests.filter((request) => isWithin(request.reportedAt, context.window)).length;
  return { value: requests === 0 ? null : roundedRatio(received * 1000, requests, 2), population: received };
}

/** Acknowledged within the acknowledgement target and closed within the severity's target, both from receipt. */
export function isTimelyComplaint(context: KpiContext, complaint: KpiComplaintRecord): boolean {
  if (complaint.acknowledgedAt === null || complaint.closedAt === null) return false;
  const targets = targetsForOutlet(context.targets, complaint.outletId);
  const receivedAt = complaint.receivedAt.getTime();
  return (
    complaint.acknowledgedAt.getTime() - receivedAt <= targets.complaintAcknowledgementHours * MS_PER_HOUR &&
    complaint.closedAt.getTime() - receivedAt <= targets.complaintResolutionHours[complaint.severity] * MS_PER_HOUR
  );
}

export function measureComplaintTimelyRate(context: KpiContext): KpiMeasure<number | null> {
  const closed = closedInPeriod(context);
  return { value: rate(closed.filter((complaint) => isTimelyComplaint(context, complaint)).length, closed.length), population: closed.length };
}

export function measureComplaintResolutionRate(context: KpiContext): KpiMeasure<number | null> {
  const closed = closedInPeriod(context);
  return { value: rate(closed.filter((complaint) => complaint.customerAccepted === true).length, closed.length), population: closed.length };
}

export function measureComplaintHours(context: KpiContext): KpiMeasure<DurationStats> {
  const hours = closedInPeriod(context).map(
    (complaint) => ((complaint.closedAt as Date).getTime() - complaint.receivedAt.getTime()) / MS_PER_HOUR,
  );
  return { value: durationStats(hours), population: hours.length };
}
