/** Vocabulary of service requests (工单), shared by storage, API, import and the web. */
export const SERVICE_TYPES = ['REPAIR', 'INSTALLATION', 'MAINTENANCE', 'DELIVERY', 'CONSULTATION', 'RETURN_EXCHANGE'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export const CHANNELS = ['HOTLINE', 'ONLINE', 'APP', 'WALK_IN', 'ON_SITE'] as const;
export type Channel = (typeof CHANNELS)[number];

export const PRIORITIES = ['URGENT', 'HIGH', 'NORMAL', 'LOW'] as const;
export type Priority = (typeof PRIORITIES)[number];

export const REQUEST_STATUSES = [
  'NEW',
  'ACKNOWLEDGED',
  'DISPATCHED',
  'IN_PROGRESS',
  'ON_HOLD',
  'RESOLVED',
  'CLOSED',
  'CANCELLED',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const WARRANTY_STATUSES = ['IN_WARRANTY', 'OUT_OF_WARRANTY', 'UNKNOWN'] as const;
export type WarrantyStatus = (typeof WARRANTY_STATUSES)[number];

export const OUTLET_KINDS = ['OWN', 'PARTNER', 'AGENT'] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

export const STAFF_ROLES = ['ADMIN', 'MANAGER', 'DISPATCHER', 'TECHNICIAN', 'AUDITOR'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];
