import { Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ServiceRequestRow } from '../request-pages.util';
import { PriorityTag, StatusTag, WarrantyTag } from './EnumTags';

interface RequestTableProps {
  rows: readonly ServiceRequestRow[];
  loading: boolean;
  empty: ReactNode;
}

export function RequestTable({ rows, loading, empty }: RequestTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ServiceRequestRow> = [
    {
      key: 'code',
      title: t('requests.columns.code'),
      dataIndex: 'code',
      width: 170,
      fixed: 'start',
      render: (code: string, row) => (
        <Typography.Text strong copyable={{ text: code }}>
          <Link to={`/requests/${row.id}`}>{code}</Link>
        </Typography.Text>
      ),
    },
    {
      key: 'reportedAt',
      title: t('requests.columns.reportedAt'),
      dataIndex: 'reportedAt',
      width: 150,
      render: (reportedAt: string) => <time dateTime={reportedAt}>{dayjs(reportedAt).format('YYYY-MM-DD HH:mm')}</time>,
    },
    { key: 'customerName', title: t('requests.columns.customerName'), width: 110, render: (_, row) => row.customer.name },
    { key: 'customerPhone', title: t('requests.columns.customerPhone'), width: 130, render: (_, row) => row.customer.phone },
    {
      key: 'productModel',
      title: t('requests.columns.productModel'),
      width: 150,
      render: (_, row) => <span title={row.product.name}>{row.product.model}</span>,
    },
    { key: 'outlet', title: t('requests.columns.outlet'), width: 160, ellipsis: true, render: (_, row) => row.outlet.name },
    { key: 'type', title: t('requests.columns.type'), width: 130, render: (_, row) => t(`enums.serviceType.${row.type}`) },
    { key: 'priority', title: t('requests.columns.priority'), width: 90, render: (_, row) => <PriorityTag priority={row.priority} /> },
    { key: 'status', title: t('requests.columns.status'), width: 100, render: (_, row) => <StatusTag status={row.status} /> },
    { key: 'technician', title: t('ops.detail.technician'), width: 110, render: (_, row) => row.technician?.name ?? t('common.none') },
    {
      key: 'warranty',
      title: t('requests.columns.warranty'),
      width: 120,
      render: (_, row) => <WarrantyTag warranty={row.warrantyStatus} />,
    },
  ];

  return (
    <div data-testid="request-table">
      <Table<ServiceRequestRow>
        aria-label={t('requests.tableLabel')}
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={[...rows]}
        loading={loading}
        pagination={false}
        scroll={{ x: 1430 }}
        locale={{ emptyText: empty }}
      />
    </div>
  );
}
