/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Organisations {\n    organisations {\n      id\n      code\n      name\n      timeZone\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query ServiceRequestStats($filter: ServiceRequestFilter) {\n    serviceRequestStats(filter: $filter) {\n      total\n      byStatus {\n        status\n        count\n      }\n      byMonth {\n        month\n        count\n      }\n    }\n  }\n": typeof types.ServiceRequestStatsDocument,
    "\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) {\n      id\n      code\n      status\n      reportedAt\n    }\n  }\n": typeof types.CreateServiceRequestDocument,
    "\n  query Outlets {\n    outlets {\n      id\n      code\n      name\n      kind\n      city\n      regionName\n    }\n  }\n": typeof types.OutletsDocument,
    "\n  query Products {\n    products {\n      id\n      model\n      name\n      category\n      warrantyMonths\n    }\n  }\n": typeof types.ProductsDocument,
    "\n  query ServiceRequests($first: Int!, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          type\n          channel\n          priority\n          status\n          warrantyStatus\n          reportedAt\n          serialNo\n          customer {\n            id\n            name\n            phone\n          }\n          product {\n            id\n            model\n            name\n          }\n          outlet {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ServiceRequestsDocument,
};
const documents: Documents = {
    "\n  query Organisations {\n    organisations {\n      id\n      code\n      name\n      timeZone\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query ServiceRequestStats($filter: ServiceRequestFilter) {\n    serviceRequestStats(filter: $filter) {\n      total\n      byStatus {\n        status\n        count\n      }\n      byMonth {\n        month\n        count\n      }\n    }\n  }\n": types.ServiceRequestStatsDocument,
    "\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) {\n      id\n      code\n      status\n      reportedAt\n    }\n  }\n": types.CreateServiceRequestDocument,
    "\n  query Outlets {\n    outlets {\n      id\n      code\n      name\n      kind\n      city\n      regionName\n    }\n  }\n": types.OutletsDocument,
    "\n  query Products {\n    products {\n      id\n      model\n      name\n      category\n      warrantyMonths\n    }\n  }\n": types.ProductsDocument,
    "\n  query ServiceRequests($first: Int!, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          type\n          channel\n          priority\n          status\n          warrantyStatus\n          reportedAt\n          serialNo\n          customer {\n            id\n            name\n            phone\n          }\n          product {\n            id\n            model\n            name\n          }\n          outlet {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ServiceRequestsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations {\n    organisations {\n      id\n      code\n      name\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query Organisations {\n    organisations {\n      id\n      code\n      name\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequestStats($filter: ServiceRequestFilter) {\n    serviceRequestStats(filter: $filter) {\n      total\n      byStatus {\n        status\n        count\n      }\n      byMonth {\n        month\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceRequestStats($filter: ServiceRequestFilter) {\n    serviceRequestStats(filter: $filter) {\n      total\n      byStatus {\n        status\n        count\n      }\n      byMonth {\n        month\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) {\n      id\n      code\n      status\n      reportedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) {\n      id\n      code\n      status\n      reportedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outlets {\n    outlets {\n      id\n      code\n      name\n      kind\n      city\n      regionName\n    }\n  }\n"): (typeof documents)["\n  query Outlets {\n    outlets {\n      id\n      code\n      name\n      kind\n      city\n      regionName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Products {\n    products {\n      id\n      model\n      name\n      category\n      warrantyMonths\n    }\n  }\n"): (typeof documents)["\n  query Products {\n    products {\n      id\n      model\n      name\n      category\n      warrantyMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequests($first: Int!, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          type\n          channel\n          priority\n          status\n          warrantyStatus\n          reportedAt\n          serialNo\n          customer {\n            id\n            name\n            phone\n          }\n          product {\n            id\n            model\n            name\n          }\n          outlet {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceRequests($first: Int!, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          type\n          channel\n          priority\n          status\n          warrantyStatus\n          reportedAt\n          serialNo\n          customer {\n            id\n            name\n            phone\n          }\n          product {\n            id\n            model\n            name\n          }\n          outlet {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;