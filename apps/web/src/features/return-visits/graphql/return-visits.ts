import { graphql } from '../../../gql';

export const ReturnVisitsDocument = graphql(`
  query ReturnVisits($first: Int!, $after: String, $filter: ReturnVisitFilter) {
    returnVisits(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          requestId
          requestCode
          customerName
          customerPhone
          outletName
          closedAt
          dueAt
          nextAttemptAt
          status
          statusLabel
          attemptCount
          outcome
          outcomeLabel
          rating
          version
          staff {
            id
            name
          }
        }
      }
    }
  }
`);

export const RecordReturnVisitAttemptDocument = graphql(`
  mutation RecordReturnVisitAttempt($input: RecordReturnVisitAttemptInput!) {
    recordReturnVisitAttempt(input: $input) {
      id
      status
      statusLabel
      attemptCount
      outcome
      outcomeLabel
      rating
      version
      nextAttemptAt
    }
  }
`);
