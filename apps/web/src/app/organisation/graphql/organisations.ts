import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { gql } from 'urql';
import type { OrganisationsQuery, OrganisationsQueryVariables } from '../../../gql/graphql';

/**
 * The shell's one query. Its text is in organisations.graphql (typed by codegen); it is parsed here
 * with urql's own parser rather than taken from the generated modules, because those hold every
 * document of every feature and would all land in the first download.
 */
export const OrganisationsDocument: TypedDocumentNode<OrganisationsQuery, OrganisationsQueryVariables> = gql`
  query Organisations {
    organisations {
      id
      code
      name
      timeZone
    }
  }
`;
