import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, DatePicker, Empty, Flex, Form, Input, Select, Table, Typography, type TableColumnsType } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useFeedback } from '../../../app/feedback';
import type { ManagementReviewsQuery } from '../../../gql/graphql';
import { QueryError } from '../../../shared/components/QueryError';
import { CreateManagementReviewDocument, ManagementReviewsDocument } from '../graphql/quality-registers';
import { usePagedList } from '../hooks/usePagedList';
import { useReportDocumentChoices } from '../hooks/useReportDocumentChoices';
import { splitNames, toLocalDate } from '../quality-registers.util';
import { ListFooter } from './ListFooter';
import { RecordModal, outcomeOf } from './RecordModal';

type ReviewRow = ManagementReviewsQuery['managementReviews']['edges'][number]['node'];

interface ReviewValues {
  title?: string;
  reviewDate?: Dayjs;
  chair?: string;
  attendees?: string;
  inputs?: string;
  decisions?: string;
  reportDocumentId?: string;
}

/** 管理评审: who reviewed what, and what was decided. */
export default function ManagementReviewsPage() {
  const { t } = useTranslation();
  const { notify } = useFeedback();
  const reports = useReportDocumentChoices('MANAGEMENT_REVIEW_REPORT');
  const list = usePagedList(ManagementReviewsDocument, {}, (data) => data.managementReviews, 'ManagementReview');
  const [creating, setCreating] = useState(false);
  const [, create] = useMutation(CreateManagementReviewDocument);

  const columns: TableColumnsType<ReviewRow> = [
    { key: 'title', title: t('quality.reviews.columns.title'), dataIndex: 'title' },
    { key: 'reviewDate', title: t('quality.reviews.columns.reviewDate'), dataIndex: 'reviewDate' },
    { key: 'attendees', title: t('quality.reviews.columns.attendees'), render: (_, row) => [row.chair, ...row.attendees.filter((name) => name !== row.chair)].filter(Boolean).join('、') },
    {
      key: 'decisions',
      title: t('quality.reviews.columns.decisions'),
      render: (_, row) => <Typography.Paragraph ellipsis={{ rows: 2, expandable: true }}>{row.decisions ?? t('quality.common.none')}</Typography.Paragraph>,
    },
    { key: 'report', title: t('quality.reviews.columns.report'), render: (_, row) => (row.reportDocument ? `${row.reportDocument.title}（${row.reportDocument.versionLabel}）` : t('quality.common.none')) },
  ];

  return (
    <Card className="sd-section">
      <Flex justify="flex-end" className="sd-section">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
          {t('quality.reviews.create')}
        </Button>
      </Flex>
      {list.error && list.rows.length === 0 ? (
        <QueryError title={t('quality.common.loadFailed')} error={list.error} onRetry={list.refresh} />
      ) : (
        <>
          <Table<ReviewRow>
            rowKey="id"
            columns={columns}
            dataSource={list.rows}
            loading={list.initialLoading}
            pagination={false}
            scroll={{ x: true }}
            expandable={{ expandedRowRender: (row) => <Typography.Paragraph className="sd-pre-wrap">{row.inputs}</Typography.Paragraph> }}
            locale={{ emptyText: list.initialLoading ? <span /> : <Empty description={t('quality.reviews.empty')} /> }}
          />
          <ListFooter list={list} />
        </>
      )}

      <RecordModal<ReviewValues>
        title={t('quality.reviews.create')}
        open={creating}
        onClose={() => setCreating(false)}
        fieldNames={['title', 'reviewDate', 'chair', 'attendees', 'inputs', 'decisions', 'reportDocumentId']}
        onSubmit={async ({ reviewDate, attendees, ...values }) => {
          const outcome = outcomeOf(await create({ input: { ...values, reviewDate: toLocalDate(reviewDate), attendees: splitNames(attendees) } }, { additionalTypenames: ['ManagementReview'] }));
          if (outcome.ok) {
            notify('success', t('quality.reviews.created'));
            list.refresh();
          }
          return outcome;
        }}
      >
        {() => (
          <>
            <Form.Item name="title" label={t('quality.reviews.fields.title')} required>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="reviewDate" label={t('quality.reviews.fields.reviewDate')} required>
              <DatePicker className="sd-full-width" />
            </Form.Item>
            <Form.Item name="chair" label={t('quality.reviews.fields.chair')}>
              <Input maxLength={64} />
            </Form.Item>
            <Form.Item name="attendees" label={t('quality.reviews.fields.attendees')} required extra={t('quality.common.namesHelp')}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name="inputs" label={t('quality.reviews.fields.inputs')} required extra={t('quality.reviews.inputsHelp')}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="decisions" label={t('quality.reviews.fields.decisions')}>
              <Input.TextArea rows={3} />
            </Form.Item>
            <Form.Item name="reportDocumentId" label={t('quality.reviews.fields.reportDocumentId')}>
              <Select options={reports.options} loading={reports.loading} allowClear />
            </Form.Item>
          </>
        )}
      </RecordModal>
    </Card>
  );
}
