import { registerEnumType } from '@nestjs/graphql';
import {
  AUDIT_FINDING_SEVERITIES,
  CHANGE_NOTIFICATION_KINDS,
  CHANGE_NOTIFICATION_STATES,
  CORRECTIVE_ACTION_SOURCES,
  CORRECTIVE_ACTION_STATUSES,
  DOCUMENT_STATUSES,
  EFFECTIVENESS_RESULTS,
  EVIDENCE_DOCUMENT_TYPES,
  INTERNAL_AUDIT_STATUSES,
} from '@stardesk/domain';

/**
 * The registers' GraphQL enums, from the domain's value lists like core/graphql/domain-enums.ts;
 * kept beside the feature so that the shared enum file is not edited by every branch at once.
 */
function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
}

export const DocumentTypeEnum = enumObject(EVIDENCE_DOCUMENT_TYPES);
export const DocumentStatusEnum = enumObject(DOCUMENT_STATUSES);
export const CorrectiveActionSourceEnum = enumObject(CORRECTIVE_ACTION_SOURCES);
export const CorrectiveActionStatusEnum = enumObject(CORRECTIVE_ACTION_STATUSES);
export const EffectivenessResultEnum = enumObject(EFFECTIVENESS_RESULTS);
export const AuditFindingSeverityEnum = enumObject(AUDIT_FINDING_SEVERITIES);
export const InternalAuditStatusEnum = enumObject(INTERNAL_AUDIT_STATUSES);
export const ChangeNotificationKindEnum = enumObject(CHANGE_NOTIFICATION_KINDS);
export const ChangeNotificationStateEnum = enumObject(CHANGE_NOTIFICATION_STATES);

registerEnumType(DocumentTypeEnum, { name: 'ControlledDocumentType', description: 'The controlled-document types of the indicator catalogue (EVIDENCE_DOCUMENT_TYPES)' });
registerEnumType(DocumentStatusEnum, { name: 'ControlledDocumentStatus' });
registerEnumType(CorrectiveActionSourceEnum, { name: 'CorrectiveActionSource' });
registerEnumType(CorrectiveActionStatusEnum, { name: 'CorrectiveActionStatus', description: 'OPEN until taken; CLOSED after an effective check' });
registerEnumType(EffectivenessResultEnum, { name: 'EffectivenessResult' });
registerEnumType(AuditFindingSeverityEnum, { name: 'AuditFindingSeverity' });
registerEnumType(InternalAuditStatusEnum, { name: 'InternalAuditStatus' });
registerEnumType(ChangeNotificationKindEnum, { name: 'ChangeNotificationKind', description: 'What the certification body must be told of (gbt27922.md)' });
registerEnumType(ChangeNotificationStateEnum, { name: 'ChangeNotificationState' });
