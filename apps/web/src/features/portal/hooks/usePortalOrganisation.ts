import { useOutletContext } from 'react-router';
import type { PortalOrganisationQuery } from '../../../gql/graphql';

export type PortalOrganisation = PortalOrganisationQuery['portalOrganisation'];

/** The organisation of the portal address, loaded once by the portal layout. */
export function usePortalOrganisation(): PortalOrganisation {
  return useOutletContext<PortalOrganisation>();
}
