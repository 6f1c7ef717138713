import type { DurationStatistic, KpiComparator, KpiDirection, KpiKey, KpiTargetValues, KpiUnit } from '@stardesk/domain';
import type { EvidenceCover } from './evidence-index.model';

/** A KPI's target: the threshold of the catalogue criterion that judges it (e.g. SYS.SUPV.1: ≥ 0.9). */
export interface KpiReportTarget {
  criterionCode: string;
  comparator: KpiComparator;
  threshold: number;
}

/** One calendar month of the period (the first and last clipped to it). */
export interface KpiReportMonth {
  /** `YYYY-MM`. */
  month: string;
  from: string;
  to: string;
  /** Null when the month has no population (a gap on the chart, "—" in the table). */
  value: number | null;
  /** Size of the population behind the value. */
  count: number;
}

export interface KpiReportEntry {
  key: KpiKey;
  nameZh: string;
  nameEn: string;
  unit: KpiUnit;
  direction: KpiDirection;
  /** The statistic a duration KPI is shown by (its target's, else the mean); null for the others. */
  statistic: DurationStatistic | null;
  target: KpiReportTarget | null;
  /** The period's figure, as the dashboard computes it. */
  value: number | null;
  count: number;
  /** The same figure over the previous period of the same length. */
  previous: number | null;
  previousCount: number;
  /** Every statistic of a duration KPI over the period; null for the others. */
  durations: { mean: number | null; p50: number | null; p90: number | null } | null;
  months: KpiReportMonth[];
  /** Whether the months' counts add up to the period's: not for the people KPIs, taken at each month's end. */
  additive: boolean;
}

export interface KpiReportOutlet {
  /** Null: records without an outlet. */
  outletId: string | null;
  outletName: string;
  values: Record<KpiKey, number | null>;
  counts: Record<KpiKey, number>;
}

/** What kpi-report.pdf shows: every KPI of kpis.md with its target, period and previous figures, months and outlets. */
export interface KpiReportModel {
  cover: EvidenceCover;
  timeZone: string;
  period: { from: string; to: string };
  previousPeriod: { from: string; to: string };
  /** The instant the figures were evaluated at (decides which unanswered requests are already late). */
  evaluatedAt: string;
  /** The deadlines the KPIs were measured against, as in force at the period's end. */
  deadlines: KpiTargetValues;
  kpis: KpiReportEntry[];
  outlets: KpiReportOutlet[];
}
