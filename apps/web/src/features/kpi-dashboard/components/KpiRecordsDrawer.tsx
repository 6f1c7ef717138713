import { Drawer, Switch, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KpiFiltersInput } from '../../../gql/graphql';
import { useKpiFormat } from '../hooks/useKpiFormat';
import type { RecordsSelection } from '../kpi-view.util';
import { KpiRecordsTable } from './KpiRecordsTable';

interface KpiRecordsDrawerProps {
  selection: RecordsSelection | null;
  /** The dashboard's period `[from, to)` and filters. */
  period: { from: string; to: string; filters: KpiFiltersInput };
  /** What the selected row is called ("浦东中心", "11/5"), when the drill-down is one row of a breakdown. */
  scopeLabel: string | null;
  onChange: (selection: RecordsSelection | null) => void;
}

/** The records behind a figure, beside the dashboard; its state is in the URL like the rest of the view. */
export function KpiRecordsDrawer({ selection, period, scopeLabel, onChange }: KpiRecordsDrawerProps) {
  const { t } = useTranslation();
  const format = useKpiFormat();
  return (
    <Drawer
      open={selection !== null}
      onClose={() => onChange(null)}
      size="min(760px, 100vw)"
      destroyOnHidden
      closable={{ 'aria-label': t('kpi.records.close') }}
      title={selection ? t('kpi.records.title', { name: format.name(selection.kpi) }) : ''}
    >
      {selection ? (
        <>
          {scopeLabel ? (
            <Typography.Paragraph type="secondary" data-testid="kpi-records-scope">
              {t('kpi.records.scope', { row: scopeLabel })}
            </Typography.Paragraph>
          ) : null}
          <Typography.Paragraph>
            <label>
              <Switch size="small" checked={selection.onlyFailing} onChange={(onlyFailing) => onChange({ ...selection, onlyFailing })} /> {t('kpi.records.onlyFailing')}
            </label>
          </Typography.Paragraph>
          <KpiRecordsTable
            testId="kpi-records"
            input={{
              ...period,
              kpi: selection.kpi,
              dimension: selection.dimension,
              dimensionValue: selection.dimension ? selection.value : null,
              onlyFailing: selection.onlyFailing,
            }}
          />
        </>
      ) : null}
    </Drawer>
  );
}
