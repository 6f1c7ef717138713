import { localDateOf } from '@stardesk/domain';
import { useCallback, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useCurrentOrganisation } from '../../../app/organisation/organisation-context';
import { viewFromSearchParams, viewToSearchParams, type KpiView } from '../kpi-view.util';

export interface KpiViewControl {
  view: KpiView;
  /** The organisation's local date: what "this month" is relative to. */
  today: string;
  setView: (next: KpiView) => void;
}

/**
 * The dashboard's period, filters and drill-down, kept in the URL so a view can be shared and
 * reloaded. Every change is a history entry, so Back returns to the previous view.
 */
export function useKpiView(): KpiViewControl {
  const { timeZone } = useCurrentOrganisation();
  const [now] = useState(() => new Date());
  const today = localDateOf(now, timeZone);
  const [searchParams, setSearchParams] = useSearchParams();
  const view = useMemo(() => viewFromSearchParams(searchParams, today), [searchParams, today]);
  const setView = useCallback((next: KpiView) => void setSearchParams(viewToSearchParams(next, today)), [setSearchParams, today]);
  return { view, today, setView };
}
