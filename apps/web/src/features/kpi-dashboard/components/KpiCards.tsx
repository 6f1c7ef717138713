import { ArrowDownOutlined, ArrowUpOutlined, CheckCircleFilled, CloseCircleFilled, MinusOutlined } from '@ant-design/icons';
import type { KpiKey } from '@stardesk/domain';
import { Button, Card, Col, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { KpiDashboardQuery } from '../../../gql/graphql';
import { useKpiFormat } from '../hooks/useKpiFormat';
import { periodChange, type ChangeVerdict } from '../kpi-card.util';
import { cardTarget, targetStatus, type KpiTarget } from '../kpi-targets.util';
import { KPI_GROUP_KEYS, KPI_GROUPS } from '../kpi-view.util';

export type KpiCardData = KpiDashboardQuery['kpiDashboard']['cards'][number];

const VERDICT_CLASS: Record<ChangeVerdict, string> = {
  better: 'sd-kpi-better',
  worse: 'sd-kpi-worse',
  changed: 'sd-kpi-neutral',
  unchanged: 'sd-kpi-neutral',
  none: 'sd-kpi-neutral',
};

interface KpiCardsProps {
  cards: readonly KpiCardData[];
  /** Certification thresholds of the indicator catalogue, for the cards the API gives no target. */
  catalogue: Partial<Record<KpiKey, KpiTarget>>;
  onOpen: (kpi: KpiKey) => void;
}

/** Every KPI of kpis.md, in its sections; a figure opens the records behind it. */
export function KpiCards({ cards, catalogue, onOpen }: KpiCardsProps) {
  const { t } = useTranslation();
  const byKey = new Map(cards.map((card) => [card.key, card]));
  return (
    <>
      {KPI_GROUP_KEYS.map((group) => (
        <section key={group} aria-labelledby={`kpi-group-${group}`}>
          <Typography.Title level={2} className="sd-section-title" id={`kpi-group-${group}`}>
            {t(`kpi.groups.${group}`)}
          </Typography.Title>
          <Row gutter={[12, 12]} role="list">
            {KPI_GROUPS[group].map((key) => {
              const card = byKey.get(key);
              return card ? (
                <Col key={key} xs={12} md={8} xl={6} role="listitem">
                  <KpiCard card={card} target={cardTarget(card.key, card.target, catalogue)} onOpen={onOpen} />
                </Col>
              ) : null;
            })}
          </Row>
        </section>
      ))}
    </>
  );
}

function KpiCard({ card, target, onOpen }: { card: KpiCardData; target: KpiTarget | null; onOpen: (kpi: KpiKey) => void }) {
  const { t } = useTranslation();
  const format = useKpiFormat();
  const name = format.name(card.key);
  const change = periodChange(card.key, card.value ?? null, card.previous ? (card.previous.value ?? null) : undefined);
  const status = targetStatus(card.value ?? null, target);
  return (
    <Card size="small" className="sd-kpi-card" data-testid={`kpi-card-${card.key}`}>
      <Typography.Text type="secondary" className="sd-kpi-name">
        {name}
      </Typography.Text>
      <Button type="link" className="sd-kpi-figure" aria-label={`${name} ${format.value(card.key, card.value)}. ${t('kpi.card.openRecords', { name })}`} onClick={() => onOpen(card.key)}>
        <span data-testid="kpi-figure">{format.value(card.key, card.value)}</span>
      </Button>
      <div className="sd-kpi-meta">
        <Typography.Text type="secondary">{t('kpi.card.population', { count: card.population })}</Typography.Text>
        {card.duration?.p50 != null ? (
          <Typography.Text type="secondary">
            {' · '}
            {t('kpi.card.percentiles', { p50: format.value(card.key, card.duration.p50), p90: format.value(card.key, card.duration.p90) })}
          </Typography.Text>
        ) : null}
      </div>
      {target ? (
        <div className="sd-kpi-target">
          <Typography.Text type="secondary">
            {t(target.comparator === 'AT_LEAST' ? 'kpi.card.targetAtLeast' : 'kpi.card.target', { target: format.value(card.key, target.value) })}
            {target.source === 'catalogue' ? t('kpi.card.fromCatalogue') : ''}
          </Typography.Text>{' '}
          {status ? (
            <Tag color={status === 'met' ? 'success' : 'error'} icon={status === 'met' ? <CheckCircleFilled /> : <CloseCircleFilled />} data-testid="kpi-target-status">
              {t(`kpi.card.${status}`)}
            </Tag>
          ) : null}
        </div>
      ) : null}
      {card.previous ? (
        <div className={`sd-kpi-change ${VERDICT_CLASS[change.verdict]}`} data-testid="kpi-change" data-verdict={change.verdict}>
          {change.arrow === 'up' ? <ArrowUpOutlined aria-hidden /> : change.arrow === 'down' ? <ArrowDownOutlined aria-hidden /> : <MinusOutlined aria-hidden />}{' '}
          {change.verdict === 'none'
            ? t('kpi.card.noPrevious')
            : t(`kpi.card.change.${change.verdict}`, { change: change.change === null ? '' : format.change(card.key, change.change) })}
          {change.verdict === 'none' ? null : (
            <Typography.Text type="secondary" className="sd-kpi-previous">
              {' '}
              ({t('kpi.card.previous', { value: format.value(card.key, card.previous.value) })})
            </Typography.Text>
          )}
        </div>
      ) : null}
    </Card>
  );
}
