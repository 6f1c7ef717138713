import { registerEnumType } from '@nestjs/graphql';
import { CHANNELS, OUTLET_KINDS, PRIORITIES, REQUEST_STATUSES, SERVICE_TYPES, WARRANTY_STATUSES } from '@stardesk/domain';

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

registerEnumType(ServiceTypeEnum, { name: 'ServiceType' });
registerEnumType(ChannelEnum, { name: 'Channel' });
registerEnumType(PriorityEnum, { name: 'Priority' });
registerEnumType(RequestStatusEnum, { name: 'RequestStatus' });
registerEnumType(WarrantyStatusEnum, { name: 'WarrantyStatus' });
registerEnumType(OutletKindEnum, { name: 'OutletKind' });
