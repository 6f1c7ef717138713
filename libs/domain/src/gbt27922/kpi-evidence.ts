import { kpiDefinition, type KpiValues } from '../kpi/kpi-catalog';
import type { DurationStats } from '../kpi/kpi-statistics';
import type { CriterionResult } from './assessment.types';
import type { IndicatorCatalog, KpiEvidence } from './indicator-catalog.types';

/** The number a KPI criterion compares: the KPI itself, or the named statistic of a duration KPI. */
export function kpiEvidenceValue(evidence: KpiEvidence, kpis: KpiValues): number | null {
  const value = kpis[evidence.kpi];
  if (kpiDefinition(evidence.kpi).shape === 'duration') {
    return (value as DurationStats)[evidence.statistic ?? 'mean'];
  }
  return value as number | null;
}

/**
 * CONFORMING when the KPI meets its threshold (inclusive, as targets are). Null when the KPI has no
 * population in the period: no data is neither a pass nor a failure, so an assessor decides.
 */
export function evaluateKpiEvidence(evidence: KpiEvidence, kpis: KpiValues): 'CONFORMING' | 'NON_CONFORMING' | null {
  const value = kpiEvidenceValue(evidence, kpis);
  if (value === null) return null;
  const meets = evidence.comparator === '>=' ? value >= evidence.threshold : value <= evidence.threshold;
  return meets ? 'CONFORMING' : 'NON_CONFORMING';
}

/** Results of every KPI criterion that the period's KPIs decide, ready to merge with the assessor's. */
export function kpiCriterionResults(catalog: IndicatorCatalog, kpis: KpiValues): Record<string, CriterionResult> {
  const results: Record<string, CriterionResult> = {};
  for (const criterion of catalog.indicators.flatMap((indicator) => indicator.criteria)) {
    if (criterion.evidence.method !== 'KPI') continue;
    const outcome = evaluateKpiEvidence(criterion.evidence, kpis);
    if (outcome !== null) results[criterion.key] = { outcome };
  }
  return results;
}
