import { useCallback, useState } from 'react';
import { useClient, useQuery, type CombinedError } from 'urql';
import type { ComplaintDetailQuery, ComplaintFilter, ComplaintsQuery } from '../../../gql/graphql';
import { useCursorList } from '../../../shared/hooks/useCursorList';
import { AcknowledgeComplaintDocument, CloseComplaintDocument, ComplaintDetailDocument, ComplaintsDocument, EscalateComplaintDocument } from '../graphql/complaints';

export type ComplaintRow = ComplaintsQuery['complaints']['edges'][number]['node'];
export type ComplaintDetail = NonNullable<ComplaintDetailQuery['complaint']>;

const TYPENAMES = ['Complaint'];
const DETAIL_CONTEXT = { additionalTypenames: TYPENAMES };
const selectComplaints = (data: ComplaintsQuery) => data.complaints;

export function useComplaintList(filter: ComplaintFilter) {
  return useCursorList(ComplaintsDocument, { first: 20, filter }, selectComplaints, TYPENAMES);
}

export function useComplaintDetail(id: string) {
  const [result, reexecute] = useQuery({ query: ComplaintDetailDocument, variables: { id }, requestPolicy: 'cache-and-network', context: DETAIL_CONTEXT });
  const complaint = result.data?.complaint ?? null;
  return {
    complaint,
    loading: !result.data && result.fetching,
    notFound: Boolean(result.data) && !complaint && !result.error,
    error: result.error,
    refresh: () => reexecute({ requestPolicy: 'network-only' }),
  };
}

export type ComplaintCommandKind = 'ACKNOWLEDGE' | 'ESCALATE' | 'CLOSE';

export interface ComplaintCommandArgs {
  id: string;
  expectedVersion: number;
  note?: string | null;
  resolution?: string | null;
  customerAccepted?: boolean | null;
}

export type ComplaintCommandOutcome = { ok: true } | { ok: false; error: CombinedError | null };

export function useComplaintCommand(): [ComplaintCommandKind | null, (kind: ComplaintCommandKind, args: ComplaintCommandArgs) => Promise<ComplaintCommandOutcome>] {
  const client = useClient();
  const [running, setRunning] = useState<ComplaintCommandKind | null>(null);
  const run = useCallback(
    async (kind: ComplaintCommandKind, { id, expectedVersion, note, resolution, customerAccepted }: ComplaintCommandArgs): Promise<ComplaintCommandOutcome> => {
      setRunning(kind);
      const base = { id, expectedVersion, note: note?.trim() || null };
      try {
        const result =
          kind === 'ACKNOWLEDGE'
            ? await client.mutation(AcknowledgeComplaintDocument, { input: base }).toPromise()
            : kind === 'ESCALATE'
              ? await client.mutation(EscalateComplaintDocument, { input: base }).toPromise()
              : await client.mutation(CloseComplaintDocument, { input: { ...base, resolution: resolution?.trim() || null, customerAccepted: customerAccepted ?? null } }).toPromise();
        return result.error || !result.data ? { ok: false, error: result.error ?? null } : { ok: true };
      } finally {
        setRunning(null);
      }
    },
    [client],
  );
  return [running, run];
}

