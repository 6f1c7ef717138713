import { graphql } from '../../../gql';

export const ServiceRequestsDocument = graphql(`
  query ServiceRequests($first: Int!, $after: String, $filter: ServiceRequestFilter) {
    serviceRequests(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          code
          type
          channel
          priority
          status
          warrantyStatus
          reportedAt
          serialNo
          customer {
            id
            name
            phone
          }
          product {
            id
            model
            name
          }
          outlet {
            id
            name
          }
          technician {
            id
            name
          }
        }
      }
    }
  }
`);
