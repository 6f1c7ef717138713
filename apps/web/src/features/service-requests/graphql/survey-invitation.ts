import { graphql } from '../../../gql';

export const CreateSurveyInvitationDocument = graphql(`
  mutation CreateSurveyInvitation($input: CreateSurveyInvitationInput!) {
    createSurveyInvitation(input: $input) {
      token
      path
      invitation {
        id
        requestId
        sentAt
        expiresAt
        answeredAt
        state
      }
    }
  }
`);
