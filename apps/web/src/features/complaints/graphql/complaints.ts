import { graphql } from '../../../gql';

export const ComplaintsDocument = graphql(`
  query Complaints($first: Int!, $after: String, $filter: ComplaintFilter) {
    complaints(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          code
          category
          severity
          status
          statusLabel
          escalationLevel
          escalationLevelLabel
          receivedAt
          customer {
            id
            name
            phone
          }
          outlet {
            id
            name
          }
          deadlines {
            next
            dueAt
            minutesLeft
            minutesOverdue
            overdue
          }
        }
      }
    }
  }
`);

export const ComplaintDetailDocument = graphql(`
  query ComplaintDetail($id: ID!) {
    complaint(id: $id) {
      id
      code
      category
      channel
      severity
      status
      statusLabel
      escalationLevel
      escalationLevelLabel
      escalatedDeadlines
      description
      resolution
      customerAccepted
      receivedAt
      acknowledgedAt
      closedAt
      version
      allowedCommands
      customer {
        id
        name
        phone
      }
      outlet {
        id
        name
      }
      request {
        id
        code
        status
      }
      deadlines {
        ackDueAt
        resolutionDueAt
        acknowledgedInTime
        closedInTime
        next
        dueAt
        minutesLeft
        minutesOverdue
        overdue
      }
      events {
        id
        action
        at
        fromStatus
        toStatus
        fromLevel
        toLevel
        escalationReason
        deadline
        note
        actor {
          id
          name
        }
      }
    }
  }
`);

export const AcknowledgeComplaintDocument = graphql(`
  mutation AcknowledgeComplaint($input: ComplaintStepInput!) {
    acknowledgeComplaint(input: $input) {
      id
      status
      version
      allowedCommands
    }
  }
`);

export const EscalateComplaintDocument = graphql(`
  mutation EscalateComplaint($input: ComplaintStepInput!) {
    escalateComplaint(input: $input) {
      id
      escalationLevel
      version
      allowedCommands
    }
  }
`);

export const CloseComplaintDocument = graphql(`
  mutation CloseComplaint($input: CloseComplaintInput!) {
    closeComplaint(input: $input) {
      id
      status
      version
      allowedCommands
    }
  }
`);

export const CreateComplaintDocument = graphql(`
  mutation CreateComplaint($input: CreateComplaintInput!) {
    createComplaint(input: $input) {
      id
      code
      status
    }
  }
`);
