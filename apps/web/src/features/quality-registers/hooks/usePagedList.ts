import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useMemo, useState } from 'react';
import { useClient, useQuery, type AnyVariables, type CombinedError } from 'urql';

export const PAGE_SIZE = 20;

interface ConnectionOf<Node> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: Node }[];
}

export interface PagedList<Node> {
  rows: Node[];
  totalCount: number;
  hasNextPage: boolean;
  initialLoading: boolean;
  error: CombinedError | undefined;
  loadingMore: boolean;
  loadMoreError: CombinedError | undefined;
  loadMore: () => Promise<void>;
  /** Reloads from the first page (after a change). */
  refresh: () => void;
}

/**
 * A keyset-paged register list: the first page through urql (refetched when shown), further pages
 * appended on demand. `typename` makes any mutation returning that type refresh the list.
 */
export function usePagedList<Data, Variables extends AnyVariables & { first: number; after?: string | null }, Node>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, 'first' | 'after'>,
  select: (data: Data) => ConnectionOf<Node>,
  typename: string,
): PagedList<Node> {
  const client = useClient();
  const variablesKey = JSON.stringify(variables);
  const firstVariables = useMemo(() => ({ ...(JSON.parse(variablesKey) as object), first: PAGE_SIZE }) as Variables, [variablesKey]);
  const context = useMemo(() => ({ additionalTypenames: [typename] }), [typename]);
  const [result, reexecute] = useQuery({ query: document, variables: firstVariables, requestPolicy: 'cache-and-network', context });
  const first = result.data ? select(result.data) : undefined;
  const chain = `${variablesKey}|${first?.pageInfo.endCursor ?? ''}|${first?.totalCount ?? ''}`;
  const [more, setMore] = useState<{ chain: string; pages: ConnectionOf<Node>[] }>({ chain, pages: [] });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadMoreError, setLoadMoreError] = useState<CombinedError | undefined>(undefined);

  const pages = useMemo(() => (first ? [first, ...(more.chain === chain ? more.pages : [])] : []), [first, more, chain]);
  const last = pages.at(-1);

  const loadMore = useCallback(async () => {
    if (!last?.pageInfo.hasNextPage || !last.pageInfo.endCursor || loadingMore) return;
    setLoadingMore(true);
    setLoadMoreError(undefined);
    const next = await client.query(document, { ...firstVariables, after: last.pageInfo.endCursor }, { ...context, requestPolicy: 'network-only' }).toPromise();
    setLoadingMore(false);
    if (next.error) return setLoadMoreError(next.error);
    if (next.data) setMore({ chain, pages: [...(more.chain === chain ? more.pages : []), select(next.data)] });
  }, [chain, client, context, document, firstVariables, last, loadingMore, more, select]);

  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  return {
    rows: pages.flatMap((page) => page.edges.map((edge) => edge.node)),
    totalCount: first?.totalCount ?? 0,
    hasNextPage: Boolean(last?.pageInfo.hasNextPage),
    initialLoading: result.fetching && !result.data,
    error: result.error,
    loadingMore,
    loadMoreError,
    loadMore,
    refresh,
  };
}
