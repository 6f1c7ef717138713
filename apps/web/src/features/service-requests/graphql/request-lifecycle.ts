import { graphql } from '../../../gql';

/** The fields a lifecycle step changes; the detail query refetches the rest (events, deadlines). */
export const AcknowledgeServiceRequestDocument = graphql(`
  mutation AcknowledgeServiceRequest($input: TransitionServiceRequestInput!) {
    acknowledgeServiceRequest(input: $input) {
      id
      status
      version
      allowedCommands
    }
  }
`);

export const DispatchServiceRequestDocument = graphql(`
  mutation DispatchServiceRequest($input: DispatchServiceRequestInput!) {
    dispatchServiceRequest(input: $input) {
      id
      status
      version
      allowedCommands
    }
  }
`);

export const StartServiceRequestDocument = graphql(`
  mutation StartServiceRequest($input: TransitionServiceRequestInput!) {
    startServiceRequest(input: $input) {
      id
      status
      version
      allowedCommands
    }
  }
`);

export const HoldServiceRequestDocument = graphql(`
  mutation HoldServiceRequest($input: TransitionServiceRequestInput!) {
    holdServiceRequest(input: $input) {
      id
      status
      version
      allowedCommands
    }
  }
`);

export const ResumeServiceRequestDocument = graphql(`
  mutation ResumeServiceRequest($input: TransitionServiceRequestInput!) {
    resumeServiceRequest(input: $input) {
      id
      status
      version
      allowedCommands
    }
  }
`);

export const ResolveServiceRequestDocument = graphql(`
  mutation ResolveServiceRequest($input: TransitionServiceRequestInput!) {
    resolveServiceRequest(input: $input) {
      id
      status
      version
      allowedCommands
    }
  }
`);

export const CloseServiceRequestDocument = graphql(`
  mutation CloseServiceRequest($input: TransitionServiceRequestInput!) {
    closeServiceRequest(input: $input) {
      id
      status
      version
      allowedCommands
    }
  }
`);

export const ReopenServiceRequestDocument = graphql(`
  mutation ReopenServiceRequest($input: TransitionServiceRequestInput!) {
    reopenServiceRequest(input: $input) {
      id
      status
      version
      allowedCommands
    }
  }
`);

export const CancelServiceRequestDocument = graphql(`
  mutation CancelServiceRequest($input: TransitionServiceRequestInput!) {
    cancelServiceRequest(input: $input) {
      id
      status
      version
      allowedCommands
    }
  }
`);
