import { useCallback } from 'react';
import { useMutation, type CombinedError } from 'urql';
import type { CreateServiceRequestInput, CreateServiceRequestMutation } from '../../../gql/graphql';
import { CreateServiceRequestDocument } from '../graphql/create-service-request';

export type CreatedServiceRequest = CreateServiceRequestMutation['createServiceRequest'];

export type CreateOutcome = { ok: true; request: CreatedServiceRequest } | { ok: false; error: CombinedError | null };

export function useCreateServiceRequest(): [{ submitting: boolean }, (input: CreateServiceRequestInput) => Promise<CreateOutcome>] {
  const [state, execute] = useMutation(CreateServiceRequestDocument);
  const create = useCallback(
    async (input: CreateServiceRequestInput): Promise<CreateOutcome> => {
      const result = await execute({ input });
      const request = result.data?.createServiceRequest;
      if (result.error || !request) return { ok: false, error: result.error ?? null };
      return { ok: true, request };
    },
    [execute],
  );
  return [{ submitting: state.fetching }, create];
}
