import { Button, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CorrectiveActionsQuery } from '../../../gql/graphql';

export type CorrectiveActionRow = CorrectiveActionsQuery['correctiveActions']['edges'][number]['node'];

const STATUS_COLOURS = { OPEN: 'blue', ACTION_TAKEN: 'gold', CLOSED: 'green' } as const;

interface CorrectiveActionsTableProps {
  rows: readonly CorrectiveActionRow[];
  loading: boolean;
  empty: ReactNode;
  onAnalyse: (row: CorrectiveActionRow) => void;
  onComplete: (row: CorrectiveActionRow) => void;
  onCheck: (row: CorrectiveActionRow) => void;
}

/** Corrective actions; an overdue one (open after its due day) is marked in red, in words as well as colour. */
export function CorrectiveActionsTable({ rows, loading, empty, onAnalyse, onComplete, onCheck }: CorrectiveActionsTableProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<CorrectiveActionRow> = [
    {
      key: 'problem',
      title: t('quality.actions.columns.problem'),
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text>{row.problem}</Typography.Text>
          {row.action ? <Typography.Text type="secondary">{row.action}</Typography.Text> : null}
        </Space>
      ),
    },
    {
      key: 'source',
      title: t('quality.actions.columns.source'),
      render: (_, row) => `${t(`quality.actionSources.${row.source}`)}${row.sourceReference ? ` · ${row.sourceReference}` : ''}`,
    },
    { key: 'owner', title: t('quality.actions.columns.owner'), render: (_, row) => row.owner.name },
    {
      key: 'dueDate',
      title: t('quality.actions.columns.dueDate'),
      render: (_, row) => (
        <Space size={4}>
          <span>{row.dueDate}</span>
          {row.overdue ? <Tag color="red">{t('quality.actions.overdue')}</Tag> : null}
        </Space>
      ),
    },
    { key: 'status', title: t('quality.actions.columns.status'), render: (_, row) => <Tag color={STATUS_COLOURS[row.status]}>{t(`quality.actionStatus.${row.status}`)}</Tag> },
    {
      key: 'effectiveness',
      title: t('quality.actions.columns.effectiveness'),
      render: (_, row) =>
        row.effectivenessResult ? (
          <Tag color={row.effectivenessResult === 'EFFECTIVE' ? 'green' : 'red'}>
            {t(`quality.effectiveness.${row.effectivenessResult}`)} · {row.effectivenessCheckedOn}
          </Tag>
        ) : (
          t('quality.common.none')
        ),
    },
    {
      key: 'actions',
      title: t('quality.common.actions'),
      render: (_, row) => (
        <Space size={4} wrap>
          {row.status === 'OPEN' ? (
            <>
              <Button size="small" onClick={() => onAnalyse(row)}>
                {t('quality.actions.analyse')}
              </Button>
              <Button size="small" type="primary" onClick={() => onComplete(row)}>
                {t('quality.actions.complete')}
              </Button>
            </>
          ) : null}
          {row.status === 'ACTION_TAKEN' ? (
            <Button size="small" type="primary" onClick={() => onCheck(row)}>
              {t('quality.actions.check')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
  return (
    <Table<CorrectiveActionRow>
      rowKey="id"
      data-testid="corrective-action-table"
      columns={columns}
      dataSource={[...rows]}
      loading={loading}
      pagination={false}
      scroll={{ x: true }}
      rowClassName={(row) => (row.overdue ? 'sd-row-overdue' : '')}
      locale={{ emptyText: empty }}
    />
  );
}
