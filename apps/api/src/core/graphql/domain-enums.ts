import { registerEnumType } from '@nestjs/graphql';
import {
  CALENDAR_DAY_KINDS,
  CHANNELS,
  DEADLINE_STATES,
  OUTLET_KINDS,
  PRIORITIES,
  REQUEST_COMMANDS,
  REQUEST_STATUSES,
  SERVICE_TYPES,
  STAFF_ROLES,
  TARGET_KEYS,
  TARGET_SOURCES,
  TARGET_UNITS,
  VISIT_OUTCOMES,
  VISIT_PART_MOVEMENTS,
  WARRANTY_STATUSES,
  WEEKDAYS,
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
export const TargetKeyEnum = enumObject(TARGET_KEYS);
export const TargetUnitEnum = enumObject(TARGET_UNITS);
export const TargetSourceEnum = enumObject(TARGET_SOURCES);
export const WeekdayEnum = enumObject(WEEKDAYS);
export const CalendarDayKindEnum = enumObject(CALENDAR_DAY_KINDS);
export const DeadlineStateEnum = enumObject(DEADLINE_STATES);

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
registerEnumType(TargetKeyEnum, { name: 'TargetKey', description: 'One number of the targets (kpis.md), as a commitment or an outlet sets it' });
registerEnumType(TargetUnitEnum, { name: 'TargetUnit' });
registerEnumType(TargetSourceEnum, { name: 'TargetSource', description: 'Which layer set a target: kpis.md default, organisation, service commitment or outlet' });
registerEnumType(WeekdayEnum, { name: 'Weekday' });
registerEnumType(CalendarDayKindEnum, { name: 'CalendarDayKind', description: 'A public holiday, or a weekend day worked instead (调休)' });
registerEnumType(DeadlineStateEnum, { name: 'DeadlineState' });
