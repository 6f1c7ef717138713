import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Empty, Flex, Form, Input, Select, Space, Table, Tag, type TableColumnsType } from 'antd';
import { CHANGE_NOTIFICATION_KINDS, type ChangeNotificationKind } from '@stardesk/domain';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFeedback } from '../../../app/feedback';
import type { ChangeNotificationsQuery } from '../../../gql/graphql';
import { QueryError } from '../../../shared/components/QueryError';
import { ChangeNotificationsDocument, CreateChangeNotificationDocument, RecordNotificationSentDocument } from '../graphql/quality-registers';
import { useOrganisationToday } from '../hooks/useOrganisationToday';
import { usePagedList } from '../hooks/usePagedList';
import { toLocalDate } from '../quality-registers.util';
import { DeadlineTag } from './DeadlineTag';
import { ListFooter } from './ListFooter';
import { RecordModal, outcomeOf } from './RecordModal';

type NotificationRow = ChangeNotificationsQuery['changeNotifications']['edges'][number]['node'];
const STATE_COLOURS = { PENDING: 'blue', OVERDUE: 'red', NOTIFIED: 'green', NOTIFIED_LATE: 'orange' } as const;
const CONTEXT = { additionalTypenames: ['ChangeNotification'] };

/** 变更通报登记: what the certification body must be told, the deadline, and when it was told. */
export default function ChangeNotificationsPage() {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const today = useOrganisationToday();
  const list = usePagedList(ChangeNotificationsDocument, {}, (data) => data.changeNotifications, 'ChangeNotification');
  const [creating, setCreating] = useState(false);
  const [sending, setSending] = useState<NotificationRow | null>(null);
  const [, create] = useMutation(CreateChangeNotificationDocument);
  const [, recordSent] = useMutation(RecordNotificationSentDocument);

  const columns: TableColumnsType<NotificationRow> = [
    { key: 'kind', title: t('quality.notifications.columns.kind'), render: (_, row) => t(`quality.notificationKinds.${row.kind}`) },
    { key: 'description', title: t('quality.notifications.columns.description'), dataIndex: 'description' },
    { key: 'occurredOn', title: t('quality.notifications.columns.occurredOn'), dataIndex: 'occurredOn' },
    {
      key: 'deadline',
      title: t('quality.notifications.columns.deadline'),
      render: (_, row) => (
        <Space size={4}>
          <span>{row.deadline}</span>
          <DeadlineTag deadline={row.deadline} state={row.state} today={today} />
        </Space>
      ),
    },
    { key: 'state', title: t('quality.notifications.columns.state'), render: (_, row) => <Tag color={STATE_COLOURS[row.state]}>{t(`quality.notificationStates.${row.state}`)}</Tag> },
    {
      key: 'notifiedOn',
      title: t('quality.notifications.columns.notifiedOn'),
      render: (_, row) =>
        row.notifiedOn ? `${row.notifiedOn}${row.notificationReference ? ` · ${row.notificationReference}` : ''}` : (
          <Button size="small" type="primary" onClick={() => setSending(row)}>
            {t('quality.notifications.markSent')}
          </Button>
        ),
    },
  ];

  return (
    <Card className="sd-section">
      <Flex justify="space-between" align="center" gap={12} wrap className="sd-section">
        <Alert type="info" showIcon title={t('quality.notifications.deadlineRule')} />
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('quality.notifications.create')}
        </Button>
      </Flex>
      {list.error && list.rows.length === 0 ? (
        <QueryError title={t('quality.common.loadFailed')} error={list.error} onRetry={list.refresh} />
      ) : (
        <>
          <Table<NotificationRow>
            rowKey="id"
            columns={columns}
            dataSource={list.rows}
            loading={list.initialLoading}
            pagination={false}
            scroll={{ x: true }}
            locale={{ emptyText: list.initialLoading ? <span /> : <Empty description={t('quality.notifications.empty')} /> }}
          />
          <ListFooter list={list} />
        </>
      )}

      <RecordModal<{ kind?: ChangeNotificationKind; description?: string; occurredOn?: Dayjs; certificationBody?: string }>
        title={t('quality.notifications.create')}
        open={creating}
        onClose={() => setCreating(false)}
        fieldNames={['kind', 'description', 'occurredOn', 'certificationBody']}
        onSubmit={async ({ occurredOn, ...values }) => {
          const outcome = outcomeOf(await create({ input: { ...values, occurredOn: toLocalDate(occurredOn) } }, CONTEXT));
          if (outcome.ok) {
            notify('success', t('quality.notifications.created'));
            list.refresh();
          }
          return outcome;
        }}
      >
        {() => (
          <>
            <Form.Item name="kind" label={t('quality.notifications.fields.kind')} required>
              <Select options={CHANGE_NOTIFICATION_KINDS.map((kind) => ({ value: kind, label: t(`quality.notificationKinds.${kind}`) }))} />
            </Form.Item>
            <Form.Item name="description" label={t('quality.notifications.fields.description')} required>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="occurredOn" label={t('quality.notifications.fields.occurredOn')} required>
              <DatePicker className="sd-full-width" />
            </Form.Item>
            <Form.Item name="certificationBody" label={t('quality.notifications.fields.certificationBody')}>
              <Input maxLength={100} />
            </Form.Item>
          </>
        )}
      </RecordModal>

      <RecordModal<{ notifiedOn?: Dayjs; reference?: string }>
        title={t('quality.notifications.markSent')}
        open={sending !== null}
        onClose={() => setSending(null)}
        fieldNames={['notifiedOn', 'reference']}
        initialValues={{ notifiedOn: dayjs() }}
        onSubmit={async ({ notifiedOn, reference }) => {
          if (!sending) return { ok: true };
          const outcome = outcomeOf(await recordSent({ input: { id: sending.id, expectedVersion: sending.version, notifiedOn: toLocalDate(notifiedOn), reference } }, CONTEXT));
          if (outcome.ok) {
            notify('success', t('quality.common.saved'));
            list.refresh();
          }
          return outcome;
        }}
      >
        {() => (
          <>
            <Form.Item name="notifiedOn" label={t('quality.notifications.fields.notifiedOn')} required>
              <DatePicker className="sd-full-width" />
            </Form.Item>
            <Form.Item name="reference" label={t('quality.notifications.fields.reference')}>
              <Input maxLength={100} />
            </Form.Item>
          </>
        )}
      </RecordModal>
    </Card>
  );
}
