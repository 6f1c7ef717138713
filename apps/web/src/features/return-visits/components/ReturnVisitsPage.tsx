import { Alert, Button, Card, Empty, Flex, Form, Input, InputNumber, Modal, Radio, Rate, Segmented, Select, Table, Tag, Typography, type FormRule, type TableColumnsType } from 'antd';
import { RETURN_VISIT_METHODS, RETURN_VISIT_METHOD_LABELS, RETURN_VISIT_OUTCOMES, RETURN_VISIT_OUTCOME_LABELS } from '@stardesk/domain';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useClient } from 'urql';
import { useFeedback } from '../../../app/feedback';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useCurrentOrganisation } from '../../../app/organisation/organisation-context';
import type { ReturnVisitsQuery, ReturnVisitStatus } from '../../../gql/graphql';
import { CountdownTag } from '../../../shared/components/CountdownTag';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryError } from '../../../shared/components/QueryError';
import { mapServerFieldErrors, showFieldErrors } from '../../../shared/form-errors.util';
import { describeGraphqlError, serverFieldErrorsOf } from '../../../shared/graphql-error.util';
import { useCursorList } from '../../../shared/hooks/useCursorList';
import { useNow } from '../../../shared/hooks/useNow';
import { RecordReturnVisitAttemptDocument, ReturnVisitsDocument } from '../graphql/return-visits';
import { ATTEMPT_FIELDS, checkAttempt, toAttemptInput, urgencyOf, type AttemptFormValues } from '../return-visit.util';

type ReturnVisitRow = ReturnVisitsQuery['returnVisits']['edges'][number]['node'];

const TYPENAMES = ['ReturnVisit'];
const select = (data: ReturnVisitsQuery) => data.returnVisits;
const VIEWS = { todo: ['SCHEDULED'], finished: ['DONE', 'REFUSED', 'UNREACHABLE', 'CANCELLED'] } as const satisfies Record<string, readonly ReturnVisitStatus[]>;
type View = keyof typeof VIEWS;

const URGENCY_COLORS = { overdue: 'red', dueToday: 'gold', upcoming: 'blue' } as const;

export default function ReturnVisitsPage() {
  const { t } = useTranslation();
  const { timeZone } = useCurrentOrganisation();
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'finished' ? 'finished' : 'todo';
  const variables = useMemo(() => ({ first: 20, filter: { statuses: [...VIEWS[view]] } }), [view]);
  const list = useCursorList(ReturnVisitsDocument, variables, select, TYPENAMES);
  const [recording, setRecording] = useState<ReturnVisitRow | null>(null);

  const columns: TableColumnsType<ReturnVisitRow> = [
    { key: 'request', title: t('ops.returnVisits.columns.request'), width: 160, render: (_, row) => <Link to={`/requests/${row.requestId}`}>{row.requestCode}</Link> },
    { key: 'customer', title: t('ops.returnVisits.columns.customer'), width: 150, render: (_, row) => (
      <Flex vertical>
        <span>{row.customerName}</span>
        <a href={`tel:${row.customerPhone}`}>{row.customerPhone}</a>
      </Flex>
    ) },
    { key: 'outlet', title: t('ops.returnVisits.columns.outlet'), width: 150, ellipsis: true, render: (_, row) => row.outletName },
    { key: 'closedAt', title: t('ops.returnVisits.columns.closedAt'), width: 140, render: (_, row) => dayjs(row.closedAt).format('YYYY-MM-DD HH:mm') },
    {
      key: 'due',
      title: t('ops.returnVisits.columns.due'),
      width: 200,
      render: (_, row) =>
        row.status === 'SCHEDULED' ? (
          <Flex vertical gap={2}>
            <Tag color={URGENCY_COLORS[urgencyOf(row.dueAt, now, timeZone)]}>{t(`ops.returnVisits.urgency.${urgencyOf(row.dueAt, now, timeZone)}`)}</Tag>
            <CountdownTag dueAt={row.dueAt} now={now} />
          </Flex>
        ) : (
          dayjs(row.dueAt).format('YYYY-MM-DD HH:mm')
        ),
    },
    { key: 'status', title: t('ops.returnVisits.columns.status'), width: 140, render: (_, row) => <Tag>{row.statusLabel}</Tag> },
    {
      key: 'attempts',
      title: t('ops.returnVisits.columns.attempts'),
      width: 170,
      render: (_, row) => (
        <Flex vertical>
          <span>{t('ops.returnVisits.attemptCount', { count: row.attemptCount })}</span>
          {row.outcomeLabel ? <Typography.Text type="secondary">{row.outcomeLabel}</Typography.Text> : null}
          {row.nextAttemptAt ? <Typography.Text type="secondary">{t('ops.returnVisits.nextAttempt', { at: dayjs(row.nextAttemptAt).format('MM-DD HH:mm') })}</Typography.Text> : null}
        </Flex>
      ),
    },
    { key: 'rating', title: t('ops.returnVisits.columns.rating'), width: 150, render: (_, row) => (row.rating ? <Rate disabled value={row.rating} aria-label={t('ops.returnVisits.ratingValue', { rating: row.rating })} /> : t('common.none')) },
    {
      key: 'action',
      title: t('ops.returnVisits.columns.action'),
      width: 130,
      fixed: 'end',
      render: (_, row) =>
        row.status === 'SCHEDULED' ? (
          <Button type="primary" size="small" onClick={() => setRecording(row)} aria-label={t('ops.returnVisits.recordFor', { code: row.requestCode })}>
            {t('ops.returnVisits.record')}
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <PageHeader title={t('ops.returnVisits.title')} subtitle={t('ops.returnVisits.subtitle')} />
      <Card className="sd-section">
        <Segmented<View>
          aria-label={t('ops.returnVisits.viewLabel')}
          value={view}
          onChange={(value) => void setParams(value === 'todo' ? {} : { view: value }, { replace: true })}
          options={[
            { value: 'todo', label: t('ops.returnVisits.views.todo') },
            { value: 'finished', label: t('ops.returnVisits.views.finished') },
          ]}
        />
      </Card>
      <Card className="sd-section">
        {list.error && list.rows.length === 0 ? (
          <QueryError title={t('ops.returnVisits.loadFailed')} error={list.error} onRetry={list.retry} />
        ) : (
          <>
            <Table<ReturnVisitRow>
              aria-label={t('ops.returnVisits.title')}
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={list.rows}
              loading={list.initialLoading || list.refreshing}
              pagination={false}
              scroll={{ x: 1390 }}
              locale={{ emptyText: list.initialLoading ? <span /> : <Empty description={t(view === 'todo' ? 'ops.returnVisits.emptyTodo' : 'ops.returnVisits.emptyFinished')} /> }}
            />
            <Flex className="sd-list-footer" justify="space-between" align="center" gap={12} wrap>
              <Typography.Text type="secondary" aria-live="polite">
                {list.initialLoading ? t('common.loading') : t('requests.count', { shown: list.rows.length, total: list.totalCount })}
              </Typography.Text>
              {list.hasNextPage ? (
                <Button onClick={() => void list.loadMore()} loading={list.loadingMore}>
                  {t('requests.loadMore')}
                </Button>
              ) : null}
            </Flex>
            {list.loadMoreError ? <Alert type="error" showIcon title={t('requests.loadMoreFailed', { reason: describeGraphqlError(list.loadMoreError, t) })} /> : null}
          </>
        )}
      </Card>
      {recording ? <RecordAttemptDialog visit={recording} onClose={() => setRecording(null)} /> : null}
    </>
  );
}

function RecordAttemptDialog({ visit, onClose }: { visit: ReturnVisitRow; onClose: () => void }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { notify } = useFeedback();
  const client = useClient();
  const [form] = Form.useForm<AttemptFormValues>();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /** Each field checked with the shared attempt rules (rating required when completed, …), in the UI language. */
  const rule =
    (field: string): FormRule =>
    ({ getFieldsValue }) => ({
      validator: async () => {
        const problem = checkAttempt(getFieldsValue(true) as AttemptFormValues, visit.closedAt, new Date(), language).find((item) => item.name[0] === field);
        if (problem) throw new Error(problem.errors[0]);
      },
    });

  const submit = async () => {
    try {
      await form.validateFields();
    } catch {
      return;
    }
    const values = form.getFieldsValue(true) as AttemptFormValues;
    setSaving(true);
    setError(null);
    const result = await client.mutation(RecordReturnVisitAttemptDocument, { input: toAttemptInput(visit.id, visit.version, values) }).toPromise();
    setSaving(false);
    if (!result.error && result.data) {
      notify('success', t('ops.returnVisits.recorded', { code: visit.requestCode }));
      onClose();
      return;
    }
    const fieldErrors = serverFieldErrorsOf(result.error);
    if (fieldErrors) {
      const mapped = mapServerFieldErrors(fieldErrors, ATTEMPT_FIELDS);
      showFieldErrors(form, mapped.fields);
      setError(mapped.unmatched.map((item) => item.message).join(' ') || null);
      return;
    }
    setError(result.error ? describeGraphqlError(result.error, t) : t('common.unknownError'));
  };

  return (
    <Modal
      open
      title={t('ops.returnVisits.dialogTitle', { code: visit.requestCode, name: visit.customerName })}
      okText={t('ops.returnVisits.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: saving }}
      onOk={() => void submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<AttemptFormValues> form={form} layout="vertical" name="return-visit-attempt" initialValues={{ method: 'PHONE' }}>
        <Form.Item name="method" label={t('ops.returnVisits.fields.method')} rules={[rule('method')]} required>
          <Select options={RETURN_VISIT_METHODS.map((value) => ({ value, label: RETURN_VISIT_METHOD_LABELS[value][language] }))} />
        </Form.Item>
        <Form.Item name="outcome" label={t('ops.returnVisits.fields.outcome')} rules={[rule('outcome')]} required>
          <Radio.Group optionType="button" options={RETURN_VISIT_OUTCOMES.map((value) => ({ value, label: RETURN_VISIT_OUTCOME_LABELS[value][language] }))} />
        </Form.Item>
        <Form.Item noStyle shouldUpdate={(previous, next) => previous.outcome !== next.outcome}>
          {({ getFieldValue }) =>
            getFieldValue('outcome') === 'COMPLETED' ? (
              <>
                <Form.Item name="rating" label={t('ops.returnVisits.fields.rating')} rules={[rule('rating')]} required>
                  <Rate aria-label={t('ops.returnVisits.fields.rating')} />
                </Form.Item>
                <Form.Item name="recommend" label={t('ops.returnVisits.fields.recommend')} rules={[rule('recommend')]}>
                  <InputNumber min={0} max={10} precision={0} />
                </Form.Item>
                <Form.Item name="comment" label={t('ops.returnVisits.fields.comment')} rules={[rule('comment')]}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={1000} showCount />
                </Form.Item>
              </>
            ) : null
          }
        </Form.Item>
        <Form.Item name="note" label={t('ops.returnVisits.fields.note')} rules={[rule('note')]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={500} showCount />
        </Form.Item>
      </Form>
      {error ? <Alert type="error" showIcon role="alert" title={error} /> : null}
    </Modal>
  );
}
