import { Descriptions, Empty, List, Tag, Typography } from 'antd';
import { VISIT_OUTCOME_LABELS, VISIT_PART_MOVEMENT_LABELS } from '@stardesk/domain';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { AttachmentList } from '../../../shared/components/AttachmentList';
import type { ServiceRequestDetail } from '../hooks/useServiceRequestDetail';

const OUTCOME_COLORS = { FIXED: 'green', NOT_FIXED: 'red', NEEDS_PARTS: 'orange', CUSTOMER_ABSENT: 'default' } as const;

/** The visit reports of a request, first visit first, with parts and photos. */
export function VisitList({ visits }: { visits: ServiceRequestDetail['visits'] }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  if (visits.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ops.visits.none')} />;
  return (
    <List
      itemLayout="vertical"
      dataSource={[...visits]}
      renderItem={(visit) => (
        <List.Item key={visit.id}>
          <Typography.Title level={3} className="sd-subheading">
            {t('ops.visits.heading', { seq: visit.seq })} <Tag color={OUTCOME_COLORS[visit.outcome]}>{VISIT_OUTCOME_LABELS[visit.outcome][language]}</Tag>
          </Typography.Title>
          <Descriptions column={{ xs: 1, sm: 2 }} size="small">
            <Descriptions.Item label={t('ops.visits.technician')}>{visit.technician.name}</Descriptions.Item>
            <Descriptions.Item label={t('ops.visits.arrivedAt')}>{dayjs(visit.arrivedAt).format('YYYY-MM-DD HH:mm')}</Descriptions.Item>
            <Descriptions.Item label={t('ops.visits.diagnosis')} span={2}>{visit.diagnosis ?? t('common.none')}</Descriptions.Item>
            <Descriptions.Item label={t('ops.visits.actions')} span={2}>{visit.actions ?? t('common.none')}</Descriptions.Item>
            <Descriptions.Item label={t('ops.visits.confirmedBy')}>{visit.confirmedBy ?? t('common.none')}</Descriptions.Item>
            <Descriptions.Item label={t('ops.visits.customerFeedback')}>{visit.customerFeedback ?? t('common.none')}</Descriptions.Item>
          </Descriptions>
          {visit.parts.length ? (
            <ul className="sd-plain-list">
              {visit.parts.map((part, index) => (
                <li key={`${part.partId}-${index}`}>
                  {part.partNo} · {part.partName} × {part.quantity} ({VISIT_PART_MOVEMENT_LABELS[part.movement][language]})
                  {part.chargedAmount > 0 ? ` · ¥${part.chargedAmount.toFixed(2)}` : ''}
                </li>
              ))}
            </ul>
          ) : null}
          {visit.attachments.length ? <AttachmentList items={visit.attachments} /> : null}
        </List.Item>
      )}
    />
  );
}
