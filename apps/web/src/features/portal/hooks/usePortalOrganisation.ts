import { createContext, useContext } from 'react';
import type { PortalOrganisationQuery } from '../../../gql/graphql';

export type PortalOrganisation = PortalOrganisationQuery['portalOrganisation'];

export const PortalOrganisationContext = createContext<PortalOrganisation | null>(null);

/** The organisation of the portal address, loaded once by the portal layout. */
export function usePortalOrganisation(): PortalOrganisation {
  const organisation = useContext(PortalOrganisationContext);
  if (!organisation) throw new Error('usePortalOrganisation must be used below the portal layout');
  return organisation;
}
