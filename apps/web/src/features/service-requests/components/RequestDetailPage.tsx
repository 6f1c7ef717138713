import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Empty, Flex, Result, Row, Skeleton, Space, Tag, Typography } from 'antd';
import type { RequestCommandKind } from '@stardesk/domain';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useFeedback } from '../../../app/feedback';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { AttachmentList } from '../../../shared/components/AttachmentList';
import { ButtonLink } from '../../../shared/components/ButtonLink';
import { CountdownTag } from '../../../shared/components/CountdownTag';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryError } from '../../../shared/components/QueryError';
import { useNow } from '../../../shared/hooks/useNow';
import { useRequestCommand } from '../hooks/useRequestCommand';
import { useServiceRequestDetail, type ServiceRequestDetail } from '../hooks/useServiceRequestDetail';
import { commandLabel, orderCommands } from '../request-command.util';
import { RegisterComplaintDialog } from '../../complaints/components/RegisterComplaintDialog';
import { CommandDialog } from './CommandDialog';
import { PriorityTag, StatusTag, WarrantyTag } from './EnumTags';
import { RequestTimeline } from './RequestTimeline';
import { SheetDownloadButton } from './SheetDownloadButton';
import { SurveyLinkCard } from './SurveyLinkCard';
import { VisitList } from './VisitList';

const format = (at: string | null | undefined) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : null);

export default function RequestDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { request, loading, notFound, error, refresh } = useServiceRequestDetail(id);

  if (loading) {
    return (
      <Card className="sd-section" aria-busy="true">
        <Skeleton active paragraph={{ rows: 8 }} />
        <span className="sd-visually-hidden" role="status">{t('common.loading')}</span>
      </Card>
    );
  }
  if (error && !request) return <QueryError title={t('ops.detail.loadFailed')} error={error} onRetry={refresh} />;
  if (notFound || !request) {
    return (
      <Result
        status="404"
        title={t('ops.detail.notFound')}
        extra={<ButtonLink to="/requests" type="primary">{t('ops.detail.backToList')}</ButtonLink>}
      />
    );
  }
  return <RequestDetail request={request} />;
}

function RequestDetail({ request }: { request: ServiceRequestDetail }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { notify } = useFeedback();
  const now = useNow();
  const [{ running }, run] = useRequestCommand();
  const [command, setCommand] = useState<RequestCommandKind | null>(null);
  const [complaining, setComplaining] = useState(false);
  const { primary, others } = orderCommands(request.allowedCommands);

  const deadlines = (['response', 'arrival', 'resolution'] as const).map((key) => ({ key, deadline: request.deadlines[key] }));

  return (
    <>
      <PageHeader
        title={t('ops.detail.title', { code: request.code })}
        subtitle={
          <Space size={4} wrap>
            <StatusTag status={request.status} />
            <PriorityTag priority={request.priority} />
            <WarrantyTag warranty={request.warrantyStatus} />
            {request.reopenCount > 0 ? <Tag color="magenta">{t('ops.detail.reopened', { count: request.reopenCount })}</Tag> : null}
          </Space>
        }
        actions={
          <Space wrap>
            <ButtonLink to="/requests" icon={<ArrowLeftOutlined aria-hidden />}>
              {t('ops.detail.backToList')}
            </ButtonLink>
            <SheetDownloadButton requestId={request.id} code={request.code} />
            <Button onClick={() => setComplaining(true)}>{t('ops.complaints.register')}</Button>
          </Space>
        }
      />

      <Card className="sd-section" title={t('ops.actions.title')}>
        {primary || others.length ? (
          <Flex gap={8} wrap role="group" aria-label={t('ops.actions.title')}>
            {primary ? (
              <Button type="primary" onClick={() => setCommand(primary)} loading={running === primary}>
                {commandLabel(primary, language)}
              </Button>
            ) : null}
            {others.map((kind) => (
              <Button key={kind} danger={kind === 'CANCEL'} onClick={() => setCommand(kind)} loading={running === kind}>
                {commandLabel(kind, language)}
              </Button>
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('ops.actions.none')}</Typography.Text>
        )}
      </Card>

      <Row gutter={[16, 16]} className="sd-section">
        <Col xs={24} lg={14}>
          <Card title={t('ops.detail.summary')}>
            <Descriptions column={{ xs: 1, sm: 2 }} size="small">
              <Descriptions.Item label={t('requests.columns.customerName')}>{request.customer.name}</Descriptions.Item>
              <Descriptions.Item label={t('requests.columns.customerPhone')}>
                <a href={`tel:${request.customer.phone}`}>{request.customer.phone}</a>
              </Descriptions.Item>
              <Descriptions.Item label={t('newRequest.fields.customerAddress')} span={2}>
                {request.customer.address ?? t('common.none')}
              </Descriptions.Item>
              <Descriptions.Item label={t('newRequest.fields.productId')}>
                {request.product.model} · {request.product.name}
              </Descriptions.Item>
              <Descriptions.Item label={t('newRequest.fields.serialNo')}>{request.serialNo ?? t('common.none')}</Descriptions.Item>
              <Descriptions.Item label={t('requests.columns.type')}>{t(`enums.serviceType.${request.type}`)}</Descriptions.Item>
              <Descriptions.Item label={t('newRequest.fields.channel')}>{t(`enums.channel.${request.channel}`)}</Descriptions.Item>
              <Descriptions.Item label={t('requests.columns.outlet')}>{request.outlet.name}</Descriptions.Item>
              <Descriptions.Item label={t('ops.detail.technician')}>{request.technician?.name ?? t('ops.detail.unassigned')}</Descriptions.Item>
              <Descriptions.Item label={t('requests.columns.reportedAt')}>{format(request.reportedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('ops.detail.resolvedAt')}>{format(request.resolvedAt) ?? t('common.none')}</Descriptions.Item>
              <Descriptions.Item label={t('newRequest.fields.faultDescription')} span={2}>
                {request.faultDescription ?? t('common.none')}
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('ops.detail.deadlines')}>
            <ul className="sd-plain-list">
              {deadlines.map(({ key, deadline }) => (
                <li key={key} className="sd-deadline-row">
                  <Typography.Text strong>{t(`ops.detail.deadline.${key}`)}</Typography.Text>
                  {!deadline ? (
                    <Typography.Text type="secondary">{t('ops.detail.deadlineNone')}</Typography.Text>
                  ) : deadline.state === 'PENDING' ? (
                    <CountdownTag dueAt={deadline.dueAt} now={now} />
                  ) : (
                    <Tag color={deadline.state === 'MET' ? 'green' : 'red'}>{t(`ops.detail.deadlineState.${deadline.state}`)}</Tag>
                  )}
                  {deadline ? <Typography.Text type="secondary">{t('ops.detail.dueAt', { at: format(deadline.dueAt) })}</Typography.Text> : null}
                </li>
              ))}
            </ul>
          </Card>
        </Col>
      </Row>

      <Row gutter={[16, 16]} className="sd-section">
        <Col xs={24} lg={10}>
          <Card title={t('ops.detail.timeline')}>
            <RequestTimeline events={request.events} />
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card title={t('ops.detail.visits')}>
            <VisitList visits={request.visits} />
          </Card>
          <Card title={t('ops.detail.attachments')} className="sd-section">
            <AttachmentList items={request.attachments} />
          </Card>
          <Card title={t('ops.detail.returnVisits')} className="sd-section">
            {request.returnVisits.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ops.detail.noReturnVisits')} />
            ) : (
              <ul className="sd-plain-list">
                {request.returnVisits.map((visit) => (
                  <li key={visit.id}>
                    <Tag>{visit.statusLabel}</Tag> {t('ops.detail.dueAt', { at: format(visit.dueAt) })}
                    {visit.rating ? ` · ${t('ops.returnVisits.ratingValue', { rating: visit.rating })}` : ''}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <SurveyLinkCard request={request} />
        </Col>
      </Row>

      {complaining ? <RegisterComplaintDialog request={{ id: request.id, code: request.code }} onClose={() => setComplaining(false)} /> : null}
      {command ? (
        <CommandDialog
          kind={command}
          request={{ id: request.id, code: request.code, version: request.version, outletId: request.outlet.id, technicianId: request.technician?.id ?? null }}
          running={running !== null}
          onRun={run}
          onClose={() => setCommand(null)}
          onDone={(kind) => {
            setCommand(null);
            notify('success', t('ops.actions.done', { action: commandLabel(kind, language), code: request.code }));
          }}
        />
      ) : null}
    </>
  );
}
