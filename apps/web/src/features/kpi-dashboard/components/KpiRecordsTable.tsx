import { CheckCircleOutlined, ExclamationCircleOutlined } from '@ant-design/icons';
import { kpiDefinition, type KpiKey } from '@stardesk/domain';
import { Button, Empty, Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../../app/i18n/useLanguage';
import { useCurrentOrganisation } from '../../../app/organisation/organisation-context';
import type { KpiRecordsInput, KpiRecordsQuery } from '../../../gql/graphql';
import { QueryError } from '../../../shared/components/QueryError';
import { useCursorList } from '../../../shared/hooks/useCursorList';
import { KpiRecordsDocument } from '../graphql/kpi';
import { KPI_SOURCE_TYPENAMES } from '../hooks/useKpiQueries';

export type KpiRecordRow = KpiRecordsQuery['kpiRecords']['edges'][number]['node'];

const PAGE_SIZE = 20;

/** Where a record can be read in full; ratings, invitations and staff have no page of their own here. */
export function recordLink(record: Pick<KpiRecordRow, 'kind' | 'id'>): string | null {
  if (record.kind === 'REQUEST') return `/requests/${record.id}`;
  if (record.kind === 'COMPLAINT') return `/complaints/${record.id}`;
  return null;
}

/** The records behind a figure (keyset-paged, "load more"), each with its measure, target and whether it fails. */
export function KpiRecordsTable({ input, testId }: { input: KpiRecordsInput; testId?: string }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { timeZone } = useCurrentOrganisation();
  const list = useCursorList(KpiRecordsDocument, { input, first: PAGE_SIZE }, (data) => data.kpiRecords, KPI_SOURCE_TYPENAMES);
  const kpi = input.kpi as KpiKey;
  const unit = kpiDefinition(kpi).unit;
  const measureUnit = unit === 'minutes' || unit === 'hours' ? t(`kpi.units.${unit}`) : '';
  const dateTime = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short', timeZone });
  const measure = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${Math.round(value * 10) / 10}${measureUnit}`);

  const columns: TableColumnsType<KpiRecordRow> = [
    {
      key: 'code',
      title: t('kpi.records.columns.code'),
      render: (_, record) => {
        const href = recordLink(record);
        const label = record.code ?? record.id.slice(0, 8);
        return href ? <Link to={href}>{label}</Link> : label;
      },
    },
    { key: 'kind', title: t('kpi.records.columns.kind'), render: (_, record) => t(`kpi.records.kinds.${record.kind as 'REQUEST'}`, { defaultValue: record.kind }) },
    { key: 'at', title: t('kpi.records.columns.at'), render: (_, record) => dateTime.format(new Date(record.at)) },
    { key: 'value', title: t('kpi.records.columns.value'), align: 'right', render: (_, record) => measure(record.value) },
    { key: 'target', title: t('kpi.records.columns.target'), align: 'right', render: (_, record) => measure(record.target) },
    {
      key: 'status',
      title: t('kpi.records.columns.status'),
      render: (_, record) =>
        record.failing ? (
          <Tag color="error" icon={<ExclamationCircleOutlined />}>
            {t('kpi.records.failing')}
          </Tag>
        ) : (
          <Tag color={record.counts === false ? 'default' : 'success'} icon={<CheckCircleOutlined />}>
            {record.counts === false ? t('kpi.records.notCounted') : t('kpi.records.ok')}
          </Tag>
        ),
    },
  ];

  if (list.error && !list.rows.length) return <QueryError title={t('kpi.records.loadFailed')} error={list.error} onRetry={list.retry} />;
  return (
    <>
      <Table<KpiRecordRow>
        aria-label={t('kpi.records.tableLabel')}
        data-testid={testId}
        rowKey={(record) => `${record.kind}:${record.id}`}
        size="small"
        loading={list.initialLoading}
        columns={columns}
        dataSource={list.rows}
        pagination={false}
        scroll={{ x: 560 }}
        rowClassName={(record) => (record.failing ? 'sd-kpi-failing-row' : '')}
        locale={{ emptyText: <Empty description={t('kpi.records.empty')} /> }}
      />
      {list.rows.length ? (
        <Flex justify="space-between" align="center" gap={8} wrap className="sd-section">
          <Typography.Text type="secondary">{t('kpi.records.count', { total: list.totalCount, shown: list.rows.length })}</Typography.Text>
          {list.hasNextPage ? (
            <Button loading={list.loadingMore} onClick={() => void list.loadMore()}>
              {t('kpi.records.loadMore')}
            </Button>
          ) : null}
        </Flex>
      ) : null}
    </>
  );
}
