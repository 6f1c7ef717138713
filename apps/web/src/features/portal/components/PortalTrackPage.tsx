import { Alert, Button, Card, Descriptions, Form, Input, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import type { TrackPortalRequestQuery } from '../../../gql/graphql';
import { TrackPortalRequestDocument } from '../graphql/portal';
import { portalErrorMessage } from './PortalError';

type Tracked = TrackPortalRequestQuery['trackPortalRequest'];

const formatInstant = (value: string): string => dayjs(value).format('YYYY-MM-DD HH:mm');

const STATUS_COLOURS: Record<string, string> = { CLOSED: 'success', RESOLVED: 'success', CANCELLED: 'default', ON_HOLD: 'warning' };

function TrackedRequest({ request }: { request: Tracked }) {
  const { t } = useTranslation('portal');
  const appointment = request.appointment
    ? `${formatInstant(request.appointment.from)} – ${dayjs(request.appointment.to).format('HH:mm')}`
    : t('track.noAppointment');
  return (
    <Card className="sd-portal-card" title={request.code} extra={<Tag color={STATUS_COLOURS[request.status] ?? 'processing'}>{request.statusLabel}</Tag>}>
      <Descriptions column={1} size="small">
        <Descriptions.Item label={t('track.status')}>
          <span data-testid="tracked-status">{request.statusLabel}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('track.product')}>{request.product}</Descriptions.Item>
        <Descriptions.Item label={t('track.reportedAt')}>{formatInstant(request.reportedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('track.technician')}>
          {request.technicianName ? t('track.technicianName', { name: request.technicianName }) : '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('track.appointment')}>{appointment}</Descriptions.Item>
      </Descriptions>
      <Typography.Title level={2} className="sd-portal-subtitle">
        {t('track.timeline')}
      </Typography.Title>
      <Timeline
        reverse
        items={request.timeline.map((entry, index) => ({
          key: `${entry.at}-${index}`,
          color: index === request.timeline.length - 1 ? 'blue' : 'gray',
          content: (
            <>
              <Typography.Text strong>{entry.label}</Typography.Text>
              <br />
              <Typography.Text type="secondary">{formatInstant(entry.at)}</Typography.Text>
            </>
          ),
        }))}
      />
    </Card>
  );
}

/** Code and phone together find a request; either wrong gives the same "not found". */
export default function PortalTrackPage() {
  const { t } = useTranslation('portal');
  const { orgCode = '' } = useParams();
  const [searchParams] = useSearchParams();
  const [asked, setAsked] = useState<{ code: string; phone: string } | null>(null);
  const [result, reexecute] = useQuery({
    query: TrackPortalRequestDocument,
    variables: { orgCode, code: asked?.code ?? '', phone: asked?.phone ?? '' },
    pause: !asked,
    requestPolicy: 'network-only',
  });
  const notFound = result.error?.graphQLErrors.some((error) => error.extensions?.['code'] === 'NOT_FOUND');

  return (
    <>
      <Typography.Title level={1} className="sd-portal-title">
        {t('track.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('track.intro')}</Typography.Paragraph>
      <Form
        layout="vertical"
        name="portalTrack"
        initialValues={{ code: searchParams.get('code') ?? '' }}
        onFinish={(values: { code: string; phone: string }) => {
          const next = { code: values.code.trim(), phone: values.phone.trim() };
          // The same code and phone again: look again (the status may have moved on).
          if (asked && asked.code === next.code && asked.phone === next.phone) reexecute({ requestPolicy: 'network-only' });
          else setAsked(next);
        }}
        aria-label={t('track.title')}
        noValidate
      >
        <Form.Item name="code" label={t('track.code')} rules={[{ required: true, whitespace: true, message: t('track.required') }]}>
          <Input placeholder={t('track.codePlaceholder')} autoCapitalize="characters" />
        </Form.Item>
        <Form.Item name="phone" label={t('track.phone')} rules={[{ required: true, whitespace: true, message: t('track.required') }]}>
          <Input type="tel" inputMode="tel" autoComplete="tel" placeholder={t('track.phonePlaceholder')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={result.fetching}>
          {result.fetching ? t('track.searching') : t('track.search')}
        </Button>
      </Form>
      <div className="sd-portal-result" aria-live="polite">
        {result.error ? (
          <Alert
            type={notFound ? 'warning' : 'error'}
            showIcon
            title={notFound ? t('track.notFound') : t('track.failed')}
            description={portalErrorMessage(result.error, t)}
          />
        ) : null}
        {result.data && !result.fetching ? <TrackedRequest request={result.data.trackPortalRequest} /> : null}
      </div>
    </>
  );
}
