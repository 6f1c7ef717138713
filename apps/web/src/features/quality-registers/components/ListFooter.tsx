import { Alert, Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeGraphqlError } from '../../../shared/graphql-error.util';
import type { PagedList } from '../hooks/usePagedList';

/** Count, "load more" and a failed next page, under every register list. */
export function ListFooter<Node>({ list }: { list: PagedList<Node> }) {
  const { t } = useTranslation();
  return (
    <>
      <Flex className="sd-list-footer" justify="space-between" align="center" gap={12} wrap>
        <Typography.Text type="secondary" aria-live="polite">
          {list.initialLoading ? t('common.loading') : t('quality.common.count', { shown: list.rows.length, total: list.totalCount })}
        </Typography.Text>
        {list.hasNextPage ? (
          <Button onClick={() => void list.loadMore()} loading={list.loadingMore}>
            {t('quality.common.loadMore')}
          </Button>
        ) : list.rows.length > 0 ? (
          <Typography.Text type="secondary">{t('quality.common.allLoaded')}</Typography.Text>
        ) : null}
      </Flex>
      {list.loadMoreError ? <Alert type="error" showIcon className="sd-section" title={`${t('quality.common.loadMoreFailed')}: ${describeGraphqlError(list.loadMoreError, t)}`} /> : null}
    </>
  );
}
