import { graphql } from '../../../gql';

export const KpiDashboardDocument = graphql(`
  query KpiDashboard($input: KpiDashboardInput!) {
    kpiDashboard(input: $input) {
      from
      to
      previousFrom
      previousTo
      cards {
        key
        value
        population
        unit
        direction
        target
        duration {
          p50
          p90
        }
        previous {
          key
          value
          population
        }
      }
      trend {
        dimension
        rows {
          key
          label
          from
          to
          values {
            key
            value
            population
          }
        }
      }
    }
  }
`);

export const KpiBreakdownDocument = graphql(`
  query KpiBreakdown($input: KpiBreakdownInput!) {
    kpiBreakdown(input: $input) {
      dimension
      total {
        key
        value
        population
      }
      rows {
        key
        label
        values {
          key
          value
          population
        }
      }
    }
  }
`);

export const KpiRecordsDocument = graphql(`
  query KpiRecords($input: KpiRecordsInput!, $first: Int!, $after: String) {
    kpiRecords(input: $input, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          kind
          id
          code
          at
          value
          target
          counts
          failing
        }
      }
    }
  }
`);

/** What the filters offer: the organisation's outlets and the categories of its products. */
export const KpiFilterOptionsDocument = graphql(`
  query KpiFilterOptions {
    outlets {
      id
      name
    }
    products {
      id
      category
    }
  }
`);

/** The KPI thresholds of the newest GB/T 27922 indicator catalogue: the targets of the rate and score cards. */
export const KpiCatalogTargetsDocument = graphql(`
  query KpiCatalogTargets {
    indicatorCatalogVersion {
      versionNo
      indicators {
        criteria {
          key
          kpi
          comparator
          statistic
          threshold
        }
      }
    }
  }
`);
