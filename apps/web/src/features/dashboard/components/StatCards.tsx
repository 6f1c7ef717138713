import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StatusSummary } from '../dashboard-chart.util';

export function StatCards({ summary }: { summary: StatusSummary }) {
  const { t } = useTranslation();
  const cards = [
    { key: 'total', title: t('dashboard.total'), value: summary.total },
    { key: 'open', title: t('dashboard.open'), value: summary.open },
    { key: 'resolvedOrClosed', title: t('dashboard.resolvedOrClosed'), value: summary.resolvedOrClosed },
    { key: 'cancelled', title: t('dashboard.cancelled'), value: summary.cancelled },
  ];
  return (
    <Row gutter={[16, 16]} role="list" aria-label={t('dashboard.title')}>
      {cards.map((card) => (
        <Col key={card.key} xs={12} lg={6} role="listitem">
          <Card size="small" data-testid={`stat-${card.key}`}>
            <Statistic title={card.title} value={card.value} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
