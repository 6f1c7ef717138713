import { graphql } from '../../../gql';

export const EvidencePackagesDocument = graphql(`
  query EvidencePackages($first: Int!) {
    evidencePackages(first: $first) {
      id
      status
      periodFrom
      periodTo
      assessmentId
      revealPersonalInformation
      progressDone
      progressTotal
      stage
      fileName
      sizeBytes
      sha256
      keyFingerprint
      errorCode
      downloadUrl
      requestedBy
      createdAt
      finishedAt
    }
  }
`);

export const EvidenceAssessmentChoicesDocument = graphql(`
  query EvidenceAssessmentChoices {
    assessments {
      id
      title
      periodFrom
      periodTo
      status
      score
      gradeName
    }
  }
`);

export const StartEvidencePackageDocument = graphql(`
  mutation StartEvidencePackage($input: StartEvidencePackageInput!) {
    startEvidencePackage(input: $input) {
      id
      status
    }
  }
`);
