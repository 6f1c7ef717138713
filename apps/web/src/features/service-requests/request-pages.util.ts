import type { ServiceRequestsQuery } from '../../gql/graphql';

export type ServiceRequestConnection = ServiceRequestsQuery['serviceRequests'];
export type ServiceRequestRow = ServiceRequestConnection['edges'][number]['node'];

export interface MergedPages {
  rows: ServiceRequestRow[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/**
 * Pages loaded one after another ("load more"), as one list. The total and the cursor come from
 * the latest page; a request seen twice (created between two loads) is listed once.
 */
export function mergePages(pages: readonly ServiceRequestConnection[]): MergedPages {
  const seen = new Set<string>();
  const rows: ServiceRequestRow[] = [];
  for (const page of pages) {
    for (const { node } of page.edges) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      rows.push(node);
    }
  }
  const last = pages[pages.length - 1];
  return {
    rows,
    totalCount: last?.totalCount ?? 0,
    hasNextPage: last?.pageInfo.hasNextPage ?? false,
    endCursor: last?.pageInfo.endCursor ?? null,
  };
}
