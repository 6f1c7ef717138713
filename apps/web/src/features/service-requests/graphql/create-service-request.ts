import { graphql } from '../../../gql';

export const CreateServiceRequestDocument = graphql(`
  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {
    createServiceRequest(input: $input) {
      id
      code
      status
      reportedAt
    }
  }
`);
