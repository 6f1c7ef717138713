import { Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { ServiceRequestDetail } from '../hooks/useServiceRequestDetail';
import { StatusTag } from './EnumTags';

/** Every transition of the request, oldest first: who moved it from what to what, when and why. */
export function RequestTimeline({ events }: { events: ServiceRequestDetail['events'] }) {
  const { t } = useTranslation();
  if (events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ops.detail.noEvents')} />;
  return (
    <Timeline
      items={events.map((event) => ({
        key: event.id,
        color: event.toStatus === 'CANCELLED' ? 'red' : event.toStatus === 'RESOLVED' || event.toStatus === 'CLOSED' ? 'green' : 'blue',
        content: (
          <div className="sd-timeline-event">
            <div>
              {event.fromStatus ? (
                <>
                  <StatusTag status={event.fromStatus} />
                  <span aria-hidden>→ </span>
                  <span className="sd-visually-hidden">{t('ops.detail.movedTo')}</span>
                </>
              ) : (
                <Typography.Text>{t('ops.detail.opened')} </Typography.Text>
              )}
              <StatusTag status={event.toStatus} />
            </div>
            <Typography.Text type="secondary">
              <time dateTime={event.at}>{dayjs(event.at).format('YYYY-MM-DD HH:mm')}</time>
              {' · '}
              {event.actor?.name ?? (event.imported ? t('ops.detail.imported') : t('ops.detail.system'))}
            </Typography.Text>
            {event.note ? <Typography.Paragraph className="sd-timeline-note">{event.note}</Typography.Paragraph> : null}
          </div>
        ),
      }))}
    />
  );
}
