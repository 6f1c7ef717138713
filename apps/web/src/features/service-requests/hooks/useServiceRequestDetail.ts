import { useCallback } from 'react';
import { useQuery, type CombinedError } from 'urql';
import type { ServiceRequestDetailQuery } from '../../../gql/graphql';
import { ServiceRequestDetailDocument, TechniciansDocument } from '../graphql/request-detail';

export type ServiceRequestDetail = NonNullable<ServiceRequestDetailQuery['serviceRequest']>;

const DETAIL_CONTEXT = { additionalTypenames: ['ServiceRequest', 'Visit', 'Attachment'] };

export function useServiceRequestDetail(id: string): {
  request: ServiceRequestDetail | null;
  loading: boolean;
  notFound: boolean;
  error: CombinedError | undefined;
  refresh: () => void;
} {
  const [result, reexecute] = useQuery({ query: ServiceRequestDetailDocument, variables: { id }, requestPolicy: 'cache-and-network', context: DETAIL_CONTEXT });
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  const request = result.data?.serviceRequest ?? null;
  return {
    request,
    loading: !result.data && result.fetching,
    notFound: Boolean(result.data) && !request && !result.error,
    error: result.error,
    refresh,
  };
}

/** Active technicians, of one outlet when given; `pause` keeps the query from running while unused. */
export function useTechnicians(outletId: string | null, pause = false) {
  const [result, reexecute] = useQuery({ query: TechniciansDocument, variables: { outletId }, pause });
  return {
    technicians: result.data?.staff ?? [],
    loading: result.fetching,
    error: result.error,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
