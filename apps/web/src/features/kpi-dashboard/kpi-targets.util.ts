import { kpiDefinition, type KpiKey } from '@stardesk/domain';

export type TargetComparator = 'AT_LEAST' | 'AT_MOST';

/** A card's target: the organisation's deadline for a duration, or the certification threshold of the indicator catalogue. */
export interface KpiTarget {
  value: number;
  comparator: TargetComparator;
  source: 'settings' | 'catalogue';
}

export interface CatalogCriterionTarget {
  kpi?: KpiKey | null;
  comparator?: TargetComparator | null;
  statistic?: string | null;
  threshold?: number | null;
}

/**
 * KPIs whose catalogue threshold does not hold for an arbitrary period: training hours per head are
 * required per year (40 h), so a month would always "miss".
 */
const PER_YEAR_THRESHOLDS: ReadonlySet<KpiKey> = new Set(['trainingHoursPerStaff']);

/**
 * The thresholds the catalogue sets on the figure a card shows. Criteria on a duration statistic
 * (p90 ≤ 72 h) are left out: the card's figure is the mean, held to the organisation's deadline. When
 * two criteria name the same KPI, the stricter one wins.
 */
export function catalogTargets(criteria: readonly CatalogCriterionTarget[]): Partial<Record<KpiKey, KpiTarget>> {
  const targets: Partial<Record<KpiKey, KpiTarget>> = {};
  for (const criterion of criteria) {
    const { kpi, comparator, threshold } = criterion;
    if (!kpi || !comparator || threshold === null || threshold === undefined || criterion.statistic) continue;
    if (PER_YEAR_THRESHOLDS.has(kpi) || kpiDefinition(kpi).shape === 'duration') continue;
    const current = targets[kpi];
    const stricter = !current || (comparator === 'AT_LEAST' ? threshold > current.value : threshold < current.value);
    if (current && current.comparator !== comparator) continue;
    if (stricter) targets[kpi] = { value: threshold, comparator, source: 'catalogue' };
  }
  return targets;
}

/** The target of a card: the API's (a duration's deadline, the better the lower) before the catalogue's. */
export function cardTarget(key: KpiKey, apiTarget: number | null | undefined, catalogue: Partial<Record<KpiKey, KpiTarget>>): KpiTarget | null {
  if (apiTarget !== null && apiTarget !== undefined) {
    return { value: apiTarget, comparator: kpiDefinition(key).direction === 'higher' ? 'AT_LEAST' : 'AT_MOST', source: 'settings' };
  }
  return catalogue[key] ?? null;
}

/** Whether a figure meets its target, inclusive (as kpis.md's deadlines and the catalogue's thresholds are); null without both. */
export function targetStatus(value: number | null, target: KpiTarget | null): 'met' | 'missed' | null {
  if (value === null || target === null) return null;
  const met = target.comparator === 'AT_LEAST' ? value >= target.value : value <= target.value;
  return met ? 'met' : 'missed';
}
