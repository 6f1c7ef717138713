import { createContext, useContext } from 'react';
import type { CombinedError } from 'urql';
import type { OrganisationsQuery } from '../../gql/graphql';

export type Organisation = OrganisationsQuery['organisations'][number];

export type OrganisationState =
  | { status: 'loading' }
  | { status: 'error'; error: CombinedError }
  | { status: 'empty' }
  | { status: 'ready'; current: Organisation };

export interface OrganisationContextValue {
  state: OrganisationState;
  organisations: readonly Organisation[];
  select: (code: string) => void;
  retry: () => void;
}

export const OrganisationContext = createContext<OrganisationContextValue | null>(null);

export function useOrganisations(): OrganisationContextValue {
  const value = useContext(OrganisationContext);
  if (!value) throw new Error('useOrganisations must be used inside <OrganisationProvider>');
  return value;
}

/** For pages, which only render once an organisation is chosen (see OrganisationGate). */
export function useCurrentOrganisation(): Organisation {
  const { state } = useOrganisations();
  if (state.status !== 'ready') throw new Error('useCurrentOrganisation must be used inside <OrganisationGate>');
  return state.current;
}
