import type { KpiKey } from '@stardesk/domain';
import { Col, Empty, Row, Skeleton, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useCurrentOrganisation } from '../../../app/organisation/organisation-context';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryError } from '../../../shared/components/QueryError';
import { KpiFilterOptionsDocument } from '../graphql/kpi';
import { useKpiCatalogTargets, useKpiDashboard } from '../hooks/useKpiQueries';
import { useKpiView } from '../hooks/useKpiView';
import { bucketLabel } from '../kpi-chart.util';
import { cardTarget } from '../kpi-targets.util';
import { periodInput, type RecordsSelection } from '../kpi-view.util';
import { KpiBreakdownCard } from './KpiBreakdownCard';
import { KpiCards } from './KpiCards';
import { KpiFilters } from './KpiFilters';
import { KpiRecordsDrawer } from './KpiRecordsDrawer';
import { KpiTrendCard } from './KpiTrendCard';
import { SlaBreachList } from './SlaBreachList';

/** The manager's home: every KPI of kpis.md for a period, its trend, breakdowns, SLA breaches and the records behind each figure. */
export default function KpiDashboardPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { timeZone } = useCurrentOrganisation();
  const { view, today, setView } = useKpiView();
  const period = useMemo(() => periodInput(view), [view]);
  const { dashboard, fetching, error, retry } = useKpiDashboard({ ...period, compareToPrevious: true });
  const catalogue = useKpiCatalogTargets();

  const dayFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
  const subtitle = t('kpi.subtitle', { from: dayFormat.format(new Date(`${view.from}T00:00:00Z`)), to: dayFormat.format(new Date(`${view.to}T00:00:00Z`)), timeZone });
  const openRecords = (records: RecordsSelection | null) => setView({ ...view, records });
  const openKpi = (kpi: KpiKey) => openRecords({ kpi, dimension: null, value: null, onlyFailing: false });
  // Names of the breakdown rows opened in this visit; after a reload, outlets are named from the
  // filter options (cached), other ids show as they are.
  const [rowNames, setRowNames] = useState<Record<string, string>>({});
  const [options] = useQuery({ query: KpiFilterOptionsDocument });
  const scopeLabel = useMemo(() => {
    const selection = view.records;
    if (!selection?.dimension || !dashboard) return null;
    if (selection.dimension === dashboard.trend.dimension) {
      const row = dashboard.trend.rows.find((candidate) => candidate.key === selection.value);
      return row ? bucketLabel(selection.dimension, row, language) : selection.value;
    }
    const outletName = selection.dimension === 'outlet' ? options.data?.outlets.find((outlet) => outlet.id === selection.value)?.name : undefined;
    const name = selection.value === null ? t('kpi.breakdown.noValue') : (rowNames[`${selection.dimension}:${selection.value}`] ?? outletName ?? selection.value);
    return `${t(`kpi.breakdown.dimensions.${selection.dimension}`)}: ${name}`;
  }, [view.records, dashboard, language, t, rowNames, options.data]);

  return (
    <>
      <PageHeader title={t('kpi.title')} subtitle={subtitle} />
      <KpiFilters view={view} today={today} onChange={setView} />
      {renderBody()}
      <KpiRecordsDrawer selection={view.records} period={period} scopeLabel={scopeLabel} onChange={openRecords} />
    </>
  );

  function renderBody() {
    if (!dashboard && error) return <QueryError title={t('kpi.loadFailed')} error={error} onRetry={retry} />;
    if (!dashboard) {
      return (
        <div role="status" aria-busy="true" aria-label={t('common.loading')}>
          <Skeleton active paragraph={{ rows: 4 }} />
          <Skeleton active paragraph={{ rows: 8 }} />
        </div>
      );
    }
    const empty = dashboard.cards.every((card) => card.population === 0);
    return (
      <div aria-busy={fetching} data-testid="kpi-dashboard">
        {fetching ? (
          <Typography.Text type="secondary" role="status" className="sd-kpi-refreshing">
            {t('kpi.refreshing')}
          </Typography.Text>
        ) : null}
        {empty ? (
          <Empty className="sd-section" description={t('kpi.empty')}>
            <Typography.Text type="secondary">{t('kpi.emptyHint')}</Typography.Text>
          </Empty>
        ) : null}
        <KpiCards cards={dashboard.cards} catalogue={catalogue} onOpen={openKpi} />
        <Row gutter={[16, 16]} className="sd-section">
          <Col xs={24} xl={14}>
            <KpiTrendCard
              dashboard={dashboard}
              kpi={view.trendKpi}
              target={cardTarget(view.trendKpi, dashboard.cards.find((card) => card.key === view.trendKpi)?.target, catalogue)}
              onKpiChange={(trendKpi) => setView({ ...view, trendKpi })}
              onOpen={(kpi, dimension, bucket) => openRecords({ kpi, dimension: dimension as RecordsSelection['dimension'], value: bucket, onlyFailing: false })}
            />
          </Col>
          <Col xs={24} xl={10}>
            <SlaBreachList period={period} />
          </Col>
        </Row>
        <KpiBreakdownCard
          period={period}
          by={view.by}
          group={view.group}
          onChange={(change) => setView({ ...view, ...change })}
          onOpen={(kpi, dimension, value, label) => {
            if (value !== null) setRowNames((names) => ({ ...names, [`${dimension}:${value}`]: label }));
            openRecords({ kpi, dimension, value, onlyFailing: false });
          }}
          onOpenTotal={openKpi}
        />
      </div>
    );
  }
}
