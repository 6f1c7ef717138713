import { useCallback, useMemo } from 'react';
import { useQuery } from 'urql';
import type { KpiBreakdownInput, KpiDashboardInput } from '../../../gql/graphql';
import type { KpiKey } from '@stardesk/domain';
import { KpiBreakdownDocument, KpiCatalogTargetsDocument, KpiDashboardDocument } from '../graphql/kpi';
import { catalogTargets, type CatalogCriterionTarget, type KpiTarget } from '../kpi-targets.util';

/** KPI figures move when any of these change (a request closed, a visit recorded, a survey answered). */
export const KPI_SOURCE_TYPENAMES = ['ServiceRequest', 'Visit', 'Complaint', 'ReturnVisit', 'SurveyResponse'];
const CONTEXT = { additionalTypenames: KPI_SOURCE_TYPENAMES };

export function useKpiDashboard(input: KpiDashboardInput) {
  const key = JSON.stringify(input);
  const variables = useMemo(() => ({ input: JSON.parse(key) as KpiDashboardInput }), [key]);
  const [result, reexecute] = useQuery({ query: KpiDashboardDocument, variables, requestPolicy: 'cache-and-network', context: CONTEXT });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { dashboard: result.data?.kpiDashboard, fetching: result.fetching, stale: result.stale, error: result.error, retry };
}

export function useKpiBreakdown(input: KpiBreakdownInput) {
  const key = JSON.stringify(input);
  const variables = useMemo(() => ({ input: JSON.parse(key) as KpiBreakdownInput }), [key]);
  const [result, reexecute] = useQuery({ query: KpiBreakdownDocument, variables, requestPolicy: 'cache-and-network', context: CONTEXT });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { breakdown: result.data?.kpiBreakdown, fetching: result.fetching, error: result.error, retry };
}

const NO_CRITERIA: readonly CatalogCriterionTarget[] = [];

/** The certification thresholds (newest catalogue); without them (not loaded, failed) cards simply show no target. */
export function useKpiCatalogTargets(): Partial<Record<KpiKey, KpiTarget>> {
  const [result] = useQuery({ query: KpiCatalogTargetsDocument });
  const criteria = result.data?.indicatorCatalogVersion.indicators.flatMap((indicator) => indicator.criteria) ?? NO_CRITERIA;
  return useMemo(() => catalogTargets(criteria), [criteria]);
}
