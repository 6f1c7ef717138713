import { graphql } from '../../../gql';

export const AdminStaffDocument = graphql(`
  query AdminStaff($includeInactive: Boolean!, $from: String) {
    staff(includeInactive: $includeInactive) {
      id
      login
      name
      role
      phone
      outletIds
      active
      version
      trainingHours(from: $from)
      qualifications {
        id
        certificateTypeLabel
        validToday
      }
    }
    outlets {
      id
      code
      name
    }
  }
`);

export const CreateStaffDocument = graphql(`
  mutation CreateStaff($input: CreateStaffInput!) {
    createStaff(input: $input) {
      id
    }
  }
`);

export const UpdateStaffDocument = graphql(`
  mutation UpdateStaff($input: UpdateStaffInput!) {
    updateStaff(input: $input) {
      id
      version
    }
  }
`);

export const AdminQualificationsDocument = graphql(`
  query AdminQualifications($after: String) {
    qualifications(first: 100, after: $after) {
      edges {
        node {
          id
          certificateType
          certificateTypeLabel
          certificateNo
          title
          issuer
          validFrom
          validUntil
          validToday
          staff {
            id
            name
            login
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateQualificationDocument = graphql(`
  mutation CreateQualification($input: CreateQualificationInput!) {
    createQualification(input: $input) {
      id
    }
  }
`);

export const AdminTrainingsDocument = graphql(`
  query AdminTrainings($after: String) {
    trainings(first: 100, after: $after) {
      edges {
        node {
          id
          course
          date
          hours
          trainer
          syllabus
          attendeeCount
          attendees {
            passed
            score
            staff {
              id
              name
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateTrainingDocument = graphql(`
  mutation CreateTraining($input: CreateTrainingInput!) {
    createTraining(input: $input) {
      id
    }
  }
`);

export const StaffOptionsDocument = graphql(`
  query StaffOptions {
    staff {
      id
      login
      name
    }
  }
`);
