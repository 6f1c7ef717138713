import { Card, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KpiFiltersInput } from '../../../gql/graphql';
import { KpiRecordsTable } from './KpiRecordsTable';

/** The deadlines a breach is counted against: response, resolution and complaint handling (kpis.md targets). */
const BREACH_KPIS = ['responseOnTimeRate', 'resolutionHours', 'complaintTimelyRate'] as const;
type BreachKpi = (typeof BREACH_KPIS)[number];

/**
 * Records of the period past their deadline: requests acknowledged late (or not yet and already late),
 * resolved after the resolution target, complaints closed outside their acknowledgement or resolution
 * target. The same drill-down the figures use, limited to the failing records.
 */
export function SlaBreachList({ period }: { period: { from: string; to: string; filters: KpiFiltersInput } }) {
  const { t } = useTranslation();
  const [active, setActive] = useState<BreachKpi>('responseOnTimeRate');
  return (
    <Card title={t('kpi.sla.title')} className="sd-kpi-sla" extra={<Link to="/complaints?overdue=1">{t('kpi.sla.openComplaints')}</Link>}>
      <Typography.Paragraph type="secondary">{t('kpi.sla.description')}</Typography.Paragraph>
      <Tabs
        activeKey={active}
        onChange={(key) => setActive(key as BreachKpi)}
        items={BREACH_KPIS.map((kpi) => ({
          key: kpi,
          label: t(`kpi.sla.tabs.${kpi}`),
          children: active === kpi ? <KpiRecordsTable testId={`sla-${kpi}`} input={{ ...period, kpi, onlyFailing: true }} /> : null,
        }))}
      />
    </Card>
  );
}
