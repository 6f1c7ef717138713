import { graphql } from '../../../gql';

export const ServiceRequestDetailDocument = graphql(`
  query ServiceRequestDetail($id: ID!) {
    serviceRequest(id: $id) {
      id
      code
      type
      channel
      priority
      status
      statusLabel
      warrantyStatus
      reportedAt
      acknowledgedAt
      resolvedAt
      closedAt
      cancelledAt
      serialNo
      faultDescription
      reopenCount
      version
      allowedCommands
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
      outlet {
        id
        name
        code
      }
      technician {
        id
        name
        login
      }
      deadlines {
        response {
          dueAt
          state
          minutesLeft
          minutesLate
        }
        arrival {
          dueAt
          state
          minutesLeft
          minutesLate
        }
        resolution {
          dueAt
          state
          minutesLeft
          minutesLate
        }
      }
      events {
        id
        at
        fromStatus
        toStatus
        note
        imported
        actor {
          id
          name
        }
      }
      visits {
        id
        seq
        arrivedAt
        completedAt
        outcome
        diagnosis
        actions
        confirmedBy
        customerFeedback
        technician {
          id
          name
        }
        parts {
          partId
          partNo
          partName
          quantity
          movement
          chargedAmount
        }
        attachments {
          id
          fileName
          mediaType
          purpose
          size
          downloadUrl
          uploadedAt
        }
      }
      attachments {
        id
        fileName
        mediaType
        purpose
        size
        downloadUrl
        uploadedAt
      }
      returnVisits {
        id
        status
        statusLabel
        dueAt
        rating
      }
      surveyInvitations {
        id
        sentAt
        expiresAt
        answeredAt
        state
      }
      surveyResponses {
        id
        overall
        recommend
        comment
        source
        submittedAt
      }
    }
  }
`);

export const TechniciansDocument = graphql(`
  query Technicians($outletId: ID) {
    staff(roles: [TECHNICIAN], outletId: $outletId) {
      id
      name
      login
      phone
      outletIds
    }
  }
`);
