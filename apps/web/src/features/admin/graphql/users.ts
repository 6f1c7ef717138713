import { graphql } from '../../../gql';

export const AdminUsersDocument = graphql(`
  query AdminUsers {
    users {
      staffId
      login
      name
      role
      outletIds
      active
      hasLogin
      lockedUntil
      failedLogins
      lastLoginAt
      openSessions
      version
    }
    outlets {
      id
      code
      name
      active
    }
    me {
      id
    }
  }
`);

export const GrantUserLoginDocument = graphql(`
  mutation GrantUserLogin($input: GrantUserLoginInput!) {
    grantUserLogin(input: $input) {
      staffId
      version
    }
  }
`);

export const UnlockUserAccountDocument = graphql(`
  mutation UnlockUserAccount($staffId: ID!) {
    unlockUserAccount(staffId: $staffId) {
      staffId
      lockedUntil
    }
  }
`);

export const RevokeUserSessionsDocument = graphql(`
  mutation RevokeUserSessions($staffId: ID!) {
    revokeUserSessions(staffId: $staffId)
  }
`);

export const UpdateUserAccessDocument = graphql(`
  mutation UpdateUserAccess($input: UpdateStaffInput!) {
    updateStaff(input: $input) {
      id
      role
      active
      version
    }
  }
`);
