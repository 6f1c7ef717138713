import { registerEnumType } from '@nestjs/graphql';
import {
  CHANNELS,
  COMPLAINT_ACTIONS,
  COMPLAINT_COMMANDS,
  COMPLAINT_DEADLINE_KINDS,
  COMPLAINT_ESCALATION_REASONS,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  IMPORT_PROBLEM_SEVERITIES,
  IMPORT_RECORD_TYPES,
  OUTLET_KINDS,
  PRIORITIES,
  REQUEST_COMMANDS,
  REQUEST_STATUSES,
  RETURN_VISIT_METHODS,
  RETURN_VISIT_OUTCOMES,
  RETURN_VISIT_STATUSES,
  SERVICE_TYPES,
  STAFF_ROLES,
  SURVEY_LINK_STATES,
  SURVEY_RESPONSE_SOURCES,
  VISIT_OUTCOMES,
  VISIT_PART_MOVEMENTS,
  WARRANTY_STATUSES,
} from '@stardesk/domain';

/** GraphQL enums are generated from the domain's value lists, never written a second time. */
function enumObject<T extends string>(values: readonly T[]): Record<T, T> {
  return Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
}

export const ServiceTypeEnum = enumObject(SERVICE_TYPES);
export const ChannelEnum = enumObject(CHANNELS);
export const PriorityEnum = enumObject(PRIORITIES);
export const RequestStatusEnum = enumObject(REQUEST_STATUSES);
export const WarrantyStatusEnum = enumObject(WARRANTY_STATUSES);
export const OutletKindEnum = enumObject(OUTLET_KINDS);
export const StaffRoleEnum = enumObject(STAFF_ROLES);
export const RequestCommandEnum = enumObject(REQUEST_COMMANDS);
export const VisitOutcomeEnum = enumObject(VISIT_OUTCOMES);
export const VisitPartMovementEnum = enumObject(VISIT_PART_MOVEMENTS);
export const ReturnVisitMethodEnum = enumObject(RETURN_VISIT_METHODS);
export const ReturnVisitOutcomeEnum = enumObject(RETURN_VISIT_OUTCOMES);
export const ReturnVisitStatusEnum = enumObject(RETURN_VISIT_STATUSES);
export const SurveyResponseSourceEnum = enumObject(SURVEY_RESPONSE_SOURCES);
export const SurveyLinkStateEnum = enumObject(SURVEY_LINK_STATES);
export const ComplaintStatusEnum = enumObject(COMPLAINT_STATUSES);
export const ComplaintSeverityEnum = enumObject(COMPLAINT_SEVERITIES);
export const ComplaintCommandEnum = enumObject(COMPLAINT_COMMANDS);
export const ComplaintActionEnum = enumObject(COMPLAINT_ACTIONS);
export const ComplaintEscalationReasonEnum = enumObject(COMPLAINT_ESCALATION_REASONS);
export const ComplaintDeadlineKindEnum = enumObject(COMPLAINT_DEADLINE_KINDS);
export const ImportRecordTypeEnum = enumObject(IMPORT_RECORD_TYPES);
export const ImportProblemSeverityEnum = enumObject(IMPORT_PROBLEM_SEVERITIES);

registerEnumType(ServiceTypeEnum, { name: 'ServiceType' });
registerEnumType(ChannelEnum, { name: 'Channel' });
registerEnumType(PriorityEnum, { name: 'Priority' });
registerEnumType(RequestStatusEnum, { name: 'RequestStatus' });
registerEnumType(WarrantyStatusEnum, { name: 'WarrantyStatus' });
registerEnumType(OutletKindEnum, { name: 'OutletKind' });
registerEnumType(StaffRoleEnum, { name: 'StaffRole' });
registerEnumType(RequestCommandEnum, { name: 'RequestCommand', description: 'What staff can do to a request in its current status' });
registerEnumType(VisitOutcomeEnum, { name: 'VisitOutcome' });
registerEnumType(VisitPartMovementEnum, { name: 'VisitPartMovement' });
registerEnumType(ReturnVisitMethodEnum, { name: 'ReturnVisitMethod' });
registerEnumType(ReturnVisitOutcomeEnum, { name: 'ReturnVisitOutcome' });
registerEnumType(ReturnVisitStatusEnum, { name: 'ReturnVisitStatus', description: 'SCHEDULED is open; DONE counts for returnVisitRate' });
registerEnumType(SurveyResponseSourceEnum, { name: 'SurveyResponseSource' });
registerEnumType(SurveyLinkStateEnum, { name: 'SurveyLinkState', description: 'What a public survey link allows now' });
registerEnumType(ComplaintStatusEnum, { name: 'ComplaintStatus' });
registerEnumType(ComplaintSeverityEnum, { name: 'ComplaintSeverity' });
registerEnumType(ComplaintCommandEnum, { name: 'ComplaintCommand', description: 'What staff can do to a complaint in its current status and level' });
registerEnumType(ComplaintActionEnum, { name: 'ComplaintAction', description: 'What a complaint event records' });
registerEnumType(ComplaintEscalationReasonEnum, { name: 'ComplaintEscalationReason' });
registerEnumType(ComplaintDeadlineKindEnum, { name: 'ComplaintDeadlineKind' });
registerEnumType(ImportRecordTypeEnum, { name: 'ImportRecordType', description: 'A record type of import-format.md (also the file name)' });
registerEnumType(ImportProblemSeverityEnum, { name: 'ImportProblemSeverity', description: 'error refuses the whole set; warning is reported only' });
