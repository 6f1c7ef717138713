import { useCallback, useMemo, useState } from 'react';
import { useQuery, type CombinedError } from 'urql';
import { useCurrentOrganisation } from '../../../app/organisation/organisation-context';
import type { ServiceRequestStatsQuery, StaffRole } from '../../../gql/graphql';
import { dashboardPeriod, type DashboardPeriod } from '../dashboard-period.util';
import { ServiceRequestStatsDocument } from '../graphql/service-request-stats';

/** Stats are invalidated by any mutation that returns a service request (e.g. a new one). */
const STATS_CONTEXT = { additionalTypenames: ['ServiceRequest'] };

export interface DashboardStats {
  period: DashboardPeriod;
  timeZone: string;
  stats: ServiceRequestStatsQuery['serviceRequestStats'] | undefined;
  /** The signed-in user's role (asked with the figures rather than imported from the shell, which would split a shared chunk off it). */
  role: StaffRole | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  retry: () => void;
}

export function useDashboardStats(): DashboardStats {
  const { timeZone } = useCurrentOrganisation();
  const [now] = useState(() => new Date());
  const period = useMemo(() => dashboardPeriod(now, timeZone), [now, timeZone]);
  const variables = useMemo(
    () => ({ filter: { reportedFrom: period.reportedFrom, reportedTo: period.reportedTo } }),
    [period],
  );
  const [result, reexecute] = useQuery({
    query: ServiceRequestStatsDocument,
    variables,
    requestPolicy: 'cache-and-network',
    context: STATS_CONTEXT,
  });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return {
    period,
    timeZone,
    stats: result.data?.serviceRequestStats,
    role: result.data?.me?.role,
    fetching: result.fetching,
    error: result.error,
    retry,
  };
}
