import { graphql } from '../../../gql';

/** The caller, by the whole phone number. */
export const CustomerByPhoneDocument = graphql(`
  query CustomerByPhone($phone: String!) {
    customers(first: 5, filter: { phone: $phone }) {
      edges {
        node {
          id
          name
          phone
          address
        }
      }
    }
  }
`);

/** Registered units by serial number, with their warranty on today's date. */
export const UnitsBySerialDocument = graphql(`
  query UnitsBySerial($serialNo: String!) {
    productUnits(first: 5, filter: { serialNo: $serialNo }) {
      edges {
        node {
          id
          serialNo
          purchaseDate
          warrantyEnd
          warrantyStatus
          product {
            id
            model
            name
          }
          customer {
            id
            name
            phone
          }
        }
      }
    }
  }
`);

/** Open requests matching a phone number or serial number (the duplicate warning). */
export const OpenRequestsMatchingDocument = graphql(`
  query OpenRequestsMatching($search: String!) {
    serviceRequests(first: 5, filter: { search: $search, statuses: [NEW, ACKNOWLEDGED, DISPATCHED, IN_PROGRESS, ON_HOLD] }) {
      totalCount
      edges {
        node {
          id
          code
          status
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
          }
        }
      }
    }
  }
`);
