/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AddAuditFindingInput = {
  auditId: string | number;
  clause?: string | null | undefined;
  description?: string | null | undefined;
  severity?: AuditFindingSeverity | null | undefined;
};

export type ApproveControlledDocumentInput = {
  approvedById?: string | number | null | undefined;
  /** First day in force, YYYY-MM-DD */
  effectiveFrom?: string | null | undefined;
  /** Last day in force for a fixed term, YYYY-MM-DD */
  effectiveTo?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  id: string | number;
};

/** Make an uploaded file (POST /api/attachments, ownerType CONTROLLED_DOCUMENT) the file of a draft */
export type AttachControlledDocumentFileInput = {
  attachmentId?: string | number | null | undefined;
  expectedVersion?: number | null | undefined;
  id: string | number;
};

export type AuditFindingSeverity =
  | 'MAJOR'
  | 'MINOR'
  | 'OBSERVATION';

/** What the certification body must be told of (gbt27922.md) */
export type ChangeNotificationKind =
  | 'AUTHORISED_PERSON'
  | 'LEGAL_REPRESENTATIVE'
  | 'LEGAL_STATUS'
  | 'LICENCE'
  | 'MAJOR_COMPLAINT'
  | 'MAJOR_INCIDENT'
  | 'ORGANISATION'
  | 'OWNERSHIP'
  | 'REGULATORY_FINDING'
  | 'SCOPE'
  | 'SERVICE_PROCESS'
  | 'SERVICE_SITES';

export type ChangeNotificationState =
  | 'NOTIFIED'
  | 'NOTIFIED_LATE'
  | 'OVERDUE'
  | 'PENDING';

export type Channel =
  | 'APP'
  | 'HOTLINE'
  | 'ONLINE'
  | 'ON_SITE'
  | 'WALK_IN';

/** The action was taken */
export type CompleteCorrectiveActionInput = {
  completedOn?: string | null | undefined;
  completionNote?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  id: string | number;
};

export type ControlledDocumentFilter = {
  documentTypes?: Array<ControlledDocumentType> | null | undefined;
  /** Every version of one document */
  seriesId?: string | number | null | undefined;
  statuses?: Array<ControlledDocumentStatus> | null | undefined;
};

export type ControlledDocumentStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'SUPERSEDED';

/** The controlled-document types of the indicator catalogue (EVIDENCE_DOCUMENT_TYPES) */
export type ControlledDocumentType =
  | 'COMPLAINT_PROCEDURE'
  | 'CONDUCT_RULES'
  | 'DELIVERY_PROCEDURE'
  | 'EMERGENCY_PLAN'
  | 'FAQ'
  | 'INSTALLATION_GUIDE'
  | 'INTERNAL_AUDIT_REPORT'
  | 'JOB_RESPONSIBILITIES'
  | 'MANAGEMENT_REVIEW_REPORT'
  | 'ORGANISATION_CHART'
  | 'PRIVACY_POLICY'
  | 'PROCESS_FLOWCHART'
  | 'PRODUCT_MANUAL'
  | 'SERVICE_BUDGET'
  | 'SERVICE_COMMITMENT'
  | 'SERVICE_MANUAL'
  | 'SERVICE_PHILOSOPHY'
  | 'SERVICE_POLICY'
  | 'SPARE_PARTS_LIST'
  | 'TAKE_BACK_PROGRAMME'
  | 'TRAINING_PLAN'
  | 'WARRANTY_POLICY';

export type CorrectiveActionFilter = {
  /** Only open actions past their due day */
  overdueOnly?: boolean | null | undefined;
  sources?: Array<CorrectiveActionSource> | null | undefined;
  statuses?: Array<CorrectiveActionStatus> | null | undefined;
};

export type CorrectiveActionSource =
  | 'AUDIT_FINDING'
  | 'COMPLAINT'
  | 'KPI_BELOW_TARGET'
  | 'OTHER';

/** OPEN until taken; CLOSED after an effective check */
export type CorrectiveActionStatus =
  | 'ACTION_TAKEN'
  | 'CLOSED'
  | 'OPEN';

export type CreateChangeNotificationInput = {
  certificationBody?: string | null | undefined;
  description?: string | null | undefined;
  kind?: ChangeNotificationKind | null | undefined;
  occurredOn?: string | null | undefined;
};

/** A new controlled document: its first version, as a draft */
export type CreateControlledDocumentInput = {
  /** Who wrote it (编写人); the approver must be someone else */
  authorId?: string | number | null | undefined;
  description?: string | null | undefined;
  documentType?: ControlledDocumentType | null | undefined;
  /** Show on the customer portal once in force (FAQ and product manuals only) */
  published?: boolean | null | undefined;
  title?: string | null | undefined;
  /** e.g. A/0, V1.0 */
  versionLabel?: string | null | undefined;
};

export type CreateCorrectiveActionInput = {
  action?: string | null | undefined;
  /** For AUDIT_FINDING: the finding, linked to the new action */
  auditFindingId?: string | number | null | undefined;
  /** YYYY-MM-DD */
  dueDate?: string | null | undefined;
  ownerId?: string | number | null | undefined;
  problem?: string | null | undefined;
  rootCause?: string | null | undefined;
  source?: CorrectiveActionSource | null | undefined;
  /** Required for COMPLAINT and KPI_BELOW_TARGET */
  sourceReference?: string | null | undefined;
};

export type CreateInternalAuditInput = {
  /** Names (auditors may be external) */
  auditors?: Array<string> | null | undefined;
  /** Set once the audit took place */
  performedDate?: string | null | undefined;
  plannedDate?: string | null | undefined;
  /** A controlled document of type INTERNAL_AUDIT_REPORT */
  reportDocumentId?: string | number | null | undefined;
  scope?: string | null | undefined;
  title?: string | null | undefined;
};

export type CreateManagementReviewInput = {
  attendees?: Array<string> | null | undefined;
  chair?: string | null | undefined;
  decisions?: string | null | undefined;
  inputs?: string | null | undefined;
  /** A controlled document of type MANAGEMENT_REVIEW_REPORT */
  reportDocumentId?: string | number | null | undefined;
  reviewDate?: string | null | undefined;
  title?: string | null | undefined;
};

export type CreateServiceRequestInput = {
  channel?: Channel | null | undefined;
  customerAddress?: string | null | undefined;
  customerName?: string | null | undefined;
  customerPhone?: string | null | undefined;
  faultDescription?: string | null | undefined;
  outletId?: string | number | null | undefined;
  priority?: Priority | null | undefined;
  productId?: string | number | null | undefined;
  /** Purchase date YYYY-MM-DD */
  purchaseDate?: string | null | undefined;
  /** When the customer reported; defaults to now */
  reportedAt?: string | null | undefined;
  serialNo?: string | null | undefined;
  type?: ServiceType | null | undefined;
};

export type EffectivenessResult =
  | 'EFFECTIVE'
  | 'NOT_EFFECTIVE';

export type InternalAuditStatus =
  | 'COMPLETED'
  | 'PLANNED';

export type OutletKind =
  | 'AGENT'
  | 'OWN'
  | 'PARTNER';

export type Priority =
  | 'HIGH'
  | 'LOW'
  | 'NORMAL'
  | 'URGENT';

/** Effective closes the action; not effective opens it again with a new due day */
export type RecordEffectivenessCheckInput = {
  checkedById?: string | number | null | undefined;
  checkedOn?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  id: string | number;
  newDueDate?: string | null | undefined;
  note?: string | null | undefined;
  result?: EffectivenessResult | null | undefined;
};

export type RecordNotificationSentInput = {
  expectedVersion?: number | null | undefined;
  id: string | number;
  notifiedOn?: string | null | undefined;
  /** The body’s acknowledgement or letter number */
  reference?: string | null | undefined;
};

export type RequestStatus =
  | 'ACKNOWLEDGED'
  | 'CANCELLED'
  | 'CLOSED'
  | 'DISPATCHED'
  | 'IN_PROGRESS'
  | 'NEW'
  | 'ON_HOLD'
  | 'RESOLVED';

/** The whole profile; expectedVersion is null the first time */
export type SaveEnterpriseProfileInput = {
  address?: string | null | undefined;
  authorisedContact?: string | null | undefined;
  contactEmail?: string | null | undefined;
  contactPhone?: string | null | undefined;
  creditCode?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  foundedOn?: string | null | undefined;
  history?: string | null | undefined;
  legalName?: string | null | undefined;
  legalRepresentative?: string | null | undefined;
  licenceNumber?: string | null | undefined;
  outletCount?: number | null | undefined;
  productsAndScope?: string | null | undefined;
  staffCount?: number | null | undefined;
};

export type ServiceRequestFilter = {
  outletIds?: Array<string | number> | null | undefined;
  /** Inclusive lower bound of reportedAt */
  reportedFrom?: string | null | undefined;
  /** Exclusive upper bound of reportedAt */
  reportedTo?: string | null | undefined;
  /** Start of a request code or serial number, part of a customer name, or start of a phone number */
  search?: string | null | undefined;
  statuses?: Array<RequestStatus> | null | undefined;
  /** Requests dispatched to these technicians */
  technicianIds?: Array<string | number> | null | undefined;
};

export type ServiceType =
  | 'CONSULTATION'
  | 'DELIVERY'
  | 'INSTALLATION'
  | 'MAINTENANCE'
  | 'REPAIR'
  | 'RETURN_EXCHANGE';

/** Draft the next version of an approved document; approving it ends the one it replaces */
export type SupersedeControlledDocumentInput = {
  authorId?: string | number | null | undefined;
  description?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  /** The approved version to replace */
  id: string | number;
  published?: boolean | null | undefined;
  /** Defaults to the title of the version replaced */
  title?: string | null | undefined;
  versionLabel?: string | null | undefined;
};

/** Change an open action; fields left out keep their value */
export type UpdateCorrectiveActionInput = {
  action?: string | null | undefined;
  dueDate?: string | null | undefined;
  expectedVersion?: number | null | undefined;
  id: string | number;
  ownerId?: string | number | null | undefined;
  problem?: string | null | undefined;
  rootCause?: string | null | undefined;
  sourceReference?: string | null | undefined;
};

/** Fields left out keep their value */
export type UpdateInternalAuditInput = {
  /** Names (auditors may be external) */
  auditors?: Array<string> | null | undefined;
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** Set once the audit took place */
  performedDate?: string | null | undefined;
  plannedDate?: string | null | undefined;
  /** A controlled document of type INTERNAL_AUDIT_REPORT */
  reportDocumentId?: string | number | null | undefined;
  scope?: string | null | undefined;
  title?: string | null | undefined;
};

export type WarrantyStatus =
  | 'IN_WARRANTY'
  | 'OUT_OF_WARRANTY'
  | 'UNKNOWN';

export type OrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationsQuery = { organisations: Array<{ id: string, code: string, name: string, timeZone: string }> };

export type ServiceRequestStatsQueryVariables = Exact<{
  filter?: ServiceRequestFilter | null | undefined;
}>;


export type ServiceRequestStatsQuery = { serviceRequestStats: { total: number, byStatus: Array<{ status: RequestStatus, count: number }>, byMonth: Array<{ month: string, count: number }> } };

export type ControlledDocumentsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ControlledDocumentFilter | null | undefined;
}>;


export type ControlledDocumentsQuery = { controlledDocuments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, seriesId: string, supersedesId: string | null, documentType: ControlledDocumentType, title: string, versionLabel: string, status: ControlledDocumentStatus, inForce: boolean, published: boolean, effectiveFrom: string | null, effectiveTo: string | null, approvedAt: string | null, version: number, author: { id: string, name: string } | null, approvedBy: { id: string, name: string } | null, file: { attachmentId: string, fileName: string, sha256: string, size: number, downloadUrl: string } | null } }> } };

export type CreateControlledDocumentMutationVariables = Exact<{
  input: CreateControlledDocumentInput;
}>;


export type CreateControlledDocumentMutation = { createControlledDocument: { id: string, version: number } };

export type AttachControlledDocumentFileMutationVariables = Exact<{
  input: AttachControlledDocumentFileInput;
}>;


export type AttachControlledDocumentFileMutation = { attachControlledDocumentFile: { id: string, version: number } };

export type ApproveControlledDocumentMutationVariables = Exact<{
  input: ApproveControlledDocumentInput;
}>;


export type ApproveControlledDocumentMutation = { approveControlledDocument: { id: string, status: ControlledDocumentStatus, version: number } };

export type SupersedeControlledDocumentMutationVariables = Exact<{
  input: SupersedeControlledDocumentInput;
}>;


export type SupersedeControlledDocumentMutation = { supersedeControlledDocument: { id: string, version: number } };

export type StaffChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffChoicesQuery = { staff: Array<{ id: string, login: string, name: string }> };

export type CorrectiveActionsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: CorrectiveActionFilter | null | undefined;
}>;


export type CorrectiveActionsQuery = { correctiveActions: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, source: CorrectiveActionSource, sourceReference: string | null, problem: string, rootCause: string | null, action: string | null, dueDate: string, status: CorrectiveActionStatus, overdue: boolean, completedOn: string | null, effectivenessResult: EffectivenessResult | null, effectivenessCheckedOn: string | null, effectivenessNote: string | null, version: number, owner: { id: string, name: string } } }> } };

export type CreateCorrectiveActionMutationVariables = Exact<{
  input: CreateCorrectiveActionInput;
}>;


export type CreateCorrectiveActionMutation = { createCorrectiveAction: { id: string } };

export type UpdateCorrectiveActionMutationVariables = Exact<{
  input: UpdateCorrectiveActionInput;
}>;


export type UpdateCorrectiveActionMutation = { updateCorrectiveAction: { id: string, version: number } };

export type CompleteCorrectiveActionMutationVariables = Exact<{
  input: CompleteCorrectiveActionInput;
}>;


export type CompleteCorrectiveActionMutation = { completeCorrectiveAction: { id: string, status: CorrectiveActionStatus, version: number } };

export type RecordEffectivenessCheckMutationVariables = Exact<{
  input: RecordEffectivenessCheckInput;
}>;


export type RecordEffectivenessCheckMutation = { recordEffectivenessCheck: { id: string, status: CorrectiveActionStatus, version: number } };

export type InternalAuditsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type InternalAuditsQuery = { internalAudits: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, plannedDate: string, performedDate: string | null, status: InternalAuditStatus, scope: string, auditors: Array<string>, version: number, reportDocument: { id: string, title: string, versionLabel: string } | null, findings: Array<{ id: string, clause: string | null, description: string, severity: AuditFindingSeverity, needsCorrectiveAction: boolean, correctiveActionId: string | null, correctiveActionStatus: CorrectiveActionStatus | null }> } }> } };

export type CreateInternalAuditMutationVariables = Exact<{
  input: CreateInternalAuditInput;
}>;


export type CreateInternalAuditMutation = { createInternalAudit: { id: string } };

export type AddAuditFindingMutationVariables = Exact<{
  input: AddAuditFindingInput;
}>;


export type AddAuditFindingMutation = { addAuditFinding: { id: string, version: number } };

export type ManagementReviewsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ManagementReviewsQuery = { managementReviews: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, reviewDate: string, chair: string | null, attendees: Array<string>, inputs: string, decisions: string | null, version: number, reportDocument: { id: string, title: string, versionLabel: string } | null } }> } };

export type CreateManagementReviewMutationVariables = Exact<{
  input: CreateManagementReviewInput;
}>;


export type CreateManagementReviewMutation = { createManagementReview: { id: string } };

export type ChangeNotificationsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type ChangeNotificationsQuery = { changeNotifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, kind: ChangeNotificationKind, description: string, occurredOn: string, deadline: string, state: ChangeNotificationState, certificationBody: string | null, notifiedOn: string | null, notificationReference: string | null, version: number } }> } };

export type CreateChangeNotificationMutationVariables = Exact<{
  input: CreateChangeNotificationInput;
}>;


export type CreateChangeNotificationMutation = { createChangeNotification: { id: string } };

export type RecordNotificationSentMutationVariables = Exact<{
  input: RecordNotificationSentInput;
}>;


export type RecordNotificationSentMutation = { recordNotificationSent: { id: string, state: ChangeNotificationState, version: number } };

export type EnterpriseProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type EnterpriseProfileQuery = { enterpriseProfile: { id: string, legalName: string, licenceNumber: string | null, creditCode: string | null, legalRepresentative: string, authorisedContact: string | null, contactPhone: string | null, contactEmail: string | null, address: string | null, foundedOn: string | null, history: string | null, productsAndScope: string | null, staffCount: number | null, outletCount: number | null, updatedAt: string, version: number } | null };

export type SaveEnterpriseProfileMutationVariables = Exact<{
  input: SaveEnterpriseProfileInput;
}>;


export type SaveEnterpriseProfileMutation = { saveEnterpriseProfile: { id: string, version: number, updatedAt: string } };

export type UpdateInternalAuditMutationVariables = Exact<{
  input: UpdateInternalAuditInput;
}>;


export type UpdateInternalAuditMutation = { updateInternalAudit: { id: string, status: InternalAuditStatus, version: number } };

export type CreateServiceRequestMutationVariables = Exact<{
  input: CreateServiceRequestInput;
}>;


export type CreateServiceRequestMutation = { createServiceRequest: { id: string, code: string, status: RequestStatus, reportedAt: string } };

export type OutletsQueryVariables = Exact<{ [key: string]: never; }>;


export type OutletsQuery = { outlets: Array<{ id: string, code: string, name: string, kind: OutletKind, city: string, regionName: string | null }> };

export type ProductsQueryVariables = Exact<{ [key: string]: never; }>;


export type ProductsQuery = { products: Array<{ id: string, model: string, name: string, category: string, warrantyMonths: number }> };

export type ServiceRequestsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ServiceRequestFilter | null | undefined;
}>;


export type ServiceRequestsQuery = { serviceRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, code: string, type: ServiceType, channel: Channel, priority: Priority, status: RequestStatus, warrantyStatus: WarrantyStatus, reportedAt: string, serialNo: string | null, customer: { id: string, name: string, phone: string }, product: { id: string, model: string, name: string }, outlet: { id: string, name: string } } }> } };


export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const ServiceRequestStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceRequestStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequestStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ServiceRequestStatsQuery, ServiceRequestStatsQueryVariables>;
export const ControlledDocumentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ControlledDocuments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ControlledDocumentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"controlledDocuments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"supersedesId"}},{"kind":"Field","name":{"kind":"Name","value":"documentType"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inForce"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveTo"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachmentId"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sha256"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ControlledDocumentsQuery, ControlledDocumentsQueryVariables>;
export const CreateControlledDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateControlledDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateControlledDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createControlledDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateControlledDocumentMutation, CreateControlledDocumentMutationVariables>;
export const AttachControlledDocumentFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachControlledDocumentFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttachControlledDocumentFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachControlledDocumentFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AttachControlledDocumentFileMutation, AttachControlledDocumentFileMutationVariables>;
export const ApproveControlledDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveControlledDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveControlledDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveControlledDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ApproveControlledDocumentMutation, ApproveControlledDocumentMutationVariables>;
export const SupersedeControlledDocumentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupersedeControlledDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupersedeControlledDocumentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supersedeControlledDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SupersedeControlledDocumentMutation, SupersedeControlledDocumentMutationVariables>;
export const StaffChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staff"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<StaffChoicesQuery, StaffChoicesQueryVariables>;
export const CorrectiveActionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CorrectiveActions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CorrectiveActionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"correctiveActions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReference"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"rootCause"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"completedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectivenessResult"}},{"kind":"Field","name":{"kind":"Name","value":"effectivenessCheckedOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectivenessNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CorrectiveActionsQuery, CorrectiveActionsQueryVariables>;
export const CreateCorrectiveActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCorrectiveAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCorrectiveActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCorrectiveAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateCorrectiveActionMutation, CreateCorrectiveActionMutationVariables>;
export const UpdateCorrectiveActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCorrectiveAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCorrectiveActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCorrectiveAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateCorrectiveActionMutation, UpdateCorrectiveActionMutationVariables>;
export const CompleteCorrectiveActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteCorrectiveAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteCorrectiveActionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeCorrectiveAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CompleteCorrectiveActionMutation, CompleteCorrectiveActionMutationVariables>;
export const RecordEffectivenessCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEffectivenessCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEffectivenessCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEffectivenessCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordEffectivenessCheckMutation, RecordEffectivenessCheckMutationVariables>;
export const InternalAuditsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InternalAudits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"internalAudits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"plannedDate"}},{"kind":"Field","name":{"kind":"Name","value":"performedDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"auditors"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reportDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"clause"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"needsCorrectiveAction"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveActionId"}},{"kind":"Field","name":{"kind":"Name","value":"correctiveActionStatus"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<InternalAuditsQuery, InternalAuditsQueryVariables>;
export const CreateInternalAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateInternalAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateInternalAuditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createInternalAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateInternalAuditMutation, CreateInternalAuditMutationVariables>;
export const AddAuditFindingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddAuditFinding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAuditFindingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAuditFinding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AddAuditFindingMutation, AddAuditFindingMutationVariables>;
export const ManagementReviewsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ManagementReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"managementReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDate"}},{"kind":"Field","name":{"kind":"Name","value":"chair"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"inputs"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"reportDocument"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"versionLabel"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ManagementReviewsQuery, ManagementReviewsQueryVariables>;
export const CreateManagementReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateManagementReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateManagementReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createManagementReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateManagementReviewMutation, CreateManagementReviewMutationVariables>;
export const ChangeNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChangeNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeNotifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"certificationBody"}},{"kind":"Field","name":{"kind":"Name","value":"notifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"notificationReference"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChangeNotificationsQuery, ChangeNotificationsQueryVariables>;
export const CreateChangeNotificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateChangeNotification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateChangeNotificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createChangeNotification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateChangeNotificationMutation, CreateChangeNotificationMutationVariables>;
export const RecordNotificationSentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordNotificationSent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordNotificationSentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordNotificationSent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordNotificationSentMutation, RecordNotificationSentMutationVariables>;
export const EnterpriseProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnterpriseProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enterpriseProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legalName"}},{"kind":"Field","name":{"kind":"Name","value":"licenceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"}},{"kind":"Field","name":{"kind":"Name","value":"authorisedContact"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"foundedOn"}},{"kind":"Field","name":{"kind":"Name","value":"history"}},{"kind":"Field","name":{"kind":"Name","value":"productsAndScope"}},{"kind":"Field","name":{"kind":"Name","value":"staffCount"}},{"kind":"Field","name":{"kind":"Name","value":"outletCount"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<EnterpriseProfileQuery, EnterpriseProfileQueryVariables>;
export const SaveEnterpriseProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveEnterpriseProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveEnterpriseProfileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveEnterpriseProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SaveEnterpriseProfileMutation, SaveEnterpriseProfileMutationVariables>;
export const UpdateInternalAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInternalAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateInternalAuditInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateInternalAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateInternalAuditMutation, UpdateInternalAuditMutationVariables>;
export const CreateServiceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateServiceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateServiceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createServiceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}}]} as unknown as DocumentNode<CreateServiceRequestMutation, CreateServiceRequestMutationVariables>;
export const OutletsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Outlets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outlets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"}},{"kind":"Field","name":{"kind":"Name","value":"regionName"}}]}}]}}]} as unknown as DocumentNode<OutletsQuery, OutletsQueryVariables>;
export const ProductsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"products"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyMonths"}}]}}]}}]} as unknown as DocumentNode<ProductsQuery, ProductsQueryVariables>;
export const ServiceRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceRequestFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serviceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"warrantyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"serialNo"}},{"kind":"Field","name":{"kind":"Name","value":"customer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}},{"kind":"Field","name":{"kind":"Name","value":"product"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outlet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ServiceRequestsQuery, ServiceRequestsQueryVariables>;