import { ArrowLeftOutlined, CheckCircleOutlined, EnvironmentOutlined, PhoneOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useFeedback } from '../../../app/feedback';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { AttachmentList } from '../../../shared/components/AttachmentList';
import { ButtonLink } from '../../../shared/components/ButtonLink';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryError } from '../../../shared/components/QueryError';
import { describeGraphqlError } from '../../../shared/graphql-error.util';
import { PriorityTag, StatusTag, WarrantyTag } from '../../service-requests/components/EnumTags';
import { SheetDownloadButton } from '../../service-requests/components/SheetDownloadButton';
import { VisitList } from '../../service-requests/components/VisitList';
import { useRequestCommand } from '../../service-requests/hooks/useRequestCommand';
import { useServiceRequestDetail, type ServiceRequestDetail } from '../../service-requests/hooks/useServiceRequestDetail';
import { commandLabel } from '../../service-requests/request-command.util';
import { useTechnicianIdentity } from '../technician-identity';
import { arrivalOf } from '../visit-form.util';
import { PhotoUpload } from './PhotoUpload';
import { VisitForm } from './VisitForm';

export default function TechnicianJobPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { request, loading, notFound, error, refresh } = useServiceRequestDetail(id);
  if (loading) {
    return (
      <Card aria-busy="true" className="sd-phone-page">
        <Skeleton active paragraph={{ rows: 6 }} />
      </Card>
    );
  }
  if (error && !request) return <QueryError title={t('ops.detail.loadFailed')} error={error} onRetry={refresh} />;
  if (notFound || !request) return <Result status="404" title={t('ops.detail.notFound')} extra={<ButtonLink to="/tech" type="primary">{t('ops.tech.backToJobs')}</ButtonLink>} />;
  return <Job request={request} refresh={refresh} />;
}

function Job({ request, refresh }: { request: ServiceRequestDetail; refresh: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { notify } = useFeedback();
  const [technicianId] = useTechnicianIdentity();
  const [{ running }, run] = useRequestCommand();
  const [stepError, setStepError] = useState<string | null>(null);
  const arrivedAt = arrivalOf(request.events);
  const can = (kind: (typeof request.allowedCommands)[number]) => request.allowedCommands.includes(kind);
  const visiting = ['DISPATCHED', 'IN_PROGRESS', 'ON_HOLD'].includes(request.status);
  const lastVisit = request.visits[request.visits.length - 1] ?? null;

  const step = async (kind: 'START' | 'RESUME' | 'RESOLVE') => {
    setStepError(null);
    const outcome = await run(kind, { id: request.id, expectedVersion: request.version });
    if (outcome.ok) notify('success', t(kind === 'RESOLVE' ? 'ops.tech.resolved' : 'ops.tech.arrived', { code: request.code }));
    else setStepError(outcome.error ? describeGraphqlError(outcome.error, t) : t('common.unknownError'));
  };

  return (
    <div className="sd-phone-page">
      <PageHeader
        title={request.code}
        subtitle={
          <Space size={4} wrap>
            <StatusTag status={request.status} />
            <PriorityTag priority={request.priority} />
            <WarrantyTag warranty={request.warrantyStatus} />
          </Space>
        }
        actions={
          <ButtonLink to="/tech" icon={<ArrowLeftOutlined aria-hidden />}>
            {t('ops.tech.backToJobs')}
          </ButtonLink>
        }
      />
      <Card size="small" className="sd-section" title={t('ops.tech.customer')}>
        <Typography.Paragraph strong className="sd-job-line">{request.customer.name}</Typography.Paragraph>
        <Flex vertical gap={8}>
          <Button href={`tel:${request.customer.phone}`} icon={<PhoneOutlined aria-hidden />} block>
            {t('ops.tech.call', { phone: request.customer.phone })}
          </Button>
          {request.customer.address ? (
            <Typography.Text>
              <EnvironmentOutlined aria-hidden /> {request.customer.address}
            </Typography.Text>
          ) : null}
        </Flex>
      </Card>
      <Card size="small" className="sd-section" title={t('ops.tech.job')}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('newRequest.fields.productId')}>
            {request.product.model} · {request.product.name}
          </Descriptions.Item>
          <Descriptions.Item label={t('newRequest.fields.serialNo')}>{request.serialNo ?? t('common.none')}</Descriptions.Item>
          <Descriptions.Item label={t('requests.columns.type')}>{t(`enums.serviceType.${request.type}`)}</Descriptions.Item>
          <Descriptions.Item label={t('newRequest.fields.faultDescription')}>{request.faultDescription ?? t('common.none')}</Descriptions.Item>
        </Descriptions>
      </Card>

      <Card size="small" className="sd-section" title={t('ops.tech.onSite')}>
        <Flex vertical gap={8}>
          {can('START') ? (
            <Button type="primary" size="large" block loading={running === 'START'} onClick={() => void step('START')}>
              {t('ops.tech.recordArrival')}
            </Button>
          ) : null}
          {can('RESUME') ? (
            <Button type="primary" size="large" block loading={running === 'RESUME'} onClick={() => void step('RESUME')}>
              {commandLabel('RESUME', language)}
            </Button>
          ) : null}
          {arrivedAt ? <Typography.Text type="secondary">{t('ops.tech.arrivedAt', { at: new Date(arrivedAt).toLocaleString(language) })}</Typography.Text> : null}
          {stepError ? <Alert type="error" showIcon role="alert" title={stepError} /> : null}
        </Flex>
      </Card>

      {visiting ? (
        <Card size="small" className="sd-section" title={t('ops.tech.report')}>
          {technicianId || request.technician ? (
            <VisitForm request={request} technicianId={technicianId ?? request.technician!.id} arrivedAt={arrivedAt} />
          ) : (
            <Alert type="info" showIcon title={t('ops.tech.chooseHint')} />
          )}
        </Card>
      ) : null}

      <Card size="small" className="sd-section" title={t('ops.tech.photos')}>
        <PhotoUpload ownerType={lastVisit ? 'VISIT' : 'SERVICE_REQUEST'} ownerId={lastVisit?.id ?? request.id} uploadedBy={technicianId} onUploaded={refresh} />
        <AttachmentList items={[...request.attachments, ...request.visits.flatMap((visit) => visit.attachments)]} />
      </Card>

      {request.visits.length ? (
        <Card size="small" className="sd-section" title={t('ops.detail.visits')}>
          <VisitList visits={request.visits} />
        </Card>
      ) : null}

      <Card size="small" className="sd-section">
        <Flex vertical gap={8}>
          {can('RESOLVE') ? (
            <Button type="primary" size="large" icon={<CheckCircleOutlined aria-hidden />} block loading={running === 'RESOLVE'} onClick={() => void step('RESOLVE')}>
              {commandLabel('RESOLVE', language)}
            </Button>
          ) : null}
          <SheetDownloadButton requestId={request.id} code={request.code} size="large" block />
        </Flex>
      </Card>
    </div>
  );
}
