import { useCallback } from 'react';
import { useQuery, type CombinedError } from 'urql';
import type { OutletsQuery, ProductsQuery } from '../../../gql/graphql';
import { OutletsDocument, ProductsDocument } from '../graphql/reference-data';

export type OutletOption = OutletsQuery['outlets'][number];
export type ProductOption = ProductsQuery['products'][number];

const NO_OUTLETS: readonly OutletOption[] = [];
const NO_PRODUCTS: readonly ProductOption[] = [];

interface ReferenceList<T> {
  items: readonly T[];
  fetching: boolean;
  error: CombinedError | undefined;
  retry: () => void;
}

export function useOutlets(): ReferenceList<OutletOption> {
  const [result, reexecute] = useQuery({ query: OutletsDocument });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { items: result.data?.outlets ?? NO_OUTLETS, fetching: result.fetching, error: result.error, retry };
}

export function useProducts(): ReferenceList<ProductOption> {
  const [result, reexecute] = useQuery({ query: ProductsDocument });
  const retry = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { items: result.data?.products ?? NO_PRODUCTS, fetching: result.fetching, error: result.error, retry };
}
