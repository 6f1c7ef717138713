import { graphql } from '../../../gql';

export const ImportRecordsDocument = graphql(`
  mutation ImportRecords($files: [ImportFileInput!]!, $update: Boolean) {
    importRecords(files: $files, update: $update) {
      accepted
      counts {
        type
        inserted
        updated
      }
      problems {
        file
        row
        column
        code
        message
        severity
      }
    }
  }
`);
