import { kpiDefinition, kpiDisplayNumber, type KpiDirection, type KpiKey } from '@stardesk/domain';

/** better / worse by the KPI's direction; `changed` for a volume (neither good nor bad); `unchanged`; `none` without both figures. */
export type ChangeVerdict = 'better' | 'worse' | 'changed' | 'unchanged' | 'none';

export interface PeriodChange {
  /** current − previous in the KPI's own unit (a rate's change is a fraction; shown in percentage points). */
  change: number | null;
  arrow: 'up' | 'down' | null;
  verdict: ChangeVerdict;
}

/**
 * Period-over-period change of a KPI. A change that rounds to nothing at the displayed precision is
 * `unchanged`, so the arrow never contradicts the two figures a user reads.
 */
export function periodChange(key: KpiKey, value: number | null, previous: number | null | undefined): PeriodChange {
  if (value === null || previous === null || previous === undefined) return { change: null, arrow: null, verdict: 'none' };
  const change = value - previous;
  if (kpiDisplayNumber(key, Math.abs(change)) === 0) return { change: 0, arrow: null, verdict: 'unchanged' };
  const arrow = change > 0 ? 'up' : 'down';
  return { change, arrow, verdict: verdictOf(kpiDefinition(key).direction, arrow) };
}

function verdictOf(direction: KpiDirection, arrow: 'up' | 'down'): ChangeVerdict {
  switch (direction) {
    case 'higher':
      return arrow === 'up' ? 'better' : 'worse';
    case 'lower':
      return arrow === 'down' ? 'better' : 'worse';
    case 'neutral':
      return 'changed';
  }
}
