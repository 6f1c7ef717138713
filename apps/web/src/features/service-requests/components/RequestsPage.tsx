import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Flex, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentOrganisation } from '../../../app/organisation/organisation-context';
import { ButtonLink } from '../../../shared/components/ButtonLink';
import { PageHeader } from '../../../shared/components/PageHeader';
import { QueryError } from '../../../shared/components/QueryError';
import { describeGraphqlError } from '../../../shared/graphql-error.util';
import { useOutlets } from '../hooks/useReferenceData';
import { useRequestFilters } from '../hooks/useRequestFilters';
import { useServiceRequestList } from '../hooks/useServiceRequestList';
import { EMPTY_FILTERS, FILTER_PARAMS, applyFiltersToSearchParams, hasActiveFilters, toServiceRequestFilter } from '../request-filter.util';
import { canonicalQuery } from '../saved-views.util';
import { SavedViews } from './SavedViews';
import { RequestFilters } from './RequestFilters';
import { RequestTable } from './RequestTable';

export default function RequestsPage() {
  const { t } = useTranslation();
  const { timeZone } = useCurrentOrganisation();
  const [filters, setFilters] = useRequestFilters();
  const outlets = useOutlets();
  const filter = useMemo(() => toServiceRequestFilter(filters, timeZone), [filters, timeZone]);
  const list = useServiceRequestList(filter);
  const filtered = hasActiveFilters(filters);
  const query = useMemo(() => canonicalQuery(applyFiltersToSearchParams(filters, new URLSearchParams()), Object.values(FILTER_PARAMS)), [filters]);

  const empty = (
    <Empty description={filtered ? t('requests.emptyFiltered') : t('requests.empty')}>
      {filtered ? (
        <Button onClick={() => setFilters(EMPTY_FILTERS)}>{t('requests.clearFilters')}</Button>
      ) : (
        <ButtonLink to="/requests/new" type="primary" icon={<PlusOutlined />}>
          {t('requests.create')}
        </ButtonLink>
      )}
    </Empty>
  );

  return (
    <>
      <PageHeader
        title={t('requests.title')}
        actions={
          <ButtonLink to="/requests/new" type="primary" icon={<PlusOutlined />}>
            {t('requests.create')}
          </ButtonLink>
        }
      />
      <Card className="sd-section">
        <SavedViews query={query} path="/requests" />
        <RequestFilters
          filters={filters}
          onChange={setFilters}
          outlets={outlets.items}
          outletsLoading={outlets.fetching}
          outletsFailed={Boolean(outlets.error)}
        />
      </Card>
      <Card className="sd-section">
        {list.error && list.rows.length === 0 ? (
          <QueryError title={t('requests.loadFailed')} error={list.error} onRetry={list.retry} />
        ) : (
          <>
            <RequestTable rows={list.rows} loading={list.initialLoading || list.refreshing} empty={list.initialLoading ? <span /> : empty} />
            <Flex className="sd-list-footer" justify="space-between" align="center" gap={12} wrap>
              <Typography.Text type="secondary" aria-live="polite">
                {list.initialLoading ? t('common.loading') : t('requests.count', { shown: list.rows.length, total: list.totalCount })}
              </Typography.Text>
              {list.hasNextPage ? (
                <Button onClick={() => void list.loadMore()} loading={list.loadingMore}>
                  {t('requests.loadMore')}
                </Button>
              ) : list.rows.length > 0 ? (
                <Typography.Text type="secondary">{t('requests.allLoaded')}</Typography.Text>
              ) : null}
            </Flex>
            {list.loadMoreError ? (
              <Alert
                type="error"
                showIcon
                className="sd-section"
                title={t('requests.loadMoreFailed', { reason: describeGraphqlError(list.loadMoreError, t) })}
              />
            ) : null}
          </>
        )}
      </Card>
    </>
  );
}
