import { graphql } from '../../../gql';

export const ServiceRequestStatsDocument = graphql(`
  query ServiceRequestStats($filter: ServiceRequestFilter) {
    serviceRequestStats(filter: $filter) {
      total
      byStatus {
        status
        count
      }
      byMonth {
        month
        count
      }
    }
    me {
      id
      role
    }
  }
`);
