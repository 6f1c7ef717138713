import { KPI_KEYS, type KpiKey } from '@stardesk/domain';
import { Button, Card, Empty, Form, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n/useLanguage';
import type { KpiDashboardQuery } from '../../../gql/graphql';
import { useKpiFormat } from '../hooks/useKpiFormat';
import { bucketLabel, chartTarget, trendPoints, type TrendPoint } from '../kpi-chart.util';
import type { KpiTarget } from '../kpi-targets.util';
import { KpiTrendChart } from './KpiTrendChart';

type Dashboard = KpiDashboardQuery['kpiDashboard'];

interface KpiTrendCardProps {
  dashboard: Dashboard;
  kpi: KpiKey;
  /** The chosen KPI's target (see cardTarget), drawn as a line. */
  target: KpiTarget | null;
  onKpiChange: (kpi: KpiKey) => void;
  onOpen: (kpi: KpiKey, bucketDimension: string, bucket: string) => void;
}

/** The trend of one KPI (chosen), per day, week or month as the API picked for the period, with its target. */
export function KpiTrendCard({ dashboard, kpi, target: kpiTarget, onKpiChange, onOpen }: KpiTrendCardProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const format = useKpiFormat();
  const dimension = dashboard.trend.dimension;
  const points = trendPoints(dashboard.trend.rows, kpi, (row) => bucketLabel(dimension, row, language));
  const card = dashboard.cards.find((candidate) => candidate.key === kpi);
  const target = chartTarget(kpi, kpiTarget?.value);
  const name = format.name(kpi);
  const bucket = t(`kpi.trend.buckets.${dimension as 'day' | 'week' | 'month'}`);
  const description = t('kpi.trend.description', { name, bucket });
  const display = (point: TrendPoint) => (point.value === null ? '—' : `${point.value}${t(`kpi.units.${card?.unit ?? 'count'}` as 'kpi.units.count')}`);
  const open = (point: TrendPoint) => onOpen(kpi, dimension, point.bucket);
  const hasFigures = points.some((point) => point.value !== null);

  return (
    <Card
      title={t('kpi.trend.title')}
      extra={
        <Form.Item label={t('kpi.trend.kpi')} htmlFor="kpi-trend-select" className="sd-inline-field" colon={false}>
          <Select<KpiKey>
            id="kpi-trend-select"
            className="sd-kpi-trend-select"
            value={kpi}
            onChange={onKpiChange}
            options={KPI_KEYS.map((key) => ({ value: key, label: format.name(key) }))}
            showSearch={{ optionFilterProp: 'label' }}
            popupMatchSelectWidth={false}
          />
        </Form.Item>
      }
    >
      <figure className="sd-chart" aria-label={description} data-testid="kpi-trend">
        <Typography.Text type="secondary">{description}</Typography.Text>
        {hasFigures ? (
          <KpiTrendChart
            integers={card?.unit === 'count'}
            points={points}
            seriesName={name}
            target={target}
            targetLabel={t('kpi.trend.targetLine', { target: target === null ? '' : format.value(kpi, kpiTarget?.value) })}
            formatValue={(value) => `${value}${t(`kpi.units.${card?.unit ?? 'count'}` as 'kpi.units.count')}`}
            onOpen={open}
          />
        ) : (
          <Empty description={t('kpi.trend.empty')} />
        )}
        <ul className="sd-visually-hidden">
          {points.map((point) => (
            <li key={point.bucket}>
              <Button type="link" onClick={() => open(point)}>
                {t('kpi.trend.openPoint', { label: point.label, value: display(point) })}
              </Button>
            </li>
          ))}
        </ul>
      </figure>
    </Card>
  );
}
