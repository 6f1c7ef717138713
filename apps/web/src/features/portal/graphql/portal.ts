import { graphql } from '../../../gql';

export const PortalOrganisationDocument = graphql(`
  query PortalOrganisation($orgCode: String!) {
    portalOrganisation(orgCode: $orgCode) {
      code
      name
      today
      products {
        id
        model
        name
      }
      outlets {
        id
        name
        city
        address
      }
    }
  }
`);

export const SubmitPortalRequestDocument = graphql(`
  mutation SubmitPortalRequest($orgCode: String!, $input: SubmitPortalRequestInput!) {
    submitPortalRequest(orgCode: $orgCode, input: $input) {
      code
      status
      statusLabel
    }
  }
`);

export const TrackPortalRequestDocument = graphql(`
  query TrackPortalRequest($orgCode: String!, $code: String!, $phone: String!) {
    trackPortalRequest(orgCode: $orgCode, code: $code, phone: $phone) {
      code
      type
      status
      statusLabel
      reportedAt
      product
      technicianName
      appointment {
        from
        to
      }
      timeline {
        at
        status
        label
      }
    }
  }
`);

export const PortalDocumentsDocument = graphql(`
  query PortalDocuments($orgCode: String!, $types: [PublishedDocumentType!]) {
    portalDocuments(orgCode: $orgCode, types: $types) {
      id
      type
      code
      title
      version
      publishedAt
      body
      downloadUrl
    }
  }
`);

export const SurveyByTokenDocument = graphql(`
  query SurveyByToken($token: String!) {
    surveyByToken(token: $token) {
      state
      message
      organisationName
      requestCode
      expiresAt
      questions {
        name
        factors {
          key
          label
        }
        overallMin
        overallMax
        recommendMin
        recommendMax
        commentMaxLength
      }
    }
  }
`);

export const SubmitSurveyResponseDocument = graphql(`
  mutation SubmitSurveyResponse($token: String!, $answers: SurveyAnswersInput!) {
    submitSurveyResponse(token: $token, answers: $answers) {
      state
      message
    }
  }
`);
