import { useCallback, useMemo, useState } from 'react';
import { useClient, useQuery, type CombinedError } from 'urql';
import type { ServiceRequestFilter } from '../../../gql/graphql';
import { ServiceRequestsDocument } from '../graphql/service-requests';
import { mergePages, type MergedPages, type ServiceRequestConnection } from '../request-pages.util';

export const PAGE_SIZE = 20;

/**
 * The list is refetched whenever it is shown (a request created a moment ago must be at the top),
 * and any mutation returning a ServiceRequest invalidates it.
 */
const LIST_CONTEXT = { additionalTypenames: ['ServiceRequest'] };

interface LoadedMore {
  /** Which first page these pages continue; they are dropped when the filter or first page changes. */
  continues: string;
  pages: ServiceRequestConnection[];
}

export interface ServiceRequestList extends MergedPages {
  initialLoading: boolean;
  refreshing: boolean;
  error: CombinedError | undefined;
  loadingMore: boolean;
  loadMoreError: CombinedError | undefined;
  loadMore: () => Promise<void>;
  retry: () => void;
}

export function useServiceRequestList(filter: ServiceRequestFilter): ServiceRequestList {
  const client = useClient();
  const filterKey = JSON.stringify(filter);
  // Callers rebuild the filter object from the URL on every render; only its content matters.
  const variables = useMemo(
    () => ({ first: PAGE_SIZE, filter: JSON.parse(filterKey) as ServiceRequestFilter }),
    [filterKey],
  );
  const [firstPage, reexecute] = useQuery({
    query: ServiceRequestsDocument,
    variables,
    requestPolicy: 'cache-and-network',
    context: LIST_CONTEXT,
  });

  const first = firstPage.data?.serviceRequests;
  const continues = `${filterKey}|${first?.pageInfo.endCursor ?? ''}`;
  const [loadedMore, setLoadedMore] = useState<LoadedMore>({ continues, pages: [] });
  const [loadingMore, setLoadingMore] = useState(false);
  const [failedMore, setFailedMore] = useState<{ continues: string; error: CombinedError } | null>(null);

  const pages = useMemo(() => {
    if (!first) return [];
    return loadedMore.continues === continues ? [first, ...loadedMore.pages] : [first];
  }, [first, loadedMore, continues]);
  const merged = useMemo(() => mergePages(pages), [pages]);

  const loadMore = useCallback(async () => {
    if (!merged.hasNextPage || !merged.endCursor || loadingMore) return;
    const forChain = continues;
    const previous = loadedMore.continues === forChain ? loadedMore.pages : [];
    setLoadingMore(true);
    setFailedMore(null);
    const result = await client
      .query(ServiceRequestsDocument, { first: PAGE_SIZE, after: merged.endCursor, filter: variables.filter }, {
        ...LIST_CONTEXT,
        requestPolicy: 'network-only',
      })
      .toPromise();
    setLoadingMore(false);
    if (result.error) {
      setFailedMore({ continues: forChain, error: result.error });
      return;
    }
    const page = result.data?.serviceRequests;
    if (page) setLoadedMore({ continues: forChain, pages: [...previous, page] });
  }, [client, continues, loadedMore, loadingMore, merged.endCursor, merged.hasNextPage, variables]);

  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  return {
    ...merged,
    initialLoading: !first && firstPage.fetching,
    refreshing: Boolean(first) && (firstPage.fetching || firstPage.stale),
    error: firstPage.error,
    loadingMore,
    loadMoreError: failedMore?.continues === continues ? failedMore.error : undefined,
    loadMore,
    retry,
  };
}
