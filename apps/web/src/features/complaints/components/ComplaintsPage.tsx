import { Alert, Button, Card, Checkbox, Col, Empty, Flex, Form, Row, Select, Table, Typography, type TableColumnsType } from 'antd';
import { COMPLAINT_SEVERITIES, COMPLAINT_STATUSES, COMPLAINT_STATUS_LABELS, type ComplaintSeverity, type ComplaintStatus } from '@stardesk/domain';
import dayjs from 'dayjs';
import { PlusOutlined } from '@ant-design/icons';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { CountdownTag } from '../../../shared/components/CountdownTag';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryError } from '../../../shared/components/QueryError';
import { describeGraphqlError } from '../../../shared/graphql-error.util';
import { useNow } from '../../../shared/hooks/useNow';
import { applyComplaintFilters, complaintFiltersFromSearchParams, EMPTY_COMPLAINT_FILTERS, toComplaintFilter, type ComplaintListFilters } from '../complaint-filter.util';
import { useComplaintList, type ComplaintRow } from '../hooks/useComplaints';
import { ComplaintStatusTag, EscalationTag, SeverityTag } from './ComplaintTags';
import { RegisterComplaintDialog } from './RegisterComplaintDialog';

export default function ComplaintsPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => complaintFiltersFromSearchParams(params), [params]);
  const setFilters = useCallback(
    (next: ComplaintListFilters) => void setParams((current) => applyComplaintFilters(next, current), { replace: true }),
    [setParams],
  );
  const filter = useMemo(() => toComplaintFilter(filters), [filters]);
  const list = useComplaintList(filter);
  const filtered = filters.statuses.length > 0 || filters.severities.length > 0 || filters.overdueOnly;
  const [registering, setRegistering] = useState(false);

  const columns: TableColumnsType<ComplaintRow> = [
    { key: 'code', title: t('ops.complaints.columns.code'), width: 170, fixed: 'start', render: (_, row) => <Link to={`/complaints/${row.id}`}>{row.code}</Link> },
    { key: 'receivedAt', title: t('ops.complaints.columns.receivedAt'), width: 150, render: (_, row) => dayjs(row.receivedAt).format('YYYY-MM-DD HH:mm') },
    { key: 'customer', title: t('ops.complaints.columns.customer'), width: 110, render: (_, row) => row.customer.name },
    { key: 'category', title: t('ops.complaints.columns.category'), width: 110, render: (_, row) => row.category ?? t('common.none') },
    { key: 'severity', title: t('ops.complaints.columns.severity'), width: 90, render: (_, row) => <SeverityTag severity={row.severity} /> },
    { key: 'status', title: t('ops.complaints.columns.status'), width: 100, render: (_, row) => <ComplaintStatusTag status={row.status} /> },
    { key: 'level', title: t('ops.complaints.columns.level'), width: 120, render: (_, row) => <EscalationTag level={row.escalationLevel} /> },
    {
      key: 'deadline',
      title: t('ops.complaints.columns.deadline'),
      width: 200,
      render: (_, row) =>
        row.deadlines.dueAt && row.deadlines.next ? (
          <Flex vertical gap={2}>
            <Typography.Text type="secondary">{t(`ops.complaints.deadlineKind.${row.deadlines.next}`)}</Typography.Text>
            <CountdownTag dueAt={row.deadlines.dueAt} now={now} />
          </Flex>
        ) : (
          t('common.none')
        ),
    },
    { key: 'outlet', title: t('ops.complaints.columns.outlet'), width: 150, ellipsis: true, render: (_, row) => row.outlet?.name ?? t('common.none') },
  ];

  return (
    <>
      <PageHeader
        title={t('ops.complaints.title')}
        subtitle={t('ops.complaints.subtitle')}
        actions={
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setRegistering(true)}>
            {t('ops.complaints.register')}
          </Button>
        }
      />
      <Card className="sd-section">
        <Form layout="vertical" role="search" aria-label={t('requests.filters')} onSubmitCapture={(event) => event.preventDefault()}>
          <Row gutter={[16, 0]} align="bottom">
            <Col xs={24} md={9}>
              <Form.Item label={t('ops.complaints.statusFilter')} htmlFor="complaint-filter-status">
                <Select<ComplaintStatus[]>
                  id="complaint-filter-status"
                  mode="multiple"
                  allowClear
                  placeholder={t('ops.complaints.openOnly')}
                  value={filters.statuses}
                  onChange={(statuses) => setFilters({ ...filters, statuses })}
                  options={COMPLAINT_STATUSES.map((status) => ({ value: status, label: COMPLAINT_STATUS_LABELS[status][language] }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item label={t('ops.complaints.severityFilter')} htmlFor="complaint-filter-severity">
                <Select<ComplaintSeverity[]>
                  id="complaint-filter-severity"
                  mode="multiple"
                  allowClear
                  placeholder={t('ops.complaints.allSeverities')}
                  value={filters.severities}
                  onChange={(severities) => setFilters({ ...filters, severities })}
                  options={COMPLAINT_SEVERITIES.map((severity) => ({ value: severity, label: t(`ops.complaints.severity.${severity}`) }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={7}>
              <Form.Item>
                <Checkbox checked={filters.overdueOnly} onChange={(event) => setFilters({ ...filters, overdueOnly: event.target.checked })}>
                  {t('ops.complaints.overdueOnly')}
                </Checkbox>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </Card>
      <Card className="sd-section">
        {list.error && list.rows.length === 0 ? (
          <QueryError title={t('ops.complaints.loadFailed')} error={list.error} onRetry={list.retry} />
        ) : (
          <>
            <Table<ComplaintRow>
              aria-label={t('ops.complaints.title')}
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={list.rows}
              loading={list.initialLoading || list.refreshing}
              pagination={false}
              scroll={{ x: 1200 }}
              rowClassName={(row) => (row.deadlines.overdue ? 'sd-row-overdue' : '')}
              locale={{
                emptyText: list.initialLoading ? (
                  <span />
                ) : (
                  <Empty description={filtered ? t('ops.complaints.emptyFiltered') : t('ops.complaints.empty')}>
                    {filtered ? <Button onClick={() => setFilters(EMPTY_COMPLAINT_FILTERS)}>{t('requests.clearFilters')}</Button> : null}
                  </Empty>
                ),
              }}
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
            {list.loadMoreError ? (
              <Alert type="error" showIcon title={t('requests.loadMoreFailed', { reason: describeGraphqlError(list.loadMoreError, t) })} />
            ) : null}
          </>
        )}
      </Card>
      {registering ? <RegisterComplaintDialog onClose={() => setRegistering(false)} /> : null}
    </>
  );
}
