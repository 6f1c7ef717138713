import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Flex, Form, Input, Modal, Radio, Result, Row, Skeleton, Space, Tag, Timeline, Typography } from 'antd';
import { COMPLAINT_COMMAND_LABELS, type Locale } from '@stardesk/domain';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFeedback } from '../../../app/feedback';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { ButtonLink } from '../../../shared/components/ButtonLink';
import { CountdownTag } from '../../../shared/components/CountdownTag';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryError } from '../../../shared/components/QueryError';
import { mapServerFieldErrors, showFieldErrors } from '../../../shared/form-errors.util';
import { describeGraphqlError, serverFieldErrorsOf } from '../../../shared/graphql-error.util';
import { useNow } from '../../../shared/hooks/useNow';
import { useComplaintCommand, useComplaintDetail, type ComplaintCommandKind, type ComplaintDetail } from '../hooks/useComplaints';
import { ComplaintStatusTag, EscalationTag, SeverityTag } from './ComplaintTags';

const format = (at: string | null | undefined) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : null);

export function complaintCommandLabel(kind: ComplaintCommandKind, locale: Locale): string {
  const label = COMPLAINT_COMMAND_LABELS[kind][locale];
  return locale === 'en' ? label.charAt(0).toUpperCase() + label.slice(1) : label;
}

export default function ComplaintDetailPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { complaint, loading, notFound, error, refresh } = useComplaintDetail(id);
  if (loading) {
    return (
      <Card aria-busy="true">
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (error && !complaint) return <QueryError title={t('ops.complaints.loadOneFailed')} error={error} onRetry={refresh} />;
  if (notFound || !complaint) {
    return <Result status="404" title={t('ops.complaints.notFound')} extra={<ButtonLink to="/complaints" type="primary">{t('ops.complaints.backToList')}</ButtonLink>} />;
  }
  return <ComplaintView complaint={complaint} />;
}

interface StepValues {
  note?: string;
  resolution?: string;
  customerAccepted?: boolean;
}

function ComplaintView({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { notify } = useFeedback();
  const now = useNow();
  const [running, run] = useComplaintCommand();
  const [step, setStep] = useState<ComplaintCommandKind | null>(null);
  const [form] = Form.useForm<StepValues>();
  const [error, setError] = useState<string | null>(null);
  const { deadlines } = complaint;

  const open = (kind: ComplaintCommandKind) => {
    form.resetFields();
    setError(null);
    setStep(kind);
  };

  const submit = async () => {
    if (!step) return;
    let values: StepValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const outcome = await run(step, { id: complaint.id, expectedVersion: complaint.version, ...values });
    if (outcome.ok) {
      notify('success', t('ops.actions.done', { action: complaintCommandLabel(step, language), code: complaint.code }));
      setStep(null);
      return;
    }
    const fieldErrors = outcome.error ? serverFieldErrorsOf(outcome.error) : null;
    if (fieldErrors) {
      const mapped = mapServerFieldErrors(fieldErrors, ['note', 'resolution', 'customerAccepted']);
      showFieldErrors(form, mapped.fields);
      setError(mapped.unmatched.map((item) => item.message).join(' ') || null);
      return;
    }
    setError(outcome.error ? describeGraphqlError(outcome.error, t) : t('common.unknownError'));
  };

  return (
    <>
      <PageHeader
        title={t('ops.complaints.detailTitle', { code: complaint.code })}
        subtitle={
          <Space size={4} wrap>
            <ComplaintStatusTag status={complaint.status} />
            <EscalationTag level={complaint.escalationLevel} />
            <SeverityTag severity={complaint.severity} />
            {deadlines.overdue ? <Tag color="red">{t('ops.complaints.overdue')}</Tag> : null}
          </Space>
        }
        actions={
          <ButtonLink to="/complaints" icon={<ArrowLeftOutlined aria-hidden />}>
            {t('ops.complaints.backToList')}
          </ButtonLink>
        }
      />
      <Card className="sd-section" title={t('ops.actions.title')}>
        {complaint.allowedCommands.length ? (
          <Flex gap={8} wrap role="group" aria-label={t('ops.actions.title')}>
            {complaint.allowedCommands.map((kind) => (
              <Button key={kind} type={kind === 'ESCALATE' ? 'default' : 'primary'} danger={kind === 'ESCALATE'} loading={running === kind} onClick={() => open(kind)}>
                {complaintCommandLabel(kind, language)}
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
              <Descriptions.Item label={t('ops.complaints.columns.customer')}>{complaint.customer.name}</Descriptions.Item>
              <Descriptions.Item label={t('requests.columns.customerPhone')}>
                <a href={`tel:${complaint.customer.phone}`}>{complaint.customer.phone}</a>
              </Descriptions.Item>
              <Descriptions.Item label={t('ops.complaints.columns.category')}>{complaint.category ?? t('common.none')}</Descriptions.Item>
              <Descriptions.Item label={t('ops.complaints.columns.outlet')}>{complaint.outlet?.name ?? t('common.none')}</Descriptions.Item>
              <Descriptions.Item label={t('ops.complaints.columns.receivedAt')}>{format(complaint.receivedAt)}</Descriptions.Item>
              <Descriptions.Item label={t('ops.complaints.request')}>
                {complaint.request ? <Link to={`/requests/${complaint.request.id}`}>{complaint.request.code}</Link> : t('common.none')}
              </Descriptions.Item>
              <Descriptions.Item label={t('ops.complaints.description')} span={2}>{complaint.description ?? t('common.none')}</Descriptions.Item>
              {complaint.resolution ? (
                <Descriptions.Item label={t('ops.complaints.resolution')} span={2}>{complaint.resolution}</Descriptions.Item>
              ) : null}
              {complaint.customerAccepted !== null && complaint.customerAccepted !== undefined ? (
                <Descriptions.Item label={t('ops.complaints.customerAccepted')}>
                  {complaint.customerAccepted ? t('ops.complaints.accepted') : t('ops.complaints.notAccepted')}
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('ops.detail.deadlines')}>
            <ul className="sd-plain-list">
              <li className="sd-deadline-row">
                <Typography.Text strong>{t('ops.complaints.deadlineKind.ACKNOWLEDGEMENT')}</Typography.Text>
                {deadlines.acknowledgedInTime === null || deadlines.acknowledgedInTime === undefined ? (
                  <CountdownTag dueAt={deadlines.ackDueAt} now={now} />
                ) : (
                  <Tag color={deadlines.acknowledgedInTime ? 'green' : 'red'}>{t(deadlines.acknowledgedInTime ? 'ops.detail.deadlineState.MET' : 'ops.detail.deadlineState.BREACHED')}</Tag>
                )}
                <Typography.Text type="secondary">{t('ops.detail.dueAt', { at: format(deadlines.ackDueAt) })}</Typography.Text>
              </li>
              <li className="sd-deadline-row">
                <Typography.Text strong>{t('ops.complaints.deadlineKind.RESOLUTION')}</Typography.Text>
                {deadlines.closedInTime === null || deadlines.closedInTime === undefined ? (
                  <CountdownTag dueAt={deadlines.resolutionDueAt} now={now} />
                ) : (
                  <Tag color={deadlines.closedInTime ? 'green' : 'red'}>{t(deadlines.closedInTime ? 'ops.detail.deadlineState.MET' : 'ops.detail.deadlineState.BREACHED')}</Tag>
                )}
                <Typography.Text type="secondary">{t('ops.detail.dueAt', { at: format(deadlines.resolutionDueAt) })}</Typography.Text>
              </li>
            </ul>
          </Card>
        </Col>
      </Row>
      <Card title={t('ops.detail.timeline')} className="sd-section">
        <Timeline
          items={complaint.events.map((event) => ({
            key: event.id,
            color: event.action === 'ESCALATE' ? 'red' : event.action === 'CLOSE' ? 'green' : 'blue',
            content: (
              <div>
                <Typography.Text strong>{t(`ops.complaints.action.${event.action}`)}</Typography.Text>
                {event.action === 'ESCALATE' && event.fromLevel ? (
                  <Typography.Text>
                    {' '}
                    <EscalationTag level={event.fromLevel} />→ <EscalationTag level={event.toLevel} />
                    {event.escalationReason === 'DEADLINE_PASSED' && event.deadline
                      ? t('ops.complaints.autoEscalated', { deadline: t(`ops.complaints.deadlineKind.${event.deadline}`) })
                      : null}
                  </Typography.Text>
                ) : null}
                <br />
                <Typography.Text type="secondary">
                  {format(event.at)} · {event.actor?.name ?? t('ops.detail.system')}
                </Typography.Text>
                {event.note ? <Typography.Paragraph className="sd-timeline-note">{event.note}</Typography.Paragraph> : null}
              </div>
            ),
          }))}
        />
      </Card>
      <Modal
        open={step !== null}
        title={step ? t('ops.actions.dialogTitle', { action: complaintCommandLabel(step, language), code: complaint.code }) : ''}
        okText={step ? complaintCommandLabel(step, language) : ''}
        cancelText={t('common.cancel')}
        okButtonProps={{ loading: running !== null, danger: step === 'ESCALATE' }}
        onOk={() => void submit()}
        onCancel={() => setStep(null)}
        destroyOnHidden
      >
        <Form<StepValues> form={form} layout="vertical" name="complaint-step">
          {step === 'CLOSE' ? (
            <>
              <Form.Item name="resolution" label={t('ops.complaints.resolution')} rules={[{ required: true, whitespace: true, message: t('ops.form.required') }]}>
                <Input.TextArea autoFocus autoSize={{ minRows: 3, maxRows: 8 }} maxLength={2000} showCount />
              </Form.Item>
              <Form.Item name="customerAccepted" label={t('ops.complaints.customerAccepted')} rules={[{ required: true, message: t('ops.form.required') }]}>
                <Radio.Group
                  options={[
                    { value: true, label: t('ops.complaints.accepted') },
                    { value: false, label: t('ops.complaints.notAccepted') },
                  ]}
                />
              </Form.Item>
            </>
          ) : null}
          <Form.Item
            name="note"
            label={step === 'ESCALATE' ? t('ops.actions.reason') : t('ops.actions.note')}
            rules={step === 'ESCALATE' ? [{ required: true, whitespace: true, message: t('ops.actions.reasonRequired') }] : []}
          >
            <Input.TextArea autoFocus={step !== 'CLOSE'} autoSize={{ minRows: 2, maxRows: 6 }} maxLength={500} showCount />
          </Form.Item>
        </Form>
        {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
      </Modal>
    </>
  );
}
