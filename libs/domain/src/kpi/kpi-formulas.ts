import type { KpiKey, KpiValues } from './kpi-catalog';
import { createKpiContext } from './kpi-context';
import type { Period } from './kpi-period';
import type { KpiDataset } from './kpi-records';
import type { KpiTargets } from './kpi-targets';
import { KPI_MEASURES } from './compute-kpis';

/**
 * One function per KPI key of kpis.md, each `(dataset, period, targets, now)`. `now` is the
 * evaluation time; only responseOnTimeRate reads it, but one signature keeps callers uniform.
 */
export type KpiFormula<K extends KpiKey> = (dataset: KpiDataset, period: Period, targets: KpiTargets, now: Date) => KpiValues[K];

function formula<K extends KpiKey>(key: K): KpiFormula<K> {
  return (dataset, period, targets, now) => KPI_MEASURES[key](createKpiContext(dataset, period, targets, now)).value;
}

/** 工单量: requests reported in the period. */
export const requestCount = formula('requestCount');
/** 响应时长: acknowledgedAt − reportedAt in minutes, of acknowledged requests reported in the period. */
export const responseMinutes = formula('responseMinutes');
/** 及时响应率: acknowledged within the priority's target, of those acknowledged or already late at `now`. */
export const responseOnTimeRate = formula('responseOnTimeRate');
/** 上门及时率: first visit within the arrival target, of requests reported in the period with a visit. */
export const arrivalOnTimeRate = formula('arrivalOnTimeRate');
/** 修复时长: resolvedAt − reportedAt in hours, of requests resolved in the period. */
export const resolutionHours = formula('resolutionHours');
/** 一次修复率: repairs resolved in the period with at most one visit, FIXED, never reopened. */
export const firstTimeFixRate = formula('firstTimeFixRate');
/** 返修率: repairs resolved in the period followed by another repair of the same unit within the window. */
export const repeatRepairRate = formula('repeatRepairRate');
/** 回访率: requests closed in the period with a completed return visit within the target. */
export const returnVisitRate = formula('returnVisitRate');
/** 满意率: ratings submitted in the period scoring 4 or 5. */
export const csatRate = formula('csatRate');
/** 平均满意度: mean overall rating of the period, 2 decimals. */
export const avgRating = formula('avgRating');
/** 净推荐值: % promoters (9–10) − % detractors (0–6), −100..100. */
export const nps = formula('nps');
/** 调查回复率: invitations sent in the period answered by their expiry. */
export const surveyResponseRate = formula('surveyResponseRate');
/** 满意度指数: weighted factor index on a 1000-point scale. */
export const csi = formula('csi');
/** 投诉率: complaints received per 1,000 requests reported, 2 decimals. */
export const complaintRate = formula('complaintRate');
/** 投诉处理及时率: complaints closed in the period, acknowledged and closed within target. */
export const complaintTimelyRate = formula('complaintTimelyRate');
/** 投诉解决率: complaints closed in the period with the customer's acceptance. */
export const complaintResolutionRate = formula('complaintResolutionRate');
/** 投诉处理时长: closedAt − receivedAt in hours, of complaints closed in the period. */
export const complaintHours = formula('complaintHours');
/** 持证上岗率: technicians active at period end holding a valid qualification. */
export const certifiedStaffRate = formula('certifiedStaffRate');
/** 人均培训学时: training hours in the period per head active at period end. */
export const trainingHoursPerStaff = formula('trainingHoursPerStaff');
