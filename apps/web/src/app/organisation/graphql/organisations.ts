import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { OrganisationsQuery, OrganisationsQueryVariables } from '../../../gql/graphql';

/**
 * The shell's one query (text in organisations.graphql, typed by codegen), written out as the parsed
 * document the generator emits. Importing it from the generated modules instead would put every
 * document of every feature into the first download; parsing a string would add the parser.
 * organisations.spec.ts checks it against the generated one.
 */
export const OrganisationsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Organisations' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'organisations' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: ['id', 'code', 'name', 'timeZone'].map((field) => ({ kind: 'Field', name: { kind: 'Name', value: field } })),
            },
          },
        ],
      },
    },
  ],
} as unknown as TypedDocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
