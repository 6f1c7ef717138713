import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useCallback, useMemo, useState } from 'react';
import { useClient, useQuery, type AnyVariables, type CombinedError } from 'urql';

export interface Connection<TNode> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly { node: TNode }[];
}

export interface CursorList<TNode> {
  rows: TNode[];
  totalCount: number;
  hasNextPage: boolean;
  initialLoading: boolean;
  refreshing: boolean;
  error: CombinedError | undefined;
  loadingMore: boolean;
  loadMoreError: CombinedError | undefined;
  loadMore: () => Promise<void>;
  retry: () => void;
}

/**
 * A keyset-paged list ("load more"): the first page through the cache (refetched when a mutation
 * returns one of `typenames`), later pages appended; changing the variables starts again.
 */
export function useCursorList<TData, TVariables extends AnyVariables & { first: number; after?: string | null }, TNode extends { id: string }>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  select: (data: TData) => Connection<TNode>,
  typenames: string[],
): CursorList<TNode> {
  const client = useClient();
  const key = JSON.stringify(variables);
  const stableVariables = useMemo(() => JSON.parse(key) as TVariables, [key]);
  const context = useMemo(() => ({ additionalTypenames: typenames }), [typenames]);
  const [first, reexecute] = useQuery<TData, TVariables>({ query: document, variables: stableVariables, requestPolicy: 'cache-and-network', context });
  const firstPage = first.data ? select(first.data) : null;
  const chain = `${key}|${firstPage?.pageInfo.endCursor ?? ''}`;
  const [more, setMore] = useState<{ chain: string; pages: Connection<TNode>[] }>({ chain, pages: [] });
  const [loadingMore, setLoadingMore] = useState(false);
  const [failed, setFailed] = useState<{ chain: string; error: CombinedError } | null>(null);

  const pages = useMemo(() => (firstPage ? [firstPage, ...(more.chain === chain ? more.pages : [])] : []), [firstPage, more, chain]);
  const rows = useMemo(() => {
    const seen = new Set<string>();
    const list: TNode[] = [];
    for (const page of pages) {
      for (const { node } of page.edges) {
        if (seen.has(node.id)) continue;
        seen.add(node.id);
        list.push(node);
      }
    }
    return list;
  }, [pages]);
  const last = pages[pages.length - 1];

  const loadMore = useCallback(async () => {
    const cursor = last?.pageInfo.endCursor;
    if (!last?.pageInfo.hasNextPage || !cursor || loadingMore) return;
    const previous = more.chain === chain ? more.pages : [];
    setLoadingMore(true);
    setFailed(null);
    const result = await client.query(document, { ...stableVariables, after: cursor }, { ...context, requestPolicy: 'network-only' }).toPromise();
    setLoadingMore(false);
    if (result.error) return setFailed({ chain, error: result.error });
    if (result.data) setMore({ chain, pages: [...previous, select(result.data)] });
  }, [chain, client, context, document, last, loadingMore, more, select, stableVariables]);

  return {
    rows,
    totalCount: last?.totalCount ?? 0,
    hasNextPage: last?.pageInfo.hasNextPage ?? false,
    initialLoading: !first.data && first.fetching,
    refreshing: Boolean(first.data) && (first.fetching || Boolean(first.stale)),
    error: first.error,
    loadingMore,
    loadMoreError: failed?.chain === chain ? failed.error : undefined,
    loadMore,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
