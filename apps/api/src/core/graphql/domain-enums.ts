import { registerEnumType } from '@nestjs/graphql';
import {
  CALENDAR_DAY_KINDS,
  ARRIVAL_CONDITIONS,
  CERTIFICATE_TYPES,
  ATTACHMENT_OWNER_TYPES,
  ATTACHMENT_PURPOSES,
  CHANNELS,
  COMPLAINT_ACTIONS,
  COMPLAINT_COMMANDS,
  COMPLAINT_DEADLINE_KINDS,
  COMPLAINT_ESCALATION_REASONS,
  COMPLAINT_SEVERITIES,
  COMPLAINT_STATUSES,
  DEADLINE_STATES,
  DELIVERY_PUNCTUALITIES,
  DELIVERY_REQUEST_TYPES,
  DELIVERY_STATUSES,
  DISPOSAL_METHODS,
  EVIDENCE_PACKAGE_STATUSES,
  IMPORT_PROBLEM_SEVERITIES,
  IMPORT_RECORD_TYPES,
  OUTLET_KINDS,
  PREFERRED_PERIODS,
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
  TARGET_KEYS,
  TARGET_SOURCES,
  TARGET_UNITS,
  VISIT_OUTCOMES,
  VISIT_PART_MOVEMENTS,
  WARRANTY_DECISION_KINDS,
  WARRANTY_STATUSES,
  WEEKDAYS,
  KPI_KEYS,
  KPI_DIMENSIONS,
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
export const TargetKeyEnum = enumObject(TARGET_KEYS);
export const TargetUnitEnum = enumObject(TARGET_UNITS);
export const TargetSourceEnum = enumObject(TARGET_SOURCES);
export const WeekdayEnum = enumObject(WEEKDAYS);
export const CalendarDayKindEnum = enumObject(CALENDAR_DAY_KINDS);
export const DeadlineStateEnum = enumObject(DEADLINE_STATES);
export const DeliveryKindEnum = enumObject(DELIVERY_REQUEST_TYPES);
export const DeliveryStatusEnum = enumObject(DELIVERY_STATUSES);
export const ArrivalConditionEnum = enumObject(ARRIVAL_CONDITIONS);
export const EvidencePackageStatusEnum = enumObject(EVIDENCE_PACKAGE_STATUSES);
export const DeliveryPunctualityEnum = enumObject(DELIVERY_PUNCTUALITIES);
export const WarrantyDecisionKindEnum = enumObject(WARRANTY_DECISION_KINDS);
export const DisposalMethodEnum = enumObject(DISPOSAL_METHODS);
export const CertificateTypeEnum = enumObject(CERTIFICATE_TYPES);
export const AttachmentOwnerTypeEnum = enumObject(ATTACHMENT_OWNER_TYPES);
export const AttachmentPurposeEnum = enumObject(ATTACHMENT_PURPOSES);
export const ImportRecordTypeEnum = enumObject(IMPORT_RECORD_TYPES);
export const ImportProblemSeverityEnum = enumObject(IMPORT_PROBLEM_SEVERITIES);
export const KpiKeyEnum = enumObject(KPI_KEYS);
export const KpiDimensionEnum = enumObject(KPI_DIMENSIONS);

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
registerEnumType(TargetKeyEnum, { name: 'TargetKey', description: 'One number of the targets (kpis.md), as a commitment or an outlet sets it' });
registerEnumType(TargetUnitEnum, { name: 'TargetUnit' });
registerEnumType(TargetSourceEnum, { name: 'TargetSource', description: 'Which layer set a target: kpis.md default, organisation, service commitment or outlet' });
registerEnumType(WeekdayEnum, { name: 'Weekday' });
registerEnumType(CalendarDayKindEnum, { name: 'CalendarDayKind', description: 'A public holiday, or a weekend day worked instead (调休)' });
registerEnumType(DeadlineStateEnum, { name: 'DeadlineState' });
registerEnumType(DeliveryKindEnum, { name: 'DeliveryKind', description: '配送 or 安装: the type of the request' });
registerEnumType(DeliveryStatusEnum, { name: 'DeliveryStatus' });
registerEnumType(ArrivalConditionEnum, { name: 'ArrivalCondition', description: 'Condition of the goods on arrival, as signed for' });
registerEnumType(DeliveryPunctualityEnum, { name: 'DeliveryPunctuality', description: 'Done before, within or after the scheduled window' });
registerEnumType(WarrantyDecisionKindEnum, { name: 'WarrantyDecisionKind', description: '三包: repair, replace or refund' });
registerEnumType(DisposalMethodEnum, { name: 'DisposalMethod', description: 'Where taken-back waste products went' });
registerEnumType(CertificateTypeEnum, { name: 'CertificateType' });
registerEnumType(AttachmentOwnerTypeEnum, { name: 'AttachmentOwnerType', description: 'The kind of record a file is attached to' });
registerEnumType(AttachmentPurposeEnum, { name: 'AttachmentPurpose', description: 'What a file shows; photos must be pictures' });
registerEnumType(ImportRecordTypeEnum, { name: 'ImportRecordType', description: 'A record type of import-format.md (also the file name)' });
registerEnumType(ImportProblemSeverityEnum, { name: 'ImportProblemSeverity', description: 'error refuses the whole set; warning is reported only' });

export const PreferredPeriodEnum = enumObject(PREFERRED_PERIODS);
registerEnumType(PreferredPeriodEnum, { name: 'PreferredPeriod', description: 'Part of the day a customer would like the visit' });
registerEnumType(KpiKeyEnum, { name: 'KpiKey', description: 'A KPI of kpis.md' });
registerEnumType(KpiDimensionEnum, { name: 'KpiDimension', description: 'What a KPI breakdown cuts by: a calendar bucket or a record dimension' });
registerEnumType(EvidencePackageStatusEnum, { name: 'EvidencePackageStatus' });
