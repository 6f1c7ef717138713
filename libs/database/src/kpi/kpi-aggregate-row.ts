import { rate, roundedRatio, type DurationStats, type KpiPopulations, type KpiSummary, type KpiValues } from '@stardesk/domain';

/**
 * One row of the KPI aggregate query (facts or rollups, per group `k`): the columns every source adds up
 * to, and how such a row becomes the KPI figures with the domain's own arithmetic (rate, roundedRatio).
 */
export interface AggregateRow {
  k: string | null;
  [column: string]: string | number | null;
}

export const AGGREGATES = `
  count(*) FILTER (WHERE role = 'reported') AS request_count,
  count(value) FILTER (WHERE role = 'reported') AS resp_n,
  avg(value) FILTER (WHERE role = 'reported') AS resp_mean,
  percentile_disc(0.5) WITHIN GROUP (ORDER BY value) FILTER (WHERE role = 'reported') AS resp_p50,
  percentile_disc(0.9) WITHIN GROUP (ORDER BY value) FILTER (WHERE role = 'reported') AS resp_p90,
  count(*) FILTER (WHERE role = 'reported' AND pop) AS resp_pop,
  count(*) FILTER (WHERE role = 'reported' AND ok) AS resp_ok,
  count(value2) FILTER (WHERE role = 'reported') AS arr_pop,
  count(*) FILTER (WHERE role = 'reported' AND ok2) AS arr_ok,
  count(*) FILTER (WHERE role = 'resolved') AS res_n,
  avg(value) FILTER (WHERE role = 'resolved') AS res_mean,
  percentile_disc(0.5) WITHIN GROUP (ORDER BY value) FILTER (WHERE role = 'resolved') AS res_p50,
  percentile_disc(0.9) WITHIN GROUP (ORDER BY value) FILTER (WHERE role = 'resolved') AS res_p90,
  count(*) FILTER (WHERE role = 'resolved' AND pop) AS repair_n,
  count(*) FILTER (WHERE role = 'resolved' AND pop AND ok) AS ftf_ok,
  count(*) FILTER (WHERE role = 'resolved' AND pop AND ok2) AS repeat_ok,
  count(*) FILTER (WHERE role = 'closed') AS closed_n,
  count(*) FILTER (WHERE role = 'closed' AND ok) AS rv_ok,
  count(*) FILTER (WHERE role = 'rating') AS rating_n,
  count(*) FILTER (WHERE role = 'rating' AND ok) AS csat_ok,
  sum(value) FILTER (WHERE role = 'rating') AS rating_sum,
  count(value2) FILTER (WHERE role = 'rating') AS nps_n,
  count(*) FILTER (WHERE role = 'rating' AND value2 >= 9) AS promoters,
  count(*) FILTER (WHERE role = 'rating' AND value2 <= 6) AS detractors,
  count(target) FILTER (WHERE role = 'rating') AS csi_n,
  avg(target) FILTER (WHERE role = 'rating') AS csi_mean,
  count(*) FILTER (WHERE role = 'invitation') AS invitation_n,
  count(*) FILTER (WHERE role = 'invitation' AND ok) AS invitation_ok,
  count(*) FILTER (WHERE role = 'complaintReceived') AS complaints_received,
  count(*) FILTER (WHERE role = 'complaintClosed') AS complaints_closed,
  count(*) FILTER (WHERE role = 'complaintClosed' AND ok) AS complaints_timely,
  count(*) FILTER (WHERE role = 'complaintClosed' AND ok2) AS complaints_accepted,
  avg(value) FILTER (WHERE role = 'complaintClosed') AS complaint_mean,
  percentile_disc(0.5) WITHIN GROUP (ORDER BY value) FILTER (WHERE role = 'complaintClosed') AS complaint_p50,
  percentile_disc(0.9) WITHIN GROUP (ORDER BY value) FILTER (WHERE role = 'complaintClosed') AS complaint_p90,
  count(*) FILTER (WHERE role = 'staff' AND pop) AS technicians,
  count(*) FILTER (WHERE role = 'staff' AND ok) AS certified,
  count(*) FILTER (WHERE role = 'staff') AS head_count,
  sum(value) FILTER (WHERE role = 'staff') AS training_hours`;

export const num = (row: AggregateRow, column: string): number => Number(row[column] ?? 0);
const orNull = (row: AggregateRow, column: string): number | null => (row[column] === null || row[column] === undefined ? null : Number(row[column]));

function duration(row: AggregateRow, n: string, prefix: string): DurationStats {
  const count = num(row, n);
  if (count === 0) return { mean: null, p50: null, p90: null, n: 0 };
  return { mean: orNull(row, `${prefix}_mean`), p50: orNull(row, `${prefix}_p50`), p90: orNull(row, `${prefix}_p90`), n: count };
}

/** One row of aggregates as the domain's KpiSummary: values with the domain's arithmetic, and populations. */
export function summaryOf(row: AggregateRow): KpiSummary {
  const requests = num(row, 'request_count');
  const ratings = num(row, 'rating_n');
  const npsAnswers = num(row, 'nps_n');
  const csiResponses = num(row, 'csi_n');
  const closedComplaints = num(row, 'complaints_closed');
  const headCount = num(row, 'head_count');
  const kpis: KpiValues = {
    requestCount: requests,
    responseMinutes: duration(row, 'resp_n', 'resp'),
    responseOnTimeRate: rate(num(row, 'resp_ok'), num(row, 'resp_pop')),
    arrivalOnTimeRate: rate(num(row, 'arr_ok'), num(row, 'arr_pop')),
    resolutionHours: duration(row, 'res_n', 'res'),
    firstTimeFixRate: rate(num(row, 'ftf_ok'), num(row, 'repair_n')),
    repeatRepairRate: rate(num(row, 'repeat_ok'), num(row, 'repair_n')),
    returnVisitRate: rate(num(row, 'rv_ok'), num(row, 'closed_n')),
    csatRate: rate(num(row, 'csat_ok'), ratings),
    avgRating: ratings === 0 ? null : roundedRatio(num(row, 'rating_sum'), ratings, 2),
    nps: npsAnswers === 0 ? null : ((num(row, 'promoters') - num(row, 'detractors')) / npsAnswers) * 100,
    surveyResponseRate: rate(num(row, 'invitation_ok'), num(row, 'invitation_n')),
    csi: csiResponses === 0 ? null : num(row, 'csi_mean') * 1000,
    complaintRate: requests === 0 ? null : roundedRatio(num(row, 'complaints_received') * 1000, requests, 2),
    complaintTimelyRate: rate(num(row, 'complaints_timely'), closedComplaints),
    complaintResolutionRate: rate(num(row, 'complaints_accepted'), closedComplaints),
    complaintHours: duration(row, 'complaints_closed', 'complaint'),
    certifiedStaffRate: rate(num(row, 'certified'), num(row, 'technicians')),
    trainingHoursPerStaff: headCount === 0 ? null : num(row, 'training_hours') / headCount,
  };
  const populations: KpiPopulations = {
    requestCount: requests,
    responseMinutes: kpis.responseMinutes.n,
    responseOnTimeRate: num(row, 'resp_pop'),
    arrivalOnTimeRate: num(row, 'arr_pop'),
    resolutionHours: kpis.resolutionHours.n,
    firstTimeFixRate: num(row, 'repair_n'),
    repeatRepairRate: num(row, 'repair_n'),
    returnVisitRate: num(row, 'closed_n'),
    csatRate: ratings,
    avgRating: ratings,
    nps: npsAnswers,
    surveyResponseRate: num(row, 'invitation_n'),
    csi: csiResponses,
    complaintRate: num(row, 'complaints_received'),
    complaintTimelyRate: closedComplaints,
    complaintResolutionRate: closedComplaints,
    complaintHours: closedComplaints,
    certifiedStaffRate: num(row, 'technicians'),
    trainingHoursPerStaff: headCount,
  };
  return { kpis, populations };
}

export const EMPTY_ROW: AggregateRow = { k: null };
