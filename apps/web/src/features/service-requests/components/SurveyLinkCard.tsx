import { CopyOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Input, Modal, Rate, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFeedback } from '../../../app/feedback';
import { describeGraphqlError } from '../../../shared/graphql-error.util';
import { CreateSurveyInvitationDocument } from '../graphql/survey-invitation';
import type { ServiceRequestDetail } from '../hooks/useServiceRequestDetail';
import { surveyCardAction, surveyLinkUrl } from '../survey-link.util';

const format = (at: string | null | undefined) => (at ? dayjs(at).format('YYYY-MM-DD HH:mm') : '');
const STATE_COLOURS = { OPEN: 'processing', ANSWERED: 'success', EXPIRED: 'default', UNKNOWN: 'default' } as const;

/**
 * Satisfaction (满意度) of one request: its survey links and ratings, and sending the one-time link
 * once the request is closed. The link is shown once, to copy into an SMS or chat: the API keeps only
 * its hash.
 */
export function SurveyLinkCard({ request }: { request: ServiceRequestDetail }) {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const [{ fetching }, create] = useMutation(CreateSurveyInvitationDocument);
  const [link, setLink] = useState<{ url: string; expiresAt: string } | null>(null);
  const action = surveyCardAction(request.status, request.closedAt ?? null, request.surveyInvitations);

  const send = async () => {
    const result = await create({ input: { requestId: request.id } }, { additionalTypenames: ['ServiceRequest'] });
    const created = result.data?.createSurveyInvitation;
    if (!created || result.error) {
      notify('error', result.error ? describeGraphqlError(result.error, t) : t('common.unknownError'));
      return;
    }
    setLink({ url: surveyLinkUrl(window.location.origin, created.path), expiresAt: created.invitation.expiresAt });
  };
  const copy = async (url: string) => {
    try {
      await navigator.clipboard.writeText(url);
      notify('success', t('ops.survey.copied'));
    } catch {
      notify('error', t('ops.survey.copyFailed'));
    }
  };

  return (
    <Card
      title={t('ops.survey.title')}
      className="sd-section"
      extra={
        action.kind === 'send' ? (
          <Button icon={<SendOutlined aria-hidden />} loading={fetching} onClick={() => void send()}>
            {t('ops.survey.send')}
          </Button>
        ) : null
      }
    >
      {action.kind === 'wait' ? (
        <Typography.Paragraph type="secondary">{t(`ops.survey.wait.${action.reason}`)}</Typography.Paragraph>
      ) : null}
      {request.surveyResponses.length === 0 && request.surveyInvitations.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ops.survey.none')} />
      ) : (
        <ul className="sd-plain-list" aria-label={t('ops.survey.title')}>
          {request.surveyResponses.map((response) => (
            <li key={response.id}>
              <Space wrap>
                <Rate disabled value={response.overall} aria-label={t('ops.survey.rating', { rating: response.overall })} />
                <Typography.Text>{t('ops.survey.rating', { rating: response.overall })}</Typography.Text>
                <Tag>{t(`ops.survey.source.${response.source}`)}</Tag>
                <Typography.Text type="secondary">{format(response.submittedAt)}</Typography.Text>
              </Space>
              {response.comment ? <Typography.Paragraph type="secondary">{response.comment}</Typography.Paragraph> : null}
            </li>
          ))}
          {request.surveyInvitations.map((invitation) => (
            <li key={invitation.id}>
              <Tag color={STATE_COLOURS[invitation.state]}>{t(`ops.survey.state.${invitation.state}`)}</Tag>
              <Typography.Text type="secondary">
                {t('ops.survey.sentAt', { at: format(invitation.sentAt) })} · {t('ops.survey.expiresAt', { at: format(invitation.expiresAt) })}
              </Typography.Text>
            </li>
          ))}
        </ul>
      )}

      <Modal
        open={link !== null}
        title={t('ops.survey.linkTitle')}
        onCancel={() => setLink(null)}
        onOk={() => setLink(null)}
        okText={t('ops.survey.done')}
        cancelButtonProps={{ style: { display: 'none' } }}
        destroyOnHidden
      >
        {link ? (
          <Space direction="vertical" style={{ width: '100%' }}>
            <Alert type="info" showIcon message={t('ops.survey.onceOnly', { at: format(link.expiresAt) })} />
            <Space.Compact style={{ width: '100%' }}>
              <Input readOnly value={link.url} aria-label={t('ops.survey.linkLabel')} onFocus={(event) => event.target.select()} />
              <Button icon={<CopyOutlined aria-hidden />} onClick={() => void copy(link.url)}>
                {t('ops.survey.copy')}
              </Button>
            </Space.Compact>
          </Space>
        ) : null}
      </Modal>
    </Card>
  );
}
