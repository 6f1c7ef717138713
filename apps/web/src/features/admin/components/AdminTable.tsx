import { Empty, Spin, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { QueryError } from '../../../shared/components/QueryError';

interface AdminTableProps<T> extends Omit<TableProps<T>, 'loading'> {
  error: CombinedError | undefined;
  fetching: boolean;
  onRetry: () => void;
  label: string;
}

/** A register table with the loading, error and empty states every admin screen needs. */
export function AdminTable<T extends object>({ error, fetching, onRetry, label, dataSource, ...props }: AdminTableProps<T>) {
  const { t } = useTranslation('admin');
  if (error) return <QueryError title={t('common.loadFailed')} error={error} onRetry={onRetry} />;
  if (!dataSource && fetching) {
    return (
      <div className="sd-centered" role="status">
        <Spin />
      </div>
    );
  }
  return (
    <Table<T>
      size="middle"
      scroll={{ x: 'max-content' }}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      aria-label={label}
      loading={fetching && Boolean(dataSource)}
      dataSource={dataSource}
      locale={{ emptyText: <Empty description={t('common.empty')} /> }}
      {...props}
    />
  );
}
