import type { RequestCommandKind } from '@stardesk/domain';
import { useCallback, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import {
  AcknowledgeServiceRequestDocument,
  CancelServiceRequestDocument,
  CloseServiceRequestDocument,
  DispatchServiceRequestDocument,
  HoldServiceRequestDocument,
  ReopenServiceRequestDocument,
  ResolveServiceRequestDocument,
  ResumeServiceRequestDocument,
  StartServiceRequestDocument,
} from '../graphql/request-lifecycle';

export interface CommandArgs {
  id: string;
  expectedVersion: number;
  note?: string | null;
  technicianId?: string | null;
  at?: string | null;
}

export type CommandOutcome = { ok: true } | { ok: false; error: CombinedError | null };

const TRANSITION_DOCUMENTS = {
  ACKNOWLEDGE: AcknowledgeServiceRequestDocument,
  START: StartServiceRequestDocument,
  HOLD: HoldServiceRequestDocument,
  RESUME: ResumeServiceRequestDocument,
  RESOLVE: ResolveServiceRequestDocument,
  CLOSE: CloseServiceRequestDocument,
  REOPEN: ReopenServiceRequestDocument,
  CANCEL: CancelServiceRequestDocument,
} as const;

/** Runs one lifecycle step; every mutation returns the ServiceRequest, so lists and the detail refetch. */
export function useRequestCommand(): [{ running: RequestCommandKind | null }, (kind: RequestCommandKind, args: CommandArgs) => Promise<CommandOutcome>] {
  const client = useClient();
  const [running, setRunning] = useState<RequestCommandKind | null>(null);
  const run = useCallback(
    async (kind: RequestCommandKind, { id, expectedVersion, note, technicianId, at }: CommandArgs): Promise<CommandOutcome> => {
      setRunning(kind);
      const base = { id, expectedVersion, note: note?.trim() || null, ...(at ? { at } : {}) };
      try {
        const result =
          kind === 'DISPATCH'
            ? await client.mutation(DispatchServiceRequestDocument, { input: { ...base, technicianId: technicianId ?? null } }).toPromise()
            : await client.mutation(TRANSITION_DOCUMENTS[kind], { input: base }).toPromise();
        if (result.error || !result.data) return { ok: false, error: result.error ?? null };
        return { ok: true };
      } finally {
        setRunning(null);
      }
    },
    [client],
  );
  return [{ running }, run];
}
