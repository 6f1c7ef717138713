import { graphql } from '../../../gql';

export const ControlledDocumentsDocument = graphql(`
  query ControlledDocuments($first: Int!, $after: String, $filter: ControlledDocumentFilter) {
    controlledDocuments(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          seriesId
          supersedesId
          documentType
          title
          versionLabel
          status
          inForce
          published
          effectiveFrom
          effectiveTo
          approvedAt
          version
          author {
            id
            name
          }
          approvedBy {
            id
            name
          }
          file {
            attachmentId
            fileName
            sha256
            size
            downloadUrl
          }
        }
      }
    }
  }
`);

export const CreateControlledDocumentDocument = graphql(`
  mutation CreateControlledDocument($input: CreateControlledDocumentInput!) {
    createControlledDocument(input: $input) {
      id
      version
    }
  }
`);

export const AttachControlledDocumentFileDocument = graphql(`
  mutation AttachControlledDocumentFile($input: AttachControlledDocumentFileInput!) {
    attachControlledDocumentFile(input: $input) {
      id
      version
    }
  }
`);

export const ApproveControlledDocumentDocument = graphql(`
  mutation ApproveControlledDocument($input: ApproveControlledDocumentInput!) {
    approveControlledDocument(input: $input) {
      id
      status
      version
    }
  }
`);

export const SupersedeControlledDocumentDocument = graphql(`
  mutation SupersedeControlledDocument($input: SupersedeControlledDocumentInput!) {
    supersedeControlledDocument(input: $input) {
      id
      version
    }
  }
`);

export const StaffChoicesDocument = graphql(`
  query StaffChoices {
    staff {
      id
      login
      name
    }
  }
`);

export const CorrectiveActionsDocument = graphql(`
  query CorrectiveActions($first: Int!, $after: String, $filter: CorrectiveActionFilter) {
    correctiveActions(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          source
          sourceReference
          problem
          rootCause
          action
          dueDate
          status
          overdue
          completedOn
          effectivenessResult
          effectivenessCheckedOn
          effectivenessNote
          version
          owner {
            id
            name
          }
        }
      }
    }
  }
`);

export const CreateCorrectiveActionDocument = graphql(`
  mutation CreateCorrectiveAction($input: CreateCorrectiveActionInput!) {
    createCorrectiveAction(input: $input) {
      id
    }
  }
`);

export const UpdateCorrectiveActionDocument = graphql(`
  mutation UpdateCorrectiveAction($input: UpdateCorrectiveActionInput!) {
    updateCorrectiveAction(input: $input) {
      id
      version
    }
  }
`);

export const CompleteCorrectiveActionDocument = graphql(`
  mutation CompleteCorrectiveAction($input: CompleteCorrectiveActionInput!) {
    completeCorrectiveAction(input: $input) {
      id
      status
      version
    }
  }
`);

export const RecordEffectivenessCheckDocument = graphql(`
  mutation RecordEffectivenessCheck($input: RecordEffectivenessCheckInput!) {
    recordEffectivenessCheck(input: $input) {
      id
      status
      version
    }
  }
`);

export const InternalAuditsDocument = graphql(`
  query InternalAudits($first: Int!, $after: String) {
    internalAudits(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          plannedDate
          performedDate
          status
          scope
          auditors
          version
          reportDocument {
            id
            title
            versionLabel
          }
          findings {
            id
            clause
            description
            severity
            needsCorrectiveAction
            correctiveActionId
            correctiveActionStatus
          }
        }
      }
    }
  }
`);

export const CreateInternalAuditDocument = graphql(`
  mutation CreateInternalAudit($input: CreateInternalAuditInput!) {
    createInternalAudit(input: $input) {
      id
    }
  }
`);

export const AddAuditFindingDocument = graphql(`
  mutation AddAuditFinding($input: AddAuditFindingInput!) {
    addAuditFinding(input: $input) {
      id
      version
    }
  }
`);

export const ManagementReviewsDocument = graphql(`
  query ManagementReviews($first: Int!, $after: String) {
    managementReviews(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          reviewDate
          chair
          attendees
          inputs
          decisions
          version
          reportDocument {
            id
            title
            versionLabel
          }
        }
      }
    }
  }
`);

export const CreateManagementReviewDocument = graphql(`
  mutation CreateManagementReview($input: CreateManagementReviewInput!) {
    createManagementReview(input: $input) {
      id
    }
  }
`);

export const ChangeNotificationsDocument = graphql(`
  query ChangeNotifications($first: Int!, $after: String) {
    changeNotifications(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          description
          occurredOn
          deadline
          state
          certificationBody
          notifiedOn
          notificationReference
          version
        }
      }
    }
  }
`);

export const CreateChangeNotificationDocument = graphql(`
  mutation CreateChangeNotification($input: CreateChangeNotificationInput!) {
    createChangeNotification(input: $input) {
      id
    }
  }
`);

export const RecordNotificationSentDocument = graphql(`
  mutation RecordNotificationSent($input: RecordNotificationSentInput!) {
    recordNotificationSent(input: $input) {
      id
      state
      version
    }
  }
`);

export const EnterpriseProfileDocument = graphql(`
  query EnterpriseProfile {
    enterpriseProfile {
      id
      legalName
      licenceNumber
      creditCode
      legalRepresentative
      authorisedContact
      contactPhone
      contactEmail
      address
      foundedOn
      history
      productsAndScope
      staffCount
      outletCount
      updatedAt
      version
    }
  }
`);

export const SaveEnterpriseProfileDocument = graphql(`
  mutation SaveEnterpriseProfile($input: SaveEnterpriseProfileInput!) {
    saveEnterpriseProfile(input: $input) {
      id
      version
      updatedAt
    }
  }
`);

export const UpdateInternalAuditDocument = graphql(`
  mutation UpdateInternalAudit($input: UpdateInternalAuditInput!) {
    updateInternalAudit(input: $input) {
      id
      status
      version
    }
  }
`);
