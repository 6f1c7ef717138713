import { graphql } from '../../../gql';

/** Open jobs dispatched to one technician. */
export const MyJobsDocument = graphql(`
  query MyJobs($technicianId: ID!) {
    serviceRequests(first: 50, filter: { technicianIds: [$technicianId], statuses: [DISPATCHED, IN_PROGRESS, ON_HOLD] }) {
      totalCount
      edges {
        node {
          id
          code
          type
          priority
          status
          reportedAt
          faultDescription
          customer {
            id
            name
            phone
            address
          }
          product {
            id
            model
            name
          }
          deadlines {
            arrival {
              dueAt
              state
              minutesLeft
              minutesLate
            }
          }
        }
      }
    }
  }
`);

export const SparePartsDocument = graphql(`
  query SpareParts {
    spareParts {
      id
      partNo
      name
      price
      stock {
        outletId
        quantity
      }
    }
  }
`);

export const RecordVisitDocument = graphql(`
  mutation RecordVisit($input: RecordVisitInput!) {
    recordVisit(input: $input) {
      id
      seq
      outcome
      requestId
    }
  }
`);
