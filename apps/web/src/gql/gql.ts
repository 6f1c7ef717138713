/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Organisations {\n    organisations {\n      id\n      code\n      name\n      timeZone\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query ServiceRequestStats($filter: ServiceRequestFilter) {\n    serviceRequestStats(filter: $filter) {\n      total\n      byStatus {\n        status\n        count\n      }\n      byMonth {\n        month\n        count\n      }\n    }\n  }\n": typeof types.ServiceRequestStatsDocument,
    "\n  query ControlledDocuments($first: Int!, $after: String, $filter: ControlledDocumentFilter) {\n    controlledDocuments(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          seriesId\n          supersedesId\n          documentType\n          title\n          versionLabel\n          status\n          inForce\n          published\n          effectiveFrom\n          effectiveTo\n          approvedAt\n          version\n          author {\n            id\n            name\n          }\n          approvedBy {\n            id\n            name\n          }\n          file {\n            attachmentId\n            fileName\n            sha256\n            size\n            downloadUrl\n          }\n        }\n      }\n    }\n  }\n": typeof types.ControlledDocumentsDocument,
    "\n  mutation CreateControlledDocument($input: CreateControlledDocumentInput!) {\n    createControlledDocument(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.CreateControlledDocumentDocument,
    "\n  mutation AttachControlledDocumentFile($input: AttachControlledDocumentFileInput!) {\n    attachControlledDocumentFile(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AttachControlledDocumentFileDocument,
    "\n  mutation ApproveControlledDocument($input: ApproveControlledDocumentInput!) {\n    approveControlledDocument(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.ApproveControlledDocumentDocument,
    "\n  mutation SupersedeControlledDocument($input: SupersedeControlledDocumentInput!) {\n    supersedeControlledDocument(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.SupersedeControlledDocumentDocument,
    "\n  query StaffChoices {\n    staff {\n      id\n      login\n      name\n    }\n  }\n": typeof types.StaffChoicesDocument,
    "\n  query CorrectiveActions($first: Int!, $after: String, $filter: CorrectiveActionFilter) {\n    correctiveActions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          source\n          sourceReference\n          problem\n          rootCause\n          action\n          dueDate\n          status\n          overdue\n          completedOn\n          effectivenessResult\n          effectivenessCheckedOn\n          effectivenessNote\n          version\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CorrectiveActionsDocument,
    "\n  mutation CreateCorrectiveAction($input: CreateCorrectiveActionInput!) {\n    createCorrectiveAction(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCorrectiveActionDocument,
    "\n  mutation UpdateCorrectiveAction($input: UpdateCorrectiveActionInput!) {\n    updateCorrectiveAction(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.UpdateCorrectiveActionDocument,
    "\n  mutation CompleteCorrectiveAction($input: CompleteCorrectiveActionInput!) {\n    completeCorrectiveAction(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.CompleteCorrectiveActionDocument,
    "\n  mutation RecordEffectivenessCheck($input: RecordEffectivenessCheckInput!) {\n    recordEffectivenessCheck(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.RecordEffectivenessCheckDocument,
    "\n  query InternalAudits($first: Int!, $after: String) {\n    internalAudits(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          plannedDate\n          performedDate\n          status\n          scope\n          auditors\n          version\n          reportDocument {\n            id\n            title\n            versionLabel\n          }\n          findings {\n            id\n            clause\n            description\n            severity\n            needsCorrectiveAction\n            correctiveActionId\n            correctiveActionStatus\n          }\n        }\n      }\n    }\n  }\n": typeof types.InternalAuditsDocument,
    "\n  mutation CreateInternalAudit($input: CreateInternalAuditInput!) {\n    createInternalAudit(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateInternalAuditDocument,
    "\n  mutation AddAuditFinding($input: AddAuditFindingInput!) {\n    addAuditFinding(input: $input) {\n      id\n      version\n    }\n  }\n": typeof types.AddAuditFindingDocument,
    "\n  query ManagementReviews($first: Int!, $after: String) {\n    managementReviews(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          reviewDate\n          chair\n          attendees\n          inputs\n          decisions\n          version\n          reportDocument {\n            id\n            title\n            versionLabel\n          }\n        }\n      }\n    }\n  }\n": typeof types.ManagementReviewsDocument,
    "\n  mutation CreateManagementReview($input: CreateManagementReviewInput!) {\n    createManagementReview(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateManagementReviewDocument,
    "\n  query ChangeNotifications($first: Int!, $after: String) {\n    changeNotifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          description\n          occurredOn\n          deadline\n          state\n          certificationBody\n          notifiedOn\n          notificationReference\n          version\n        }\n      }\n    }\n  }\n": typeof types.ChangeNotificationsDocument,
    "\n  mutation CreateChangeNotification($input: CreateChangeNotificationInput!) {\n    createChangeNotification(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateChangeNotificationDocument,
    "\n  mutation RecordNotificationSent($input: RecordNotificationSentInput!) {\n    recordNotificationSent(input: $input) {\n      id\n      state\n      version\n    }\n  }\n": typeof types.RecordNotificationSentDocument,
    "\n  query EnterpriseProfile {\n    enterpriseProfile {\n      id\n      legalName\n      licenceNumber\n      creditCode\n      legalRepresentative\n      authorisedContact\n      contactPhone\n      contactEmail\n      address\n      foundedOn\n      history\n      productsAndScope\n      staffCount\n      outletCount\n      updatedAt\n      version\n    }\n  }\n": typeof types.EnterpriseProfileDocument,
    "\n  mutation SaveEnterpriseProfile($input: SaveEnterpriseProfileInput!) {\n    saveEnterpriseProfile(input: $input) {\n      id\n      version\n      updatedAt\n    }\n  }\n": typeof types.SaveEnterpriseProfileDocument,
    "\n  mutation UpdateInternalAudit($input: UpdateInternalAuditInput!) {\n    updateInternalAudit(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": typeof types.UpdateInternalAuditDocument,
    "\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) {\n      id\n      code\n      status\n      reportedAt\n    }\n  }\n": typeof types.CreateServiceRequestDocument,
    "\n  query Outlets {\n    outlets {\n      id\n      code\n      name\n      kind\n      city\n      regionName\n    }\n  }\n": typeof types.OutletsDocument,
    "\n  query Products {\n    products {\n      id\n      model\n      name\n      category\n      warrantyMonths\n    }\n  }\n": typeof types.ProductsDocument,
    "\n  query ServiceRequests($first: Int!, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          type\n          channel\n          priority\n          status\n          warrantyStatus\n          reportedAt\n          serialNo\n          customer {\n            id\n            name\n            phone\n          }\n          product {\n            id\n            model\n            name\n          }\n          outlet {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ServiceRequestsDocument,
};
const documents: Documents = {
    "\n  query Organisations {\n    organisations {\n      id\n      code\n      name\n      timeZone\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query ServiceRequestStats($filter: ServiceRequestFilter) {\n    serviceRequestStats(filter: $filter) {\n      total\n      byStatus {\n        status\n        count\n      }\n      byMonth {\n        month\n        count\n      }\n    }\n  }\n": types.ServiceRequestStatsDocument,
    "\n  query ControlledDocuments($first: Int!, $after: String, $filter: ControlledDocumentFilter) {\n    controlledDocuments(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          seriesId\n          supersedesId\n          documentType\n          title\n          versionLabel\n          status\n          inForce\n          published\n          effectiveFrom\n          effectiveTo\n          approvedAt\n          version\n          author {\n            id\n            name\n          }\n          approvedBy {\n            id\n            name\n          }\n          file {\n            attachmentId\n            fileName\n            sha256\n            size\n            downloadUrl\n          }\n        }\n      }\n    }\n  }\n": types.ControlledDocumentsDocument,
    "\n  mutation CreateControlledDocument($input: CreateControlledDocumentInput!) {\n    createControlledDocument(input: $input) {\n      id\n      version\n    }\n  }\n": types.CreateControlledDocumentDocument,
    "\n  mutation AttachControlledDocumentFile($input: AttachControlledDocumentFileInput!) {\n    attachControlledDocumentFile(input: $input) {\n      id\n      version\n    }\n  }\n": types.AttachControlledDocumentFileDocument,
    "\n  mutation ApproveControlledDocument($input: ApproveControlledDocumentInput!) {\n    approveControlledDocument(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.ApproveControlledDocumentDocument,
    "\n  mutation SupersedeControlledDocument($input: SupersedeControlledDocumentInput!) {\n    supersedeControlledDocument(input: $input) {\n      id\n      version\n    }\n  }\n": types.SupersedeControlledDocumentDocument,
    "\n  query StaffChoices {\n    staff {\n      id\n      login\n      name\n    }\n  }\n": types.StaffChoicesDocument,
    "\n  query CorrectiveActions($first: Int!, $after: String, $filter: CorrectiveActionFilter) {\n    correctiveActions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          source\n          sourceReference\n          problem\n          rootCause\n          action\n          dueDate\n          status\n          overdue\n          completedOn\n          effectivenessResult\n          effectivenessCheckedOn\n          effectivenessNote\n          version\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CorrectiveActionsDocument,
    "\n  mutation CreateCorrectiveAction($input: CreateCorrectiveActionInput!) {\n    createCorrectiveAction(input: $input) {\n      id\n    }\n  }\n": types.CreateCorrectiveActionDocument,
    "\n  mutation UpdateCorrectiveAction($input: UpdateCorrectiveActionInput!) {\n    updateCorrectiveAction(input: $input) {\n      id\n      version\n    }\n  }\n": types.UpdateCorrectiveActionDocument,
    "\n  mutation CompleteCorrectiveAction($input: CompleteCorrectiveActionInput!) {\n    completeCorrectiveAction(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.CompleteCorrectiveActionDocument,
    "\n  mutation RecordEffectivenessCheck($input: RecordEffectivenessCheckInput!) {\n    recordEffectivenessCheck(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.RecordEffectivenessCheckDocument,
    "\n  query InternalAudits($first: Int!, $after: String) {\n    internalAudits(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          plannedDate\n          performedDate\n          status\n          scope\n          auditors\n          version\n          reportDocument {\n            id\n            title\n            versionLabel\n          }\n          findings {\n            id\n            clause\n            description\n            severity\n            needsCorrectiveAction\n            correctiveActionId\n            correctiveActionStatus\n          }\n        }\n      }\n    }\n  }\n": types.InternalAuditsDocument,
    "\n  mutation CreateInternalAudit($input: CreateInternalAuditInput!) {\n    createInternalAudit(input: $input) {\n      id\n    }\n  }\n": types.CreateInternalAuditDocument,
    "\n  mutation AddAuditFinding($input: AddAuditFindingInput!) {\n    addAuditFinding(input: $input) {\n      id\n      version\n    }\n  }\n": types.AddAuditFindingDocument,
    "\n  query ManagementReviews($first: Int!, $after: String) {\n    managementReviews(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          reviewDate\n          chair\n          attendees\n          inputs\n          decisions\n          version\n          reportDocument {\n            id\n            title\n            versionLabel\n          }\n        }\n      }\n    }\n  }\n": types.ManagementReviewsDocument,
    "\n  mutation CreateManagementReview($input: CreateManagementReviewInput!) {\n    createManagementReview(input: $input) {\n      id\n    }\n  }\n": types.CreateManagementReviewDocument,
    "\n  query ChangeNotifications($first: Int!, $after: String) {\n    changeNotifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          description\n          occurredOn\n          deadline\n          state\n          certificationBody\n          notifiedOn\n          notificationReference\n          version\n        }\n      }\n    }\n  }\n": types.ChangeNotificationsDocument,
    "\n  mutation CreateChangeNotification($input: CreateChangeNotificationInput!) {\n    createChangeNotification(input: $input) {\n      id\n    }\n  }\n": types.CreateChangeNotificationDocument,
    "\n  mutation RecordNotificationSent($input: RecordNotificationSentInput!) {\n    recordNotificationSent(input: $input) {\n      id\n      state\n      version\n    }\n  }\n": types.RecordNotificationSentDocument,
    "\n  query EnterpriseProfile {\n    enterpriseProfile {\n      id\n      legalName\n      licenceNumber\n      creditCode\n      legalRepresentative\n      authorisedContact\n      contactPhone\n      contactEmail\n      address\n      foundedOn\n      history\n      productsAndScope\n      staffCount\n      outletCount\n      updatedAt\n      version\n    }\n  }\n": types.EnterpriseProfileDocument,
    "\n  mutation SaveEnterpriseProfile($input: SaveEnterpriseProfileInput!) {\n    saveEnterpriseProfile(input: $input) {\n      id\n      version\n      updatedAt\n    }\n  }\n": types.SaveEnterpriseProfileDocument,
    "\n  mutation UpdateInternalAudit($input: UpdateInternalAuditInput!) {\n    updateInternalAudit(input: $input) {\n      id\n      status\n      version\n    }\n  }\n": types.UpdateInternalAuditDocument,
    "\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) {\n      id\n      code\n      status\n      reportedAt\n    }\n  }\n": types.CreateServiceRequestDocument,
    "\n  query Outlets {\n    outlets {\n      id\n      code\n      name\n      kind\n      city\n      regionName\n    }\n  }\n": types.OutletsDocument,
    "\n  query Products {\n    products {\n      id\n      model\n      name\n      category\n      warrantyMonths\n    }\n  }\n": types.ProductsDocument,
    "\n  query ServiceRequests($first: Int!, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          type\n          channel\n          priority\n          status\n          warrantyStatus\n          reportedAt\n          serialNo\n          customer {\n            id\n            name\n            phone\n          }\n          product {\n            id\n            model\n            name\n          }\n          outlet {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ServiceRequestsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations {\n    organisations {\n      id\n      code\n      name\n      timeZone\n    }\n  }\n"): (typeof documents)["\n  query Organisations {\n    organisations {\n      id\n      code\n      name\n      timeZone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequestStats($filter: ServiceRequestFilter) {\n    serviceRequestStats(filter: $filter) {\n      total\n      byStatus {\n        status\n        count\n      }\n      byMonth {\n        month\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceRequestStats($filter: ServiceRequestFilter) {\n    serviceRequestStats(filter: $filter) {\n      total\n      byStatus {\n        status\n        count\n      }\n      byMonth {\n        month\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ControlledDocuments($first: Int!, $after: String, $filter: ControlledDocumentFilter) {\n    controlledDocuments(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          seriesId\n          supersedesId\n          documentType\n          title\n          versionLabel\n          status\n          inForce\n          published\n          effectiveFrom\n          effectiveTo\n          approvedAt\n          version\n          author {\n            id\n            name\n          }\n          approvedBy {\n            id\n            name\n          }\n          file {\n            attachmentId\n            fileName\n            sha256\n            size\n            downloadUrl\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ControlledDocuments($first: Int!, $after: String, $filter: ControlledDocumentFilter) {\n    controlledDocuments(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          seriesId\n          supersedesId\n          documentType\n          title\n          versionLabel\n          status\n          inForce\n          published\n          effectiveFrom\n          effectiveTo\n          approvedAt\n          version\n          author {\n            id\n            name\n          }\n          approvedBy {\n            id\n            name\n          }\n          file {\n            attachmentId\n            fileName\n            sha256\n            size\n            downloadUrl\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateControlledDocument($input: CreateControlledDocumentInput!) {\n    createControlledDocument(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateControlledDocument($input: CreateControlledDocumentInput!) {\n    createControlledDocument(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AttachControlledDocumentFile($input: AttachControlledDocumentFileInput!) {\n    attachControlledDocumentFile(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AttachControlledDocumentFile($input: AttachControlledDocumentFileInput!) {\n    attachControlledDocumentFile(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveControlledDocument($input: ApproveControlledDocumentInput!) {\n    approveControlledDocument(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation ApproveControlledDocument($input: ApproveControlledDocumentInput!) {\n    approveControlledDocument(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SupersedeControlledDocument($input: SupersedeControlledDocumentInput!) {\n    supersedeControlledDocument(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation SupersedeControlledDocument($input: SupersedeControlledDocumentInput!) {\n    supersedeControlledDocument(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StaffChoices {\n    staff {\n      id\n      login\n      name\n    }\n  }\n"): (typeof documents)["\n  query StaffChoices {\n    staff {\n      id\n      login\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorrectiveActions($first: Int!, $after: String, $filter: CorrectiveActionFilter) {\n    correctiveActions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          source\n          sourceReference\n          problem\n          rootCause\n          action\n          dueDate\n          status\n          overdue\n          completedOn\n          effectivenessResult\n          effectivenessCheckedOn\n          effectivenessNote\n          version\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CorrectiveActions($first: Int!, $after: String, $filter: CorrectiveActionFilter) {\n    correctiveActions(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          source\n          sourceReference\n          problem\n          rootCause\n          action\n          dueDate\n          status\n          overdue\n          completedOn\n          effectivenessResult\n          effectivenessCheckedOn\n          effectivenessNote\n          version\n          owner {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCorrectiveAction($input: CreateCorrectiveActionInput!) {\n    createCorrectiveAction(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCorrectiveAction($input: CreateCorrectiveActionInput!) {\n    createCorrectiveAction(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCorrectiveAction($input: UpdateCorrectiveActionInput!) {\n    updateCorrectiveAction(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCorrectiveAction($input: UpdateCorrectiveActionInput!) {\n    updateCorrectiveAction(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteCorrectiveAction($input: CompleteCorrectiveActionInput!) {\n    completeCorrectiveAction(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteCorrectiveAction($input: CompleteCorrectiveActionInput!) {\n    completeCorrectiveAction(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordEffectivenessCheck($input: RecordEffectivenessCheckInput!) {\n    recordEffectivenessCheck(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RecordEffectivenessCheck($input: RecordEffectivenessCheckInput!) {\n    recordEffectivenessCheck(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InternalAudits($first: Int!, $after: String) {\n    internalAudits(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          plannedDate\n          performedDate\n          status\n          scope\n          auditors\n          version\n          reportDocument {\n            id\n            title\n            versionLabel\n          }\n          findings {\n            id\n            clause\n            description\n            severity\n            needsCorrectiveAction\n            correctiveActionId\n            correctiveActionStatus\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InternalAudits($first: Int!, $after: String) {\n    internalAudits(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          plannedDate\n          performedDate\n          status\n          scope\n          auditors\n          version\n          reportDocument {\n            id\n            title\n            versionLabel\n          }\n          findings {\n            id\n            clause\n            description\n            severity\n            needsCorrectiveAction\n            correctiveActionId\n            correctiveActionStatus\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInternalAudit($input: CreateInternalAuditInput!) {\n    createInternalAudit(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInternalAudit($input: CreateInternalAuditInput!) {\n    createInternalAudit(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddAuditFinding($input: AddAuditFindingInput!) {\n    addAuditFinding(input: $input) {\n      id\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation AddAuditFinding($input: AddAuditFindingInput!) {\n    addAuditFinding(input: $input) {\n      id\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagementReviews($first: Int!, $after: String) {\n    managementReviews(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          reviewDate\n          chair\n          attendees\n          inputs\n          decisions\n          version\n          reportDocument {\n            id\n            title\n            versionLabel\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManagementReviews($first: Int!, $after: String) {\n    managementReviews(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          reviewDate\n          chair\n          attendees\n          inputs\n          decisions\n          version\n          reportDocument {\n            id\n            title\n            versionLabel\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateManagementReview($input: CreateManagementReviewInput!) {\n    createManagementReview(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateManagementReview($input: CreateManagementReviewInput!) {\n    createManagementReview(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChangeNotifications($first: Int!, $after: String) {\n    changeNotifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          description\n          occurredOn\n          deadline\n          state\n          certificationBody\n          notifiedOn\n          notificationReference\n          version\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChangeNotifications($first: Int!, $after: String) {\n    changeNotifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          description\n          occurredOn\n          deadline\n          state\n          certificationBody\n          notifiedOn\n          notificationReference\n          version\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateChangeNotification($input: CreateChangeNotificationInput!) {\n    createChangeNotification(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateChangeNotification($input: CreateChangeNotificationInput!) {\n    createChangeNotification(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordNotificationSent($input: RecordNotificationSentInput!) {\n    recordNotificationSent(input: $input) {\n      id\n      state\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation RecordNotificationSent($input: RecordNotificationSentInput!) {\n    recordNotificationSent(input: $input) {\n      id\n      state\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseProfile {\n    enterpriseProfile {\n      id\n      legalName\n      licenceNumber\n      creditCode\n      legalRepresentative\n      authorisedContact\n      contactPhone\n      contactEmail\n      address\n      foundedOn\n      history\n      productsAndScope\n      staffCount\n      outletCount\n      updatedAt\n      version\n    }\n  }\n"): (typeof documents)["\n  query EnterpriseProfile {\n    enterpriseProfile {\n      id\n      legalName\n      licenceNumber\n      creditCode\n      legalRepresentative\n      authorisedContact\n      contactPhone\n      contactEmail\n      address\n      foundedOn\n      history\n      productsAndScope\n      staffCount\n      outletCount\n      updatedAt\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveEnterpriseProfile($input: SaveEnterpriseProfileInput!) {\n    saveEnterpriseProfile(input: $input) {\n      id\n      version\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveEnterpriseProfile($input: SaveEnterpriseProfileInput!) {\n    saveEnterpriseProfile(input: $input) {\n      id\n      version\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateInternalAudit($input: UpdateInternalAuditInput!) {\n    updateInternalAudit(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateInternalAudit($input: UpdateInternalAuditInput!) {\n    updateInternalAudit(input: $input) {\n      id\n      status\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) {\n      id\n      code\n      status\n      reportedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateServiceRequest($input: CreateServiceRequestInput!) {\n    createServiceRequest(input: $input) {\n      id\n      code\n      status\n      reportedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Outlets {\n    outlets {\n      id\n      code\n      name\n      kind\n      city\n      regionName\n    }\n  }\n"): (typeof documents)["\n  query Outlets {\n    outlets {\n      id\n      code\n      name\n      kind\n      city\n      regionName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Products {\n    products {\n      id\n      model\n      name\n      category\n      warrantyMonths\n    }\n  }\n"): (typeof documents)["\n  query Products {\n    products {\n      id\n      model\n      name\n      category\n      warrantyMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceRequests($first: Int!, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          type\n          channel\n          priority\n          status\n          warrantyStatus\n          reportedAt\n          serialNo\n          customer {\n            id\n            name\n            phone\n          }\n          product {\n            id\n            model\n            name\n          }\n          outlet {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ServiceRequests($first: Int!, $after: String, $filter: ServiceRequestFilter) {\n    serviceRequests(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          code\n          type\n          channel\n          priority\n          status\n          warrantyStatus\n          reportedAt\n          serialNo\n          customer {\n            id\n            name\n            phone\n          }\n          product {\n            id\n            model\n            name\n          }\n          outlet {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;