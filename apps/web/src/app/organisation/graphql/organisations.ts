import { graphql } from '../../../gql';

/** Organisation-free: the only query sent without X-Org-Code. */
export const OrganisationsDocument = graphql(`
  query Organisations {
    organisations {
      id
      code
      name
      timeZone
    }
  }
`);
