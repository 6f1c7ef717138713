import { KPI_KEYS, type KpiKey, type KpiPopulations, type KpiValues } from './kpi-catalog';
import { createKpiContext, type KpiContext, type KpiMeasureFormula } from './kpi-context';
import type { Period } from './kpi-period';
import type { KpiDataset } from './kpi-records';
import type { KpiTargets } from './kpi-targets';
import {
  measureComplaintHours,
  measureComplaintRate,
  measureComplaintResolutionRate,
  measureComplaintTimelyRate,
} from './complaint-kpis';
import { measureCertifiedStaffRate, measureTrainingHoursPerStaff } from './people-kpis';
import {
  measureArrivalOnTimeRate,
  measureFirstTimeFixRate,
  measureRepeatRepairRate,
  measureRequestCount,
  measureResolutionHours,
  measureResponseMinutes,
  measureResponseOnTimeRate,
  measureReturnVisitRate,
} from './request-kpis';
import { measureAvgRating, measureCsatRate, measureCsi, measureNps, measureSurveyResponseRate } from './satisfaction-kpis';

/** One formula per KPI key; the mapped type makes a missing or mistyped key a compile error. */
export const KPI_MEASURES: { readonly [K in KpiKey]: KpiMeasureFormula<KpiValues[K]> } = {
  requestCount: measureRequestCount,
  responseMinutes: measureResponseMinutes,
  responseOnTimeRate: measureResponseOnTimeRate,
  arrivalOnTimeRate: measureArrivalOnTimeRate,
  resolutionHours: measureResolutionHours,
  firstTimeFixRate: measureFirstTimeFixRate,
  repeatRepairRate: measureRepeatRepairRate,
  returnVisitRate: measureReturnVisitRate,
  csatRate: measureCsatRate,
  avgRating: measureAvgRating,
  nps: measureNps,
  surveyResponseRate: measureSurveyResponseRate,
  csi: measureCsi,
  complaintRate: measureComplaintRate,
  complaintTimelyRate: measureComplaintTimelyRate,
  complaintResolutionRate: measureComplaintResolutionRate,
  complaintHours: measureComplaintHours,
  certifiedStaffRate: measureCertifiedStaffRate,
  trainingHoursPerStaff: measureTrainingHoursPerStaff,
};

/** Every KPI of a scope with the population behind it. */
export interface KpiSummary {
  kpis: KpiValues;
  populations: KpiPopulations;
}

export function summariseKpis(context: KpiContext): KpiSummary {
  const kpis: Partial<Record<KpiKey, unknown>> = {};
  const populations: Partial<KpiPopulations> = {};
  for (const key of KPI_KEYS) {
    const measure = KPI_MEASURES[key](context);
    kpis[key] = measure.value;
    populations[key] = measure.population;
  }
  // Filled for every key of KPI_KEYS by the loop above, each with its formula's own type.
  return { kpis: kpis as KpiValues, populations: populations as KpiPopulations };
}

/** Every KPI of kpis.md over `period`; the keys are exactly the KPI keys. */
export function computeKpis(dataset: KpiDataset, period: Period, targets: KpiTargets, now: Date): KpiValues {
  return summariseKpis(createKpiContext(dataset, period, targets, now)).kpis;
}

/** Like computeKpis, with the size of each KPI's population. */
export function computeKpiSummary(dataset: KpiDataset, period: Period, targets: KpiTargets, now: Date): KpiSummary {
  return summariseKpis(createKpiContext(dataset, period, targets, now));
}
